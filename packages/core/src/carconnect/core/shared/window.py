"""A sliding-window rate limiter on Redis: at most ``limit`` calls per ``window`` seconds per key,
counted for every worker together (Volvo: 100 calls a minute per user, 10 of them commands).

The decision is one server-side script, so workers never interleave between counting and taking a
slot. Time is the Redis server's (the script reads ``TIME``), so workers whose clocks differ count by
one clock; a limiter given a clock of its own (a ``FakeClock`` in tests) decides by that instead.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime

import redis

from ..clock import Clock
from ..errors import RateLimitError
from ..tasks import run_blocking_or_undo
from .connection import SERVER_NOW, RedisBacked, RedisClock, account_key, describe, script_time, translated

_RESERVE = (
    SERVER_NOW
    + """
local now, window, max_wait, member = clock(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4]
local function fmt(x) return string.format('%.17g', x) end
local taken = redis.call('ZSCORE', KEYS[1], member)
if taken then  -- sent again (its answer was lost): the slot the first run took, counted once
  return {1, fmt(math.max(tonumber(taken) - now, 0))}
end
-- whether a send at `at` keeps every window [x, x + window) holding it under `limit`: at once when
-- fewer lie in (at - window, at + window), else counted from each send time x in (at - window, at]
local function fits(key, at, limit)
  if redis.call('ZCOUNT', key, '(' .. fmt(at - window), '(' .. fmt(at + window)) < limit then return true end
  local starts = {at}
  local before = redis.call('ZRANGEBYSCORE', key, '(' .. fmt(at - window), fmt(at), 'WITHSCORES')
  for j = 2, #before, 2 do starts[#starts + 1] = tonumber(before[j]) end
  for _, x in ipairs(starts) do
    if redis.call('ZCOUNT', key, fmt(x), '(' .. fmt(x + window)) >= limit then return false end
  end
  return true
end
local candidates = {now}
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now - window))
  local times = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  for j = 2, #times, 2 do
    local frees = tonumber(times[j]) + window
    if frees > now then candidates[#candidates + 1] = frees end
  end
end
table.sort(candidates)
for _, at in ipairs(candidates) do
  local fits_all = true
  for i, key in ipairs(KEYS) do
    if not fits(key, at, tonumber(ARGV[4 + i])) then
      fits_all = false
      break
    end
  end
  if fits_all then
    local wait = at - now
    if max_wait ~= '' and wait > tonumber(max_wait) then return {0, fmt(wait)} end
    for _, key in ipairs(KEYS) do
      redis.call('ZADD', key, fmt(at), member)
      -- the key lives until its latest slot (maybe booked ahead of this one) leaves the window
      local latest = tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
      redis.call('PEXPIRE', key, math.ceil((latest - now + window) * 1000) + 1000)
    end
    return {1, fmt(wait)}
  end
end
return redis.error_reply('no slot found')
"""
)
"""KEYS: one sorted set of slot times per window. ARGV: now ('' the server's), window, max wait ('' none), member,
then one limit per key. A slot at ``at`` fits when every window of ``window`` seconds holding ``at``
stays under its key's limit. -> {1, wait} or {0, wait}. A member already holding a slot (redis-py sends
a script again when its answer timed out) is answered with that slot, counted once."""


class SlidingWindowLimiter(RedisBacked):
    """When may the next call for ``key`` go? ``limit`` calls per ``window`` seconds, shared in Redis.

    :meth:`reserve` takes the earliest slot and returns the seconds to wait before sending (0: now);
    the slot counts from then on until :meth:`release` gives it back (a call that was not sent after
    all). A slot further than ``max_wait`` away raises :class:`~carconnect.core.RateLimitError`
    (``code="client_rate_limit"``, ``retry_after`` set) and takes nothing. Keys are ``<prefix>:<key>``;
    a key with an empty part (``volvo:``) names no account and raises :class:`ValueError`.

    Time is the Redis server's: the script reads ``TIME``, so workers whose clocks differ share one
    window, and ``self.clock`` is a :class:`~carconnect.core.shared.RedisClock` (waits are timed
    locally). A ``clock`` given instead (a ``FakeClock`` in tests) decides by its own time, as does a
    ``now`` given to :meth:`reserve`.
    """

    def __init__(
        self,
        redis_client: redis.Redis | str,
        *,
        limit: int,
        window: float = 61.0,
        max_wait: float | None = 120.0,
        prefix: str = "carconnect:ratelimit",
        clock: Clock | None = None,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be at least 1 and window positive")
        super().__init__(redis_client)
        self.limit, self.window, self.max_wait = limit, window, max_wait
        self.prefix = prefix
        self.clock: Clock = clock if clock is not None else RedisClock(self.redis)
        self._script = self.redis.register_script(_RESERVE)

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({describe(self.redis)!r}, limit={self.limit}, window={self.window:g})"

    def reserve(
        self, key: str, now: datetime | None = None, *, also: Mapping[str, int] | None = None, slot: str | None = None
    ) -> float:
        """Take ``key``'s next slot; return the seconds from ``now`` (default: the limiter's time) until it.

        ``also`` names further keys with their own limits that the same call counts against, all
        taken together (a Volvo command: ``also={f"{user}:commands": 10}``). ``slot`` names the slot
        for :meth:`release` (unique per call; a random one by default). A name that already holds a
        slot under ``key`` is answered with that slot and takes no other, so a script redis-py sent
        again after its answer was lost counts once.
        """
        windows = {key: self.limit, **(also or {})}
        max_wait = "" if self.max_wait is None else repr(self.max_wait)
        member = slot or secrets.token_hex(8)
        args: list[str | int] = [script_time(self.clock, now), repr(self.window), max_wait, member, *windows.values()]
        names = [f"{self.prefix}:{account_key(name)}" for name in windows]
        with translated(f"reserving a rate-limit slot for {key!r}"):
            taken, wait = self._script(keys=names, args=args)
        seconds = float(wait)
        if not taken:
            raise RateLimitError(
                f"client-side rate limit: the next slot is {seconds:.0f} s away",
                code="client_rate_limit",
                retry_after=seconds,
            )
        return seconds

    async def areserve(
        self, key: str, now: datetime | None = None, *, also: Mapping[str, int] | None = None, slot: str | None = None
    ) -> float:
        """:meth:`reserve` from async code, off the event loop. A caller cancelled while Redis
        answers takes no slot: one taken meanwhile is given back."""
        slot = slot or secrets.token_hex(8)
        keys = [key, *(also or {})]
        return await run_blocking_or_undo(
            functools.partial(self.reserve, key, now, also=also, slot=slot),
            functools.partial(self.release, slot, keys),
            f"the rate-limit slot for {key!r}",
        )

    def release(self, slot: str, keys: Iterable[str]) -> None:
        """Give back the slot named ``slot`` under each of ``keys`` (the call was not sent after all)."""
        names = [f"{self.prefix}:{key}" for key in keys]
        with translated(f"giving back a rate-limit slot of {names[0] if names else 'no key'!r}"):
            pipeline = self.redis.pipeline(transaction=True)
            for name in names:
                pipeline.zrem(name, slot)
            pipeline.execute()
