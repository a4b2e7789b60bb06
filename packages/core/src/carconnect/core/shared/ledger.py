"""A call-quota ledger on Redis: at most ``limit`` calls per key while each call counts (BMW CarData:
50 calls per user per day), shared by every worker.

Each call is a member of a sorted set scored by the moment it stops counting; counting, refusing and
recording are one server-side script, so N workers together never spend more than ``limit``. Time
is the Redis server's (:class:`~carconnect.core.shared.RedisClock`), as in
:mod:`carconnect.core.shared.window`, unless the ledger is given a clock of its own.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

import redis

from ..clock import Clock
from ..errors import QuotaExceededError
from ..tasks import run_blocking_or_undo
from .connection import SERVER_NOW, RedisBacked, RedisClock, account_key, describe, script_time, translated

_DROP_EXPIRED = (
    SERVER_NOW
    + """
local now = clock(ARGV[1])
local function fmt(x) return string.format('%.17g', x) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', fmt(now))
local blocked = redis.call('GET', KEYS[2])
if blocked and tonumber(blocked) <= now then
  redis.call('DEL', KEYS[2])
  blocked = false
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
"""
)
"""Shared head: the time to decide at (``ARGV[1]``, or the server's for ``''``), then drops calls that
stopped counting and a server block that ended."""

_SPEND = (
    _DROP_EXPIRED
    + """
local used = redis.call('ZCARD', KEYS[1])
if redis.call('ZSCORE', KEYS[1], ARGV[5]) then  -- sent again (its answer was lost): counted once
  return {1, used, first[2] or ARGV[2], 0, fmt(now)}
end
if ARGV[4] == '1' and (blocked or used >= tonumber(ARGV[3])) then
  return {0, used, blocked or first[2], blocked and 1 or 0, fmt(now)}
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[5])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIRE', KEYS[1], math.ceil((tonumber(last[2]) - now) * 1000) + 1000)
return {1, used + 1, first[2] or ARGV[2], 0, fmt(now)}
"""
)
"""KEYS: calls, blocked. ARGV: now ('' the server's), this call's expiry, limit, enforce ('1'/'0'), member.
-> {recorded, used, when the next call frees up, blocked by the vendor, now}. A member already recorded
(redis-py sends a script again when its answer timed out) is answered as recorded, counted once."""

_STATUS = (
    _DROP_EXPIRED
    + """
return {redis.call('ZCARD', KEYS[1]), blocked or '', first[2] or ''}
"""
)
"""KEYS: calls, blocked. ARGV: now ('' the server's). -> {used, blocked until or '', oldest call's expiry or ''}."""

_BLOCK = (
    _DROP_EXPIRED
    + """
local until_ = first[2] or ARGV[2]
redis.call('SET', KEYS[2], until_, 'PX', math.ceil((tonumber(until_) - now) * 1000) + 1000)
return until_
"""
)
"""KEYS: calls, blocked. ARGV: now ('' the server's), expiry of a call made now. Blocks until the oldest call
frees up."""


class ResetRule(Protocol):
    """When a call stops counting (``carconnect.bmw``'s ``DailyReset`` and ``RollingWindow`` fit)."""

    def expires_at(self, call: datetime) -> datetime: ...


@dataclass(frozen=True)
class LedgerStatus:
    """One key's budget: calls ``used`` and ``remaining``, when the next one frees up (``None``: none
    used), and whether the vendor said the quota is gone (:meth:`QuotaLedger.mark_exhausted`)."""

    limit: int
    used: int
    remaining: int
    resets_at: datetime | None
    blocked_by_server: bool


_DEFAULT_PERIOD = timedelta(hours=24)
"""How long a call counts when the ledger is given neither ``period`` nor ``reset``."""


def _instant(score: bytes | str) -> datetime:
    return datetime.fromtimestamp(float(score), UTC)


class QuotaLedger(RedisBacked):
    """Counts calls per key in Redis and refuses the one that would exceed ``limit``.

    Each call counts for ``period`` (a rolling window, 24 hours when not given) unless ``reset`` says
    otherwise, or the caller names the moment it stops counting (``expires=``: carconnect-bmw's
    ``QuotaBudget.shared`` passes its own rule's, midnight UTC by default). ``enforce=False`` counts
    without refusing. A refusal is :class:`~carconnect.core.QuotaExceededError` with ``code``
    (``"CU-429"`` for BMW), ``retry_after`` and ``details`` ``local``, ``limit``, ``used``,
    ``resets_at``. Keys are ``<prefix>:<key>`` and ``<prefix>:<key>:blocked``; a key with an empty
    part (``bmw:``) names no account and raises :class:`ValueError`.

    Time is the Redis server's: the scripts read ``TIME``, so workers whose clocks differ count by
    one clock, and ``self.clock`` is a :class:`~carconnect.core.shared.RedisClock` (the server's time
    for a reset rule; waits timed locally). A ``clock`` given instead (a ``FakeClock`` in tests)
    decides every call by its own time, as does a ``now`` given to a method.
    """

    def __init__(
        self,
        redis_client: redis.Redis | str,
        *,
        limit: int = 50,
        period: timedelta | None = None,
        reset: ResetRule | None = None,
        enforce: bool = True,
        code: str = "quota_exceeded",
        prefix: str = "carconnect:quota",
        clock: Clock | None = None,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        super().__init__(redis_client)
        self.limit, self.period, self.reset = limit, period, reset  # as given: None when not
        self.enforce, self.code, self.prefix = enforce, code, prefix
        self.clock: Clock = clock if clock is not None else RedisClock(self.redis)
        self._spend = self.redis.register_script(_SPEND)
        self._status = self.redis.register_script(_STATUS)
        self._block = self.redis.register_script(_BLOCK)

    def __repr__(self) -> str:
        return f"QuotaLedger({describe(self.redis)!r}, limit={self.limit}, enforce={self.enforce})"

    def _keys(self, key: str) -> list[str]:
        name = f"{self.prefix}:{account_key(key)}"
        return [name, f"{name}:blocked"]

    def _expiry(self, call: datetime) -> datetime:
        if self.reset is not None:
            return self.reset.expires_at(call)
        return call + (self.period if self.period is not None else _DEFAULT_PERIOD)

    def spend(
        self, key: str, now: datetime | None = None, *, call_id: str | None = None, expires: datetime | None = None
    ) -> int:
        """Record one call for ``key`` and return the calls left after it, or raise
        :class:`~carconnect.core.QuotaExceededError` (nothing recorded) when none is left.

        ``call_id`` (unique per call, e.g. ``secrets.token_hex(16)``) names the call for :meth:`refund`;
        a call already recorded under it is counted once (spending it again returns the calls left).
        ``expires`` is when it stops counting (default: by the ledger's ``reset`` or ``period``).
        """
        until = expires or self._expiry(now or self.clock.now())
        args: list[str | int] = [script_time(self.clock, now), repr(until.timestamp()), self.limit]
        args += ["1" if self.enforce else "0", call_id or secrets.token_hex(16)]
        with translated(f"counting a call for {key!r}"):
            recorded, used, frees, blocked, moment = self._spend(keys=self._keys(key), args=args)
        if not recorded:
            status = LedgerStatus(self.limit, used, 0, _instant(frees), bool(blocked))
            raise self._refusal(status, _instant(moment))
        return max(self.limit - int(used), 0)

    async def aspend(
        self, key: str, now: datetime | None = None, *, call_id: str | None = None, expires: datetime | None = None
    ) -> int:
        """:meth:`spend` from async code, off the event loop. A caller cancelled while Redis answers
        spends nothing: a call counted meanwhile is refunded."""
        call_id = call_id or secrets.token_hex(16)
        return await run_blocking_or_undo(
            functools.partial(self.spend, key, now, call_id=call_id, expires=expires),
            functools.partial(self.refund, key, call_id),
            f"the quota call for {key!r}",
        )

    def status(self, key: str, now: datetime | None = None) -> LedgerStatus:
        """Calls used and left for ``key``, and when the next one frees up."""
        with translated(f"reading the call count of {key!r}"):
            used, blocked, first = self._status(keys=self._keys(key), args=[script_time(self.clock, now)])
        remaining = 0 if blocked else max(self.limit - used, 0)
        resets_at = _instant(blocked) if blocked else (_instant(first) if first else None)
        return LedgerStatus(self.limit, used, remaining, resets_at, bool(blocked))

    def remaining(self, key: str, now: datetime | None = None) -> int:
        """Calls left for ``key`` before the ledger refuses."""
        return self.status(key, now).remaining

    def refund(self, key: str, call_id: str | None = None) -> None:
        """Take back a call whose request provably never reached the vendor: the one ``call_id``
        names, while it still counts; without one, the call that would count longest."""
        with translated(f"refunding a call for {key!r}"):
            if call_id is None:
                self.redis.zpopmax(self._keys(key)[0])
            else:
                self.redis.zrem(self._keys(key)[0], call_id)

    def mark_exhausted(self, key: str, now: datetime | None = None, *, expires: datetime | None = None) -> None:
        """The vendor said the quota is gone: refuse every call for ``key`` until the oldest frees up
        (with none counted, until a call made now would stop counting: ``expires``, as for :meth:`spend`)."""
        until = expires or self._expiry(now or self.clock.now())
        args = [script_time(self.clock, now), repr(until.timestamp())]
        with translated(f"blocking calls for {key!r}"):
            self._block(keys=self._keys(key), args=args)

    def _refusal(self, status: LedgerStatus, now: datetime) -> QuotaExceededError:
        when = status.resets_at.isoformat() if status.resets_at else "unknown"
        cause = "the vendor reported the quota exhausted" if status.blocked_by_server else f"{status.used} calls used"
        wait = max((status.resets_at - now).total_seconds(), 0.0) if status.resets_at else None
        return QuotaExceededError(
            f"call quota used up ({cause}, limit {self.limit}); refused locally until {when}",
            code=self.code,
            retry_after=wait,
            details={"local": True, "limit": self.limit, "used": status.used, "resets_at": when},
        )
