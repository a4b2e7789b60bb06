"""The application's quota block kept in Redis, seen by every worker: the quota of ``RateLimiter.shared``.

Loaded with a shared limiter, whose backend already needs redis-py (``carconnect-core[redis]``).
"""

from __future__ import annotations

import math
import threading
from typing import TYPE_CHECKING

from carconnect.core.shared.connection import translated

from .policies import QuotaBlock

if TYPE_CHECKING:
    from .ratelimit import SlotBackend

READ_EVERY = 1.0
"""Seconds a process goes by its last read of the shared block before reading Redis again: a block
another worker records reaches this one within that time."""


class SharedQuotaBlock(QuotaBlock):
    """A :class:`QuotaBlock` in the backend's Redis, under ``<prefix>:volvo-quota:<application>``.

    The key holds when the quota refills (seconds since the epoch on the backend's clock, like the
    limiter's slots) and expires a second after that. :meth:`seconds_left` reads Redis at most once
    every :data:`READ_EVERY` seconds and answers from that read in between, so a call costs no Redis
    command most of the time; a block recorded by this object applies to its next read at once, and a
    block another worker records is seen within :data:`READ_EVERY`. Each read or block that reaches
    Redis is one command; a Redis that does not answer raises
    :class:`~carconnect.core.StoreUnavailableError`.
    """

    blocking = True

    def __init__(self, backend: SlotBackend, application: str) -> None:
        if not application:
            raise ValueError("application must name the application of the VCC API key")
        super().__init__(backend.clock)
        self.redis = backend.redis
        self.name = f"{backend.prefix}:volvo-quota:{application}"
        self._lock = threading.Lock()
        self._read_at = -math.inf
        """The clock's ``monotonic()`` from which Redis is read again."""
        self._refills: float | None = None
        """When the quota refills as last read or recorded (seconds since the epoch), if blocked."""

    def __repr__(self) -> str:
        return f"SharedQuotaBlock({self.name!r})"

    def block(self, seconds: float) -> None:
        until = self.clock.now().timestamp() + seconds
        with translated(f"blocking {self.name!r}"):
            self.redis.set(self.name, repr(until), px=math.ceil(seconds * 1000) + 1000)
        with self._lock:
            self._read_at, self._refills = self.clock.monotonic() + READ_EVERY, until

    def seconds_left(self) -> float | None:
        now = self.clock.monotonic()
        with self._lock:
            read_at, refills = self._read_at, self._refills
        if now >= read_at:
            with translated(f"reading {self.name!r}"):
                stored = self.redis.get(self.name)
            with self._lock:
                if self._read_at == read_at:  # no block recorded (nor newer read kept) meanwhile
                    self._read_at, self._refills = now + READ_EVERY, None if stored is None else float(stored)
                refills = self._refills
        if refills is None:
            return None
        left = refills - self.clock.now().timestamp()
        return left if left > 0 else None
