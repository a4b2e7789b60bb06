"""The application's quota block kept in Redis, seen by every worker: the quota of ``RateLimiter.shared``.

Loaded with a shared limiter, whose backend already needs redis-py (``carconnect-core[redis]``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from carconnect.core.shared.connection import translated

from .policies import QuotaBlock

if TYPE_CHECKING:
    from .ratelimit import SlotBackend


class SharedQuotaBlock(QuotaBlock):
    """A :class:`QuotaBlock` in the backend's Redis, under ``<prefix>:volvo-quota:<application>``.

    The key holds when the quota refills (seconds since the epoch on the backend's clock, like the
    limiter's slots) and expires a second after that. Each read or block is one Redis command; a
    Redis that does not answer raises :class:`~carconnect.core.StoreUnavailableError`.
    """

    blocking = True

    def __init__(self, backend: SlotBackend, application: str) -> None:
        if not application:
            raise ValueError("application must name the application of the VCC API key")
        super().__init__(backend.clock)
        self.redis = backend.redis
        self.name = f"{backend.prefix}:volvo-quota:{application}"

    def __repr__(self) -> str:
        return f"SharedQuotaBlock({self.name!r})"

    def block(self, seconds: float) -> None:
        until = self.clock.now().timestamp() + seconds
        with translated(f"blocking {self.name!r}"):
            self.redis.set(self.name, repr(until), px=math.ceil(seconds * 1000) + 1000)

    def seconds_left(self) -> float | None:
        with translated(f"reading {self.name!r}"):
            until = self.redis.get(self.name)
        if until is None:
            return None
        left = float(until) - self.clock.now().timestamp()
        return left if left > 0 else None
