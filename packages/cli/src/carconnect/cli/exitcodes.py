"""Exit codes by error class, and the one-line message with the fix for each."""

from __future__ import annotations

from carconnect.core import (
    AuthenticationError,
    CarConnectError,
    CommandFailedError,
    NotCapableError,
    NotFoundError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    TransportError,
    VehicleStateError,
    VehicleUnavailableError,
)

OK = 0
FAILED = 1
USAGE = 2
LOGIN_REQUIRED = 3
RATE_LIMITED = 4
NOT_SUPPORTED = 5
VEHICLE = 6
UNAVAILABLE = 7


def classify(error: CarConnectError, brand: str) -> tuple[int, str]:
    """(exit code, one-line message telling the user what to do)."""
    if isinstance(error, ReauthorizationRequiredError | AuthenticationError):
        return LOGIN_REQUIRED, f"{error} - log in again: carconnect login {brand}"
    if isinstance(error, QuotaExceededError):
        wait = f" (retry in {error.retry_after:.0f} s)" if error.retry_after else ""
        return RATE_LIMITED, f"quota exhausted{wait}: {error.message}"
    if isinstance(error, RateLimitError):
        wait = f" retry in {error.retry_after:.0f} s" if error.retry_after else " retry later"
        return RATE_LIMITED, f"rate limited:{wait}"
    if isinstance(error, NotCapableError | NotFoundError):
        return NOT_SUPPORTED, f"not supported for this vehicle or account: {error}"
    if isinstance(error, VehicleStateError | CommandFailedError):
        return VEHICLE, f"the vehicle refused: {error}"
    if isinstance(error, TransportError | ServerError | VehicleUnavailableError):
        return UNAVAILABLE, f"service unavailable, try again later: {error}"
    return FAILED, str(error)
