"""carconnect-bmw: typed sync and async client of the BMW CarData customer API.

``BmwAuth`` logs in (device authorization grant with PKCE), ``BmwClient`` / ``AsyncBmwClient`` call
the REST API with one typed method per endpoint, and ``QuotaBudget`` counts the 50 daily calls.
Quota refusals and withheld retries are logged to the ``carconnect.bmw`` logger (no secrets).
"""

import logging
from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from . import models
from ._base import API_URL
from .async_client import AsyncBmwClient
from .client import BmwClient
from .containers import MAX_CONTAINERS
from .errors import ERROR_IDS, QUOTA_ERROR_ID, map_cardata_error
from .policies import ImageAcceptPolicy, QuotaPolicy
from .quota import (
    DAILY_LIMIT,
    DailyReset,
    LedgerBackend,
    QuotaBudget,
    QuotaStatus,
    ResetRule,
    RollingWindow,
    SharedQuotaBudget,
)
from .results import EnsuredContainer, VehicleImage

logging.getLogger("carconnect.bmw").addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .auth import (
        ALL_SCOPES,
        API_SCOPES,
        DEFAULT_SCOPES,
        GCDM_URL,
        SCOPE_AUTHENTICATE_USER,
        SCOPE_CARDATA_API,
        SCOPE_CARDATA_STREAMING,
        SCOPE_OPENID,
        BmwAuth,
        StreamingCredentials,
        gcid_of,
        oauth_config,
        streaming_credentials,
    )
else:  # the login flows (carconnect.core.oauth) load on first use
    __getattr__, __dir__ = reexport(globals(), "carconnect.bmw.auth")

__all__ = [
    "ALL_SCOPES",
    "API_SCOPES",
    "API_URL",
    "DAILY_LIMIT",
    "DEFAULT_SCOPES",
    "ERROR_IDS",
    "GCDM_URL",
    "MAX_CONTAINERS",
    "QUOTA_ERROR_ID",
    "SCOPE_AUTHENTICATE_USER",
    "SCOPE_CARDATA_API",
    "SCOPE_CARDATA_STREAMING",
    "SCOPE_OPENID",
    "AsyncBmwClient",
    "BmwAuth",
    "BmwClient",
    "DailyReset",
    "EnsuredContainer",
    "ImageAcceptPolicy",
    "LedgerBackend",
    "QuotaBudget",
    "QuotaPolicy",
    "QuotaStatus",
    "ResetRule",
    "RollingWindow",
    "SharedQuotaBudget",
    "StreamingCredentials",
    "VehicleImage",
    "gcid_of",
    "map_cardata_error",
    "models",
    "oauth_config",
    "streaming_credentials",
]
