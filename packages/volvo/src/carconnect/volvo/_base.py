"""What the sync and async Volvo clients share: defaults, transport wiring and running commands."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec

from carconnect.core import BadRequestError, Clock, acall, call
from carconnect.core.http import DetailedResponse

from ._generated.connected_vehicle import models as cv_models
from .commands import CommandResult
from .errors import command_error
from .ratelimit import RateLimiter

if TYPE_CHECKING:
    from ._generated.connected_vehicle.models import CommandResponse, EngineStartRequest, UnlockResponse

    Answer = CommandResponse | UnlockResponse

P = ParamSpec("P")

API_URL = "https://api.volvocars.com"
API_KEY_HEADER = "vcc-api-key"
MAX_ENGINE_MINUTES = 15


def api_headers(api_key: str) -> dict[str, str]:
    """Headers every api.volvocars.com call carries besides the bearer token."""
    if not api_key:
        raise ValueError("a VCC API key is required (developer portal, primary or secondary key)")
    return {API_KEY_HEADER: api_key}


def limiter_for(rate_limit: RateLimiter | bool, clock: Clock) -> RateLimiter | None:
    """``True``: a new limiter with Volvo's limits; ``False``: none; a limiter: shared as given."""
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter(clock=clock) if rate_limit else None


def engine_start(runtime_minutes: int) -> EngineStartRequest:
    """The body of an engine start; Volvo accepts 0 to 15 minutes."""
    if isinstance(runtime_minutes, bool) or not 0 <= runtime_minutes <= MAX_ENGINE_MINUTES:
        raise ValueError(f"runtime_minutes must be between 0 and {MAX_ENGINE_MINUTES}")
    return cv_models.EngineStartRequest(runtime_minutes=runtime_minutes)


def run_command(
    name: str, operation: Callable[P, DetailedResponse[Answer]], /, *args: P.args, **kwargs: P.kwargs
) -> CommandResult:
    """Invoke a command once (never re-sent) and read its result; a 422 becomes ``CommandFailedError``."""
    try:
        return CommandResult.from_response(name, call(operation, *args, **kwargs))
    except BadRequestError as exc:
        failed = command_error(exc)
        if failed is None:
            raise
        raise failed from exc


async def arun_command(
    name: str, operation: Callable[P, Awaitable[DetailedResponse[Answer]]], /, *args: P.args, **kwargs: P.kwargs
) -> CommandResult:
    """Async twin of :func:`run_command`."""
    try:
        return CommandResult.from_response(name, await acall(operation, *args, **kwargs))
    except BadRequestError as exc:
        failed = command_error(exc)
        if failed is None:
            raise
        raise failed from exc
