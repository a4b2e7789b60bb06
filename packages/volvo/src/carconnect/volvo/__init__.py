"""carconnect-volvo: typed sync and async clients for the Volvo Cars Connected Vehicle v2, Energy v2
and Location v1 APIs, with Volvo ID login, Volvo's error shapes and client-side rate limiting.

Waits, refusals and skipped retries are logged to the ``carconnect.volvo`` logger (no secrets)."""

import logging
from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from . import models
from ._base import API_KEY_HEADER, API_URL
from .async_client import AsyncVolvoClient
from .client import VolvoClient
from .commands import CommandResult
from .errors import MarketRestrictedError, volvo_error_mapper
from .policies import QuotaBlock, QuotaPolicy, VehicleBusyPolicy
from .ratelimit import RateLimiter, RateLimitPolicy, SharedRateLimiter, SlotBackend
from .scopes import (
    ALL_SCOPES,
    CONNECTED_VEHICLE_SCOPES,
    DEFAULT_SCOPES,
    ENERGY_SCOPES,
    LOCATION_SCOPES,
    RESTRICTED_COMMAND_SCOPES,
    RESTRICTED_SCOPES,
    Scope,
)

logging.getLogger("carconnect.volvo").addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .auth import VOLVO_ID_URL, VolvoAuth, volvo_oauth_config
else:  # the login flows (carconnect.core.oauth) load on first use
    __getattr__, __dir__ = reexport(globals(), "carconnect.volvo.auth")

__all__ = [
    "ALL_SCOPES",
    "API_KEY_HEADER",
    "API_URL",
    "CONNECTED_VEHICLE_SCOPES",
    "DEFAULT_SCOPES",
    "ENERGY_SCOPES",
    "LOCATION_SCOPES",
    "RESTRICTED_COMMAND_SCOPES",
    "RESTRICTED_SCOPES",
    "VOLVO_ID_URL",
    "AsyncVolvoClient",
    "CommandResult",
    "MarketRestrictedError",
    "QuotaBlock",
    "QuotaPolicy",
    "RateLimitPolicy",
    "RateLimiter",
    "Scope",
    "SharedRateLimiter",
    "SlotBackend",
    "VehicleBusyPolicy",
    "VolvoAuth",
    "VolvoClient",
    "models",
    "volvo_error_mapper",
    "volvo_oauth_config",
]
