"""carconnect-smartcar: typed sync and async clients for Smartcar's Vehicles API v2.0 and v3 and
Management API, with Smartcar Connect login, v3 application tokens, Smartcar's error shapes,
resolution-aware retries, batch, paging and webhook helpers."""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from . import models
from .app_token import AppTokenIssuer, AppTokenSource
from .async_client import AsyncSmartcarClient
from .client import SmartcarClient
from .errors import ERROR_CLASSES, should_retry_later, smartcar_error_mapper, suggested_user_message
from .hosts import API_URL, AUTH_URL, CONNECT_URL, IAM_URL, MANAGEMENT_URL, VEHICLE_API_URL
from .inbody import InBodyErrorPolicy
from .results import CommandResult, Meta, Reading
from .retry import ResolutionPolicy, VehicleLimitPolicy
from .scopes import ALL_SCOPES, CONTROL_SCOPES, DEFAULT_SCOPES, READ_SCOPES, Scope, required

if TYPE_CHECKING:
    from .async_management import AsyncManagement
    from .async_v3 import AsyncVehiclesV3
    from .auth import REFRESH_TOKEN_LIFETIME, ConnectMode, SmartcarAuth, app_oauth_config, smartcar_oauth_config
    from .batch import BATCH_MODELS, BatchItem, BatchResult
    from .management import Management
    from .units import UnitSystemLike
    from .v3 import VehiclesV3
    from .webhooks import SIGNATURE_HEADER, challenge_of, challenge_response, parse_webhook, verify_signature
else:  # the login flows, v3, Management, batch and webhook helpers load on first use
    __getattr__, __dir__ = reexport(
        globals(),
        *(
            f"carconnect.smartcar.{module}"
            for module in ("auth", "units", "v3", "async_v3", "management", "async_management", "batch", "webhooks")
        ),
    )

__all__ = [
    "ALL_SCOPES",
    "API_URL",
    "AUTH_URL",
    "BATCH_MODELS",
    "CONNECT_URL",
    "CONTROL_SCOPES",
    "DEFAULT_SCOPES",
    "ERROR_CLASSES",
    "IAM_URL",
    "MANAGEMENT_URL",
    "READ_SCOPES",
    "REFRESH_TOKEN_LIFETIME",
    "SIGNATURE_HEADER",
    "VEHICLE_API_URL",
    "AppTokenIssuer",
    "AppTokenSource",
    "AsyncManagement",
    "AsyncSmartcarClient",
    "AsyncVehiclesV3",
    "BatchItem",
    "BatchResult",
    "CommandResult",
    "ConnectMode",
    "InBodyErrorPolicy",
    "Management",
    "Meta",
    "Reading",
    "ResolutionPolicy",
    "Scope",
    "SmartcarAuth",
    "SmartcarClient",
    "UnitSystemLike",
    "VehicleLimitPolicy",
    "VehiclesV3",
    "app_oauth_config",
    "challenge_of",
    "challenge_response",
    "models",
    "parse_webhook",
    "required",
    "should_retry_later",
    "smartcar_error_mapper",
    "smartcar_oauth_config",
    "suggested_user_message",
    "verify_signature",
]
