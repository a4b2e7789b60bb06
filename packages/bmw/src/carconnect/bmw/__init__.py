"""carconnect-bmw: typed sync and async client of the BMW CarData customer API.

``BmwAuth`` logs in (device authorization grant with PKCE), ``BmwClient`` / ``AsyncBmwClient`` call
the REST API with one typed method per endpoint, and ``QuotaBudget`` counts the 50 daily calls.
Quota refusals and withheld retries are logged to the ``carconnect.bmw`` logger (no secrets).
"""

import importlib
import logging
from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from ._base import API_URL
from .async_client import AsyncBmwClient
from .client import BmwClient
from .containers import MAX_CONTAINERS
from .errors import ERROR_IDS, QUOTA_ERROR_ID, map_cardata_error
from .policies import ImageAcceptPolicy, QuotaPolicy
from .quota import DAILY_LIMIT, QuotaBudget
from .results import EnsuredContainer, VehicleImage

logging.getLogger("carconnect.bmw").addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from . import models
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
    from .quota_rules import DailyReset, QuotaStatus, ResetRule, RollingWindow
    from .quota_shared import LedgerBackend, SharedQuotaBudget
else:  # the login flows, the quota's rules and shared budget, and the models load on first use
    _reexported, __dir__ = reexport(
        globals(), "carconnect.bmw.auth", "carconnect.bmw.quota_rules", "carconnect.bmw.quota_shared"
    )

    def __getattr__(name: str) -> object:
        if name == "models":
            return importlib.import_module(".models", __name__)
        return _reexported(name)


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
