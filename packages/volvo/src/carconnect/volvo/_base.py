"""What the Volvo client modules share: defaults, headers, policies and command bodies."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from carconnect.core import Clock, Policy
from carconnect.core.pipeline import CommandsSentOncePolicy

from ._generated.connected_vehicle import models as cv_models
from .policies import QuotaBlock, QuotaPolicy, VehicleBusyPolicy
from .ratelimit import RateLimiter, RateLimitPolicy, is_command

if TYPE_CHECKING:
    from ._generated.connected_vehicle.models import EngineStartRequest

API_URL = "https://api.volvocars.com"
API_KEY_HEADER = "vcc-api-key"
MAX_ENGINE_MINUTES = 15


def api_headers(api_key: str) -> dict[str, str]:
    """Headers every api.volvocars.com call carries besides the bearer token."""
    if not api_key:
        raise ValueError("a VCC API key is required (developer portal, primary or secondary key)")
    return {API_KEY_HEADER: api_key}


def api_key_digest(api_key: str) -> str:
    """The name of a VCC API key's application in shared Redis keys: the first 16 hex digits of the
    key's SHA-256 (the key is a secret and is never written)."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def limiter_for(rate_limit: RateLimiter | bool, clock: Clock) -> RateLimiter | None:
    """``True``: a new limiter with Volvo's limits; ``False``: none; a limiter: shared as given."""
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter(clock=clock) if rate_limit else None


COMMANDS_SENT_ONCE = CommandsSentOncePolicy(is_command, refused_statuses={429})
"""A Volvo command is never sent again once it may have reached Volvo; Volvo's 429 is its gateway
refusing a call over the rate limit, which runs nothing."""


def volvo_policies(limiter: RateLimiter | None, clock: Clock, api_key: str) -> list[Policy]:
    """Volvo's rules around every request: the application's spent quota (the limiter's block for
    ``api_key``'s application, or the client's own without a limiter), the rate limiter (when on), no
    blind retry of a busy car, and commands sent once whatever the client's ``retry=`` says."""
    quota = limiter.quota_for(api_key_digest(api_key)) if limiter is not None else QuotaBlock(clock)
    policies: list[Policy] = [QuotaPolicy(quota), VehicleBusyPolicy(), COMMANDS_SENT_ONCE]
    if limiter is not None:
        policies.insert(1, RateLimitPolicy(limiter))
    return policies


def engine_start(runtime_minutes: object) -> EngineStartRequest:
    """The body of an engine start; Volvo accepts a whole number of minutes from 0 to 15.

    Anything else (a float, a string, ``None``, a bool) raises ``ValueError`` before anything is sent.
    """
    if (
        isinstance(runtime_minutes, bool)
        or not isinstance(runtime_minutes, int)
        or not 0 <= runtime_minutes <= MAX_ENGINE_MINUTES
    ):
        raise ValueError(f"runtime_minutes must be a whole number of minutes between 0 and {MAX_ENGINE_MINUTES}")
    return cv_models.EngineStartRequest(runtime_minutes=runtime_minutes)
