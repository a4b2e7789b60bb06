"""A token store on Redis: one rotating refresh token spent once across processes and machines.

``lock()`` takes a lease: a Redis key set only if absent, expiring by itself after ``lease`` seconds
so a crashed worker cannot block the others (a live holder renews it while its refresh runs), and a
fence number from a counter incremented with every lease (and every write made without one).
``save`` is a server-side script that refuses a write whose fence is older than the newest fence
issued: a worker that stalled past its lease, while another took the lease and refreshed, cannot
overwrite the newer token (:class:`LeaseLostError`). Only the lease's holder writes with its fence:
any other write, even through the same store object, takes a fresh one and wins over the lease.
:meth:`RedisTokenStore.renew_lease`, which the holder calls right before it sends a refresh, extends
the lease only while it is still its own.

No key stays forever: the fence counter expires ``fence_ttl`` after its last use, and a token key
``keep_ended_for`` after its login's end (:attr:`~carconnect.core.Token.refresh_deadline`) when that
is known. A counter that expired cannot let an old holder's write through: a write with a fence
finding no counter is refused, and a counter made anew starts at the server's clock in microseconds.
That is above every number its predecessor handed out, which started no later than its own creation
and grew by one per script call, far slower than one per microsecond (as long as the server's clock
does not go back by more than ``fence_ttl``).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

import redis

from ..forks import reset_in_forked_child
from ..stores import LeaseLostError, TokenStoreError, held_here, mark_held, unreadable_token
from ..tokens import Token
from .connection import RedisBacked, describe, logger, translated

if TYPE_CHECKING:
    import asyncio

FENCE_TTL = 7 * 86400.0
"""Default seconds a fence counter outlives its last use (a lease, a write)."""
KEEP_ENDED_FOR = 30 * 86400.0
"""Default seconds a token key outlives the end of its login (its refresh deadline)."""

_NEXT_FENCE = """
local function next_fence(key, ttl)
  local fence
  if redis.call('EXISTS', key) == 1 then
    fence = redis.call('INCR', key)
  else
    local now = redis.call('TIME')
    fence = redis.call('INCRBY', key, now[1] .. string.format('%06d', tonumber(now[2])))
  end
  redis.call('PEXPIRE', key, ttl)
  return fence
end
"""
"""The next fence number of counter ``key``, which then expires ``ttl`` ms later. A counter made anew
starts at the server's clock in microseconds, above every number an expired one handed out."""

_ACQUIRE = (
    _NEXT_FENCE
    + """
if redis.call('GET', KEYS[1]) == ARGV[1] then  -- sent again (its answer was lost): the lease is ours
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  local fence = redis.call('GET', KEYS[2])
  if fence then
    redis.call('PEXPIRE', KEYS[2], ARGV[3])
    return {1, tonumber(fence)}
  end
  return {1, next_fence(KEYS[2], ARGV[3])}
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, next_fence(KEYS[2], ARGV[3])}
end
return {0, redis.call('PTTL', KEYS[1])}
"""
)
"""KEYS: lease, fence. ARGV: owner, lease ms, fence ttl ms. -> {1, fence} or {0, ms the lease still runs}.

A lease already held by this owner (redis-py sent the script again after its answer was lost) is
answered as taken, renewed, with the counter's current fence: the holder reads the store only after
this answer, so whatever was written before it is what the holder sees, as after a new lease."""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""
"""KEYS: lease. ARGV: owner. Deletes the lease only while this owner holds it."""

_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
"""KEYS: lease. ARGV: owner, lease ms. Extends the lease only while this owner holds it. -> 1 or 0."""

_SAVE = (
    _NEXT_FENCE
    + """
local newest
if ARGV[2] == '' then
  newest = next_fence(KEYS[2], ARGV[3])
else
  newest = tonumber(redis.call('GET', KEYS[2]) or '0')
  if newest == 0 or tonumber(ARGV[2]) < newest then
    return {0, newest}
  end
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
if ARGV[1] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], ARGV[1])
  if ARGV[4] ~= '' and tonumber(ARGV[4]) > tonumber(redis.call('TIME')[1]) * 1000 then
    redis.call('PEXPIREAT', KEYS[1], ARGV[4])
  end
end
return {1, newest}
"""
)
"""KEYS: token, fence. ARGV: token JSON ('' deletes), fence ('' takes a new one), fence ttl ms, when
the token key expires (epoch ms; '': never, and a moment already past is ignored).
-> {1, fence} written, or {0, newest fence (0: the counter expired)} refused."""


class RedisTokenStore(RedisBacked):
    """One account's token in Redis, under ``<prefix>:<name>`` (``carconnect:token:<name>``).

    The lease key is ``<key>:lease`` and the fence counter ``<key>:fence``. ``lease``: seconds after
    which the lease of a holder that stopped (a crashed worker) ends by itself. A live holder renews
    it every third of that while its refresh runs, since a lease that ended mid-refresh would let a
    second worker spend the same refresh token, for at most ``hold`` seconds (a refresh stuck that
    long lets another worker take over). A renewal that Redis refuses (``READONLY``, ``NOREPLICAS``,
    ``BUSY``...) or does not answer is logged and tried again; renewing stops once none has succeeded
    for longer than ``lease`` (the lease has ended in Redis by then), and when :meth:`close` is
    called. A release that fails is logged, never raised: the lease expires by itself. A lease held
    by a task whose event loop was closed without ending it is given back. ``wait``: seconds
    :meth:`lock` waits for a lease before raising :class:`TokenStoreError`.

    Only the holder of the lease writes with the lease's fence: the thread that entered
    :meth:`lock`, or the task whose context marks the lease as held
    (:func:`~carconnect.core.stores.mark_held`, as the async ``TokenManager`` does), and the worker
    threads they run with a copy of their context (:func:`asyncio.to_thread`). Any other write, from
    another thread or task (a web handler's logout through the same store object) or outside
    :meth:`lock` (right after a login), takes a fresh fence, so it wins over any lease in flight: the
    holder's later save is refused with :class:`LeaseLostError`. Waiting for the lease is polling:
    :meth:`_Lease.try_enter` makes one attempt, so async callers wait on their event loop.

    The token is as durable as the server's persistence: configure ``appendonly yes`` (and
    ``appendfsync always`` to keep a token saved just before a crash). Replication is asynchronous and
    this store sends no ``WAIT``: a failover to a replica that had not caught up (or a restart from an
    older snapshot) brings back an older token, whose refresh token may be spent already. The
    ``TokenManager`` that spent it saves its newer token again rather than send it, but other workers
    would send it; on a replica set, have the primary refuse writes it cannot replicate
    (``min-replicas-to-write``, ``min-replicas-max-lag``) and fail over only to a replica in sync.

    No key stays forever. The fence counter expires ``fence_ttl`` seconds (7 days) after its last use
    (a lease or a write; it must be longer than ``hold``), which never lets an old holder's write
    through (see the module docs). A token whose login end is known
    (:attr:`~carconnect.core.Token.refresh_deadline`) expires ``keep_ended_for`` seconds (30 days)
    after that end, by Redis' clock (``None``: never); until then a manager reports the ended login
    as such rather than as no login at all.
    """

    def __init__(
        self,
        redis_client: redis.Redis | str,
        name: str,
        *,
        lease: float = 30.0,
        wait: float = 60.0,
        hold: float = 600.0,
        prefix: str = "carconnect:token",
        fence_ttl: float = FENCE_TTL,
        keep_ended_for: float | None = KEEP_ENDED_FOR,
    ) -> None:
        if lease <= 0 or wait < 0 or hold < lease:
            raise ValueError("lease must be positive, wait not negative and hold at least the lease")
        if fence_ttl <= hold or (keep_ended_for is not None and keep_ended_for < 0):
            raise ValueError("fence_ttl must be longer than hold, and keep_ended_for not negative")
        super().__init__(redis_client)
        self.name = name
        self.key = f"{prefix}:{name}"
        self.lease, self.wait, self.hold = lease, wait, hold
        self.fence_ttl, self.keep_ended_for = fence_ttl, keep_ended_for
        self._keys = (self.key, f"{self.key}:lease", f"{self.key}:fence")
        self._acquire = self.redis.register_script(_ACQUIRE)
        self._release = self.redis.register_script(_RELEASE)
        self._renew = self.redis.register_script(_RENEW)
        self._save = self.redis.register_script(_SAVE)
        self._local = threading.Lock()
        """One holder per store object: held from taking the lease until releasing it."""
        self._held: tuple[_Lease, str, int] | None = None
        """The lease this object holds: the lock holding it, its owner id and its fence."""
        reset_in_forked_child(self, RedisTokenStore._forget_lease)

    def _forget_lease(self) -> None:
        """In a forked child: the parent's lease and its holder thread are not this process's."""
        self._local = threading.Lock()
        self._held = None

    def __repr__(self) -> str:
        return f"RedisTokenStore({describe(self.redis)!r}, name={self.name!r})"

    @property
    def label(self) -> str:
        return f"redis key {self.key}"

    def load(self) -> Token | None:
        with translated(f"loading token {self.name!r}"):
            raw = self.redis.get(self.key)
        if raw is None:
            return None
        try:
            return Token.from_json(raw)
        except ValueError as exc:
            raise unreadable_token(f"Redis key {self.key!r}", exc) from exc

    def save(self, token: Token) -> None:
        """Write ``token``; by the lease's holder, only while no newer lease or write exists. The key
        expires ``keep_ended_for`` after the login's end, when that is known."""
        deadline = token.refresh_deadline
        if deadline is None or self.keep_ended_for is None:
            expires = ""
        else:
            expires = str(round((deadline.timestamp() + self.keep_ended_for) * 1000))
        self._write(json.dumps(token.to_dict()), expires)

    def delete(self) -> None:
        """Remove the token (logging out); a worker holding an older lease cannot bring it back."""
        self._write("", "")

    def _holding(self) -> tuple[str, int] | None:
        """The owner id and fence of this object's lease when the calling code holds it, else ``None``."""
        held = self._held
        if held is None or not held_here(held[0]):
            return None
        return held[1], held[2]

    def _write(self, data: str, expires: str) -> None:
        holding = self._holding()
        fence: int | str = "" if holding is None else holding[1]
        with translated(f"saving token {self.name!r}"):
            written, newest = self._save(keys=[self.key, self._keys[2]], args=[data, fence, self._fence_ms, expires])
        if not written:
            newest = newest or "expired"
            logger.warning("refused a stale write of token %r (fence %s, newest %s)", self.name, fence, newest)
            raise LeaseLostError(
                f"token {self.name!r}: the refresh lease was taken over (fence {fence}, newest {newest}); "
                "the newer token stays stored"
            )

    @property
    def _fence_ms(self) -> int:
        return max(1, round(self.fence_ttl * 1000))

    def lock(self) -> _Lease:
        """The refresh lease, held across threads of this process and every other process."""
        return _Lease(self)

    def renew_lease(self) -> bool:
        """Renew the lease for ``lease`` seconds if the caller holds it and Redis still has it as its
        own; whether it did.

        ``False`` (nothing renewed) outside :meth:`lock`, for a caller that is not the holder, and once
        the lease ran out (a holder that stalled past it).
        """
        holding = self._holding()
        if holding is None:
            return False
        owner = holding[0]
        with translated(f"checking the refresh lease of {self.name!r}"):
            kept = self._renew(keys=[self._keys[1]], args=[owner, max(1, round(self.lease * 1000))])
        return bool(kept)

    def _try_take(self, lease: _Lease) -> str | float:
        """One attempt at the lease for ``lease``, without waiting: its owner id, or the seconds it
        may still be held."""
        if not self._local.acquire(blocking=False):
            held = self._held  # another thread or task holds it through this object
            if held is None or not held[0].let_go_if_orphaned() or not self._local.acquire(blocking=False):
                return self.lease
        try:
            owner = secrets.token_hex(16)
            with translated(f"taking the refresh lease of {self.name!r}"):
                taken, value = self._acquire(
                    keys=self._keys[1:], args=[owner, max(1, round(self.lease * 1000)), self._fence_ms]
                )
        except BaseException:
            self._local.release()
            raise
        if not taken:
            self._local.release()
            return max(int(value), 1) / 1000
        self._held = (lease, owner, int(value))
        return owner

    def _no_lease(self) -> TokenStoreError:
        return TokenStoreError(f"token {self.name!r}: no refresh lease within {self.wait:g} s")

    def _keep(self, lease: _Lease, owner: str, stop: threading.Event) -> None:
        """Renew ``owner``'s lease every third of ``lease`` until ``stop`` is set or ``hold`` is up.

        A renewal that Redis refuses (an error answer such as ``READONLY``, ``NOREPLICAS``,
        ``MASTERDOWN`` or ``BUSY``) or does not answer is logged and tried again a third of ``lease``
        later, since the holder's refresh goes on. Renewing ends when Redis answers that the lease is
        no longer ``owner``'s, once no renewal has succeeded for longer than ``lease`` (the lease has
        ended in Redis by then), and once the event loop of the task holding the lease was closed
        (:meth:`_Lease.hold_for`): that task never exits the lease, so it is given back here.
        """
        renewed = time.monotonic()  # the lease was taken (or last renewed) before this moment
        give_up = renewed + self.hold - self.lease
        while not stop.wait(self.lease / 3):
            if lease.let_go_if_orphaned() or time.monotonic() >= give_up:
                return
            try:
                with translated(f"renewing the refresh lease of {self.name!r}"):
                    kept = self._renew(keys=[self._keys[1]], args=[owner, max(1, round(self.lease * 1000))])
            except TokenStoreError as exc:
                unrenewed = time.monotonic() - renewed
                if unrenewed > self.lease:
                    logger.warning(
                        "%s; the refresh lease was not renewed for %.1f s, longer than the lease: it has ended",
                        exc,
                        unrenewed,
                    )
                    return
                logger.warning("%s; trying again", exc)
                continue
            if not kept:
                logger.warning("the refresh lease of %r ended before its refresh did", self.name)
                return
            renewed = time.monotonic()

    def _give_back(self, owner: str) -> None:
        """Release the lease ``owner`` holds (only if Redis still has it as that owner's). A release
        Redis refuses or does not answer is logged: the lease then expires by itself."""
        self._held = None
        try:
            with translated(f"releasing the refresh lease of {self.name!r}"):
                self._release(keys=[self._keys[1]], args=[owner])
        except TokenStoreError as exc:
            logger.warning("%s; the lease expires by itself", exc)
        finally:
            self._local.release()

    def close(self) -> None:
        """Stop renewing the lease this object holds, if any (it then ends ``lease`` seconds after
        its last renewal unless its holder releases it first), and stop using a pool taken for a URL;
        a client passed in stays open."""
        held = self._held
        if held is not None:
            held[0].stop_renewing()
        super().close()


class _Lease:
    """The context manager :meth:`RedisTokenStore.lock` returns (entered and exited once).

    ``__enter__`` waits up to the store's ``wait`` and marks the lease as held in the caller's
    context (:func:`~carconnect.core.stores.mark_held`); exiting unmarks it. :meth:`try_enter` is one
    attempt of that wait, for callers that wait elsewhere (an event loop): it marks nothing, so such a
    caller marks this object as held itself once it holds the lease, and ties it to its event loop
    (:meth:`hold_for`). Exiting releases only the lease this object took: after a failed ``__enter__``
    it does nothing.
    """

    def __init__(self, store: RedisTokenStore) -> None:
        self.store = store
        self._owner: str | None = None
        self._guard = threading.Lock()
        """Taken to hand the owner id to whoever gives the lease back (once)."""
        self._stop = threading.Event()
        self._deadline: float | None = None
        self._pause = 0.01
        self._loop: asyncio.AbstractEventLoop | None = None

    def __enter__(self) -> None:
        while (pause := self.try_enter()) is not None:
            time.sleep(pause)
        mark_held(self)

    def try_enter(self) -> float | None:
        """Try once to take the lease: ``None`` once it is held (as after ``__enter__``), else the
        seconds to wait before the next try. Raises :class:`TokenStoreError` when the store's ``wait``
        has passed since the first try."""
        now = time.monotonic()
        if self._deadline is None:
            self._deadline = now + self.store.wait
        outcome = self.store._try_take(self)
        if isinstance(outcome, str):
            self._owner = outcome
            renewal = threading.Thread(
                target=self.store._keep,
                args=(self, outcome, self._stop),
                name="carconnect-lease-renewal",
                daemon=True,
            )
            renewal.start()
            return None
        remaining = self._deadline - now
        if remaining <= 0:
            raise self.store._no_lease()
        # Poll: briefly at first (a refresh takes a fraction of a second), never past the lease's end.
        pause = min(self._pause, remaining, outcome)
        self._pause = min(self._pause * 2, 0.2)
        return pause

    def hold_for(self, loop: asyncio.AbstractEventLoop) -> None:
        """Tie the held lease to ``loop``, whose task holds it: once that loop is closed with the
        lease still held (a loop closed without cancelling its tasks), the task can never exit it, so
        the renewal stops and gives the lease back, and so does the next :meth:`try_enter` through
        the same store object."""
        self._loop = loop

    def let_go_if_orphaned(self) -> bool:
        """Give the lease back if the event loop it is tied to (:meth:`hold_for`) was closed while it
        was held; whether this call gave it back."""
        loop = self._loop
        if loop is None or not loop.is_closed() or not self._let_go():
            return False
        logger.warning(
            "the event loop holding the refresh lease of %r was closed without ending its task: lease given back",
            self.store.name,
        )
        return True

    def stop_renewing(self) -> None:
        """Renew the lease no more (it still ends when released, or by itself)."""
        self._stop.set()

    def _let_go(self) -> bool:
        """Stop the renewal and release the lease, once whoever calls; whether this call did."""
        with self._guard:
            owner, self._owner = self._owner, None
        if owner is None:
            return False
        self._stop.set()
        self.store._give_back(owner)
        return True

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        mark_held(self, held=False)
        self._let_go()
