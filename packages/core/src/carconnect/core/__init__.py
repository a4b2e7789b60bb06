"""carconnect-core: what every carconnect brand client stands on.

OAuth flows (:mod:`carconnect.core.oauth`), tokens and their storage, the httpx auth flow that signs
requests and maps errors, retries with backoff, and one typed exception hierarchy.
"""

import logging
from typing import TYPE_CHECKING

from ._version import __version__
from .async_client import AsyncClientBase, acall, acall_detailed
from .auth import CarConnectAuth, TokenHeader, bearer
from .client import ClientBase, call, call_detailed
from .clock import SYSTEM_CLOCK, Clock, FakeClock, SystemClock
from .credentials import Credentials, as_token_source
from .errors import (
    REFUSAL_ERRORS,
    ApiError,
    AuthenticationError,
    AuthorizationDeniedError,
    BadRequestError,
    CarConnectError,
    ClientClosedError,
    CommandFailedError,
    ConflictError,
    DeviceCodeExpiredError,
    EventLoopError,
    InvalidStateError,
    NotCapableError,
    NotFoundError,
    OAuthError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    RequestTimeoutError,
    ResponseParseError,
    ServerError,
    TransportError,
    UnusableTokenAnswer,
    VehicleStateError,
    VehicleUnavailableError,
)
from .keyring_store import KeyringTokenStore
from .mapping import ErrorDetails, ErrorMapper, error_from_response
from .options import (
    DEFAULT_TIMEOUT,
    TOKEN_TIMEOUT,
    USER_AGENT,
    AsyncOptions,
    ClientOptions,
    LoginOptions,
    Options,
    default_headers,
)
from .pipeline import Policy
from .retry import RetryBudget, RetryPolicy, parse_retry_after
from .sources import (
    AccessTokenCallback,
    ClientCredentialsIssuer,
    ClientCredentialsSource,
    Refresher,
    SingleFlight,
    TokenManager,
    TokenSource,
)
from .stores import (
    FileTokenStore,
    LeaseLostError,
    MemoryTokenStore,
    StoreUnavailableError,
    TokenStore,
    TokenStoreError,
)
from .tokens import RefreshLifetime, Token
from .unset import UNSET, Unset, present

if TYPE_CHECKING:
    from .asyncio_transport import AsyncioTransport
else:  # asyncio and ssl load when an async client is built, not at import
    from .lazy import reexport

    __getattr__, __dir__ = reexport(globals(), "carconnect.core.asyncio_transport")

logging.getLogger("carconnect.core").addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_TIMEOUT",
    "REFUSAL_ERRORS",
    "SYSTEM_CLOCK",
    "TOKEN_TIMEOUT",
    "UNSET",
    "USER_AGENT",
    "AccessTokenCallback",
    "ApiError",
    "AsyncClientBase",
    "AsyncOptions",
    "AsyncioTransport",
    "AuthenticationError",
    "AuthorizationDeniedError",
    "BadRequestError",
    "CarConnectAuth",
    "CarConnectError",
    "ClientBase",
    "ClientClosedError",
    "ClientCredentialsIssuer",
    "ClientCredentialsSource",
    "ClientOptions",
    "Clock",
    "CommandFailedError",
    "ConflictError",
    "Credentials",
    "DeviceCodeExpiredError",
    "ErrorDetails",
    "ErrorMapper",
    "EventLoopError",
    "FakeClock",
    "FileTokenStore",
    "InvalidStateError",
    "KeyringTokenStore",
    "LeaseLostError",
    "LoginOptions",
    "MemoryTokenStore",
    "NotCapableError",
    "NotFoundError",
    "OAuthError",
    "Options",
    "PermissionDeniedError",
    "Policy",
    "QuotaExceededError",
    "RateLimitError",
    "ReauthorizationRequiredError",
    "RefreshLifetime",
    "Refresher",
    "RequestTimeoutError",
    "ResponseParseError",
    "RetryBudget",
    "RetryPolicy",
    "ServerError",
    "SingleFlight",
    "StoreUnavailableError",
    "SystemClock",
    "Token",
    "TokenHeader",
    "TokenManager",
    "TokenSource",
    "TokenStore",
    "TokenStoreError",
    "TransportError",
    "Unset",
    "UnusableTokenAnswer",
    "VehicleStateError",
    "VehicleUnavailableError",
    "__version__",
    "acall",
    "acall_detailed",
    "as_token_source",
    "bearer",
    "call",
    "call_detailed",
    "default_headers",
    "error_from_response",
    "parse_retry_after",
    "present",
]
