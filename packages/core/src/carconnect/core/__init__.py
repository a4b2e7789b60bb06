"""carconnect-core: what every carconnect brand client stands on.

OAuth flows (:mod:`carconnect.core.oauth`), tokens and their storage, the httpx auth flow that signs
requests and maps errors, retries with backoff, and one typed exception hierarchy.
"""

from typing import TYPE_CHECKING

from ._version import __version__
from .auth import CarConnectAuth
from .client import AsyncClientBase, ClientBase, Credentials, as_token_source
from .clock import SYSTEM_CLOCK, Clock, FakeClock, SystemClock
from .errors import (
    ApiError,
    AuthenticationError,
    AuthorizationDeniedError,
    BadRequestError,
    CarConnectError,
    CommandFailedError,
    ConflictError,
    DeviceCodeExpiredError,
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
    VehicleStateError,
    VehicleUnavailableError,
)
from .http import AsyncSession, Session, acall, acall_detailed, call, call_detailed
from .mapping import ErrorDetails, ErrorMapper, error_from_response
from .retry import AsyncRetryTransport, RetryBudget, RetryPolicy, RetryTransport, parse_retry_after
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
from .tokens import Token

if TYPE_CHECKING:
    from .asyncio_transport import AsyncioTransport
else:  # asyncio and ssl load when an async client is built, not at import
    from .lazy import reexport

    __getattr__, __dir__ = reexport(globals(), "carconnect.core.asyncio_transport")

__all__ = [
    "SYSTEM_CLOCK",
    "AccessTokenCallback",
    "ApiError",
    "AsyncClientBase",
    "AsyncRetryTransport",
    "AsyncSession",
    "AsyncioTransport",
    "AuthenticationError",
    "AuthorizationDeniedError",
    "BadRequestError",
    "CarConnectAuth",
    "CarConnectError",
    "ClientBase",
    "ClientCredentialsIssuer",
    "ClientCredentialsSource",
    "Clock",
    "CommandFailedError",
    "ConflictError",
    "Credentials",
    "DeviceCodeExpiredError",
    "ErrorDetails",
    "ErrorMapper",
    "FakeClock",
    "FileTokenStore",
    "InvalidStateError",
    "LeaseLostError",
    "MemoryTokenStore",
    "NotCapableError",
    "NotFoundError",
    "OAuthError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ReauthorizationRequiredError",
    "Refresher",
    "RequestTimeoutError",
    "ResponseParseError",
    "RetryBudget",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "Session",
    "SingleFlight",
    "StoreUnavailableError",
    "SystemClock",
    "Token",
    "TokenManager",
    "TokenSource",
    "TokenStore",
    "TokenStoreError",
    "TransportError",
    "VehicleStateError",
    "VehicleUnavailableError",
    "__version__",
    "acall",
    "acall_detailed",
    "as_token_source",
    "call",
    "call_detailed",
    "error_from_response",
    "parse_retry_after",
]
