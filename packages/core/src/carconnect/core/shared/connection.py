"""Connecting to Redis (or Valkey), turning its failures into carconnect errors, and the server's clock.

Clients built from one URL in one process share one connection pool, so a worker serving many users
holds a few connections, not one per store. After ``os.fork()`` a pool the child inherited opens its
own connections (redis-py's pools check the process id) and leaves the parent's sockets alone.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

try:
    import redis
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("carconnect.core.shared needs redis-py: pip install 'carconnect-core[redis]'") from exc

from ..clock import SYSTEM_CLOCK, Clock
from ..forks import reset_in_forked_child
from ..stores import StoreUnavailableError, TokenStoreError

logger = logging.getLogger("carconnect.core.shared")
logger.addHandler(logging.NullHandler())


def _pool_for(url: str) -> redis.ConnectionPool:
    return redis.ConnectionPool.from_url(
        url,
        socket_connect_timeout=2.0,
        socket_timeout=5.0,
        retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2),
    )


class _Pools:
    """This process's connection pools, one per URL, and how many :class:`RedisBacked` objects use each."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pools: dict[str, redis.ConnectionPool] = {}
        self._users: dict[str, int] = {}
        reset_in_forked_child(self, _Pools._unlock)

    def _unlock(self) -> None:
        """In a forked child: a parent thread may have held the lock (the pools reset themselves)."""
        self._lock = threading.Lock()

    def pool(self, url: str, *, user: bool) -> redis.ConnectionPool:
        """The pool for ``url``, made on first use; ``user``: counted until :meth:`give_back`."""
        with self._lock:
            pool = self._pools.get(url)
            if pool is None:
                pool = self._pools[url] = _pool_for(url)
            if user:
                self._users[url] = self._users.get(url, 0) + 1
            return pool

    def give_back(self, url: str) -> None:
        """One user of ``url``'s pool is done; after the last, its idle connections are closed."""
        with self._lock:
            self._users[url] -= 1
            if self._users[url] == 0:
                del self._users[url]
                self._pools[url].disconnect(inuse_connections=False)  # a connect() client may be using one


_POOLS = _Pools()


def connect(target: redis.Redis | str) -> redis.Redis:
    """``target`` itself, or a client for the URL ``target`` (``redis://``, ``rediss://``, ``unix://``).

    A client built from a URL uses this process's connection pool for that URL, shared by every store,
    limiter and ledger built from it. It gives up on an unreachable server within seconds (2 s to
    connect, 5 s per answer, two quick reconnection attempts) so callers see
    :class:`StoreUnavailableError` promptly.
    """
    if not isinstance(target, str):
        return target
    return redis.Redis(connection_pool=_POOLS.pool(target, user=False))


def describe(client: redis.Redis) -> str:
    """Host and port (or socket path) of a client, for reprs: never its password."""
    kwargs = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return str(kwargs["path"])
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"


_LOCAL_LIMITS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
"""Why this process, not Redis, could not open a connection: out of file descriptors or memory."""


def _local_limit(exc: BaseException) -> OSError | None:
    """The operating system's refusal behind ``exc`` (redis-py wraps it), if one of :data:`_LOCAL_LIMITS`."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in _LOCAL_LIMITS:
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


@contextlib.contextmanager
def translated(what: str) -> Iterator[None]:
    """Raise a Redis failure during ``what`` as :class:`StoreUnavailableError` (no answer, or no
    connection this process could open: the message names the local limit) or
    :class:`TokenStoreError` (an error answer, with Redis's own text; credentials Redis refused, a
    wrong password or user in the URL, which no retry mends: the message never shows the URL)."""
    try:
        yield
    except (redis.exceptions.AuthenticationError, redis.exceptions.AuthorizationError) as exc:
        raise TokenStoreError(
            f"Redis refused the credentials in the URL while {what} ({type(exc).__name__}): "
            "check the user and password of the Redis URL"
        ) from exc
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        local = _local_limit(exc)
        if local is not None:
            name = errno.errorcode.get(local.errno or 0, "?")
            raise StoreUnavailableError(
                f"this process could not open a connection to Redis while {what}: {local.strerror} ({name}), "
                "a limit of this process or machine, not a Redis failure"
            ) from exc
        raise StoreUnavailableError(f"Redis did not answer while {what}: {type(exc).__name__}") from exc
    except redis.RedisError as exc:
        # an error reply's text is Redis's own (an OOM, a read-only replica): no URL, no password
        raise TokenStoreError(f"Redis refused {what}: {type(exc).__name__}: {str(exc)[:200]}") from exc


SERVER_NOW = """
local function clock(given)
  if given ~= '' then return tonumber(given) end
  local time = redis.call('TIME')
  return tonumber(time[1]) + tonumber(time[2]) / 1000000
end
"""
"""Lua: ``clock(ARGV[i])`` is the caller's time (epoch seconds), or the server's for ``''``."""


class RedisClock:
    """The Redis server's clock, by which shared limits decide: one clock for every worker and machine.

    The scripts of :class:`~carconnect.core.shared.SlidingWindowLimiter` and
    :class:`~carconnect.core.shared.QuotaLedger` read the server's ``TIME`` themselves. :meth:`now`,
    for what callers compute from the same time (when a call stops counting by a reset rule, a
    refusal's wait), is ``local``'s wall time corrected by its offset from the server's, read with
    ``TIME`` at most every ``resync`` seconds (when a reading fails, the previous one is kept).
    :meth:`monotonic`, :meth:`sleep` and :meth:`asleep` are ``local``'s: waits are timed locally.
    """

    def __init__(self, client: redis.Redis, *, local: Clock = SYSTEM_CLOCK, resync: float = 60.0) -> None:
        self.redis, self.local, self.resync = client, local, resync
        self._lock = threading.Lock()
        self._offset: timedelta | None = None
        self._read_at = 0.0
        reset_in_forked_child(self, RedisClock._unlock)

    def _unlock(self) -> None:
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisClock({describe(self.redis)!r})"

    def now(self) -> datetime:
        with self._lock:
            if self._offset is None or self.local.monotonic() - self._read_at >= self.resync:
                self._read()
            assert self._offset is not None
            return self.local.now() + self._offset

    def _read(self) -> None:
        """Measure the server's offset from the local clock (call with the lock held)."""
        before = self.local.now()
        try:
            with translated("reading the server's time"):
                seconds, micros = self.redis.time()
        except StoreUnavailableError as exc:
            if self._offset is None:
                raise
            logger.debug("kept the Redis clock's last offset: %s", exc)
            return
        server = datetime.fromtimestamp(seconds + micros / 1e6, UTC)
        self._offset = server - (before + (self.local.now() - before) / 2)
        self._read_at = self.local.monotonic()

    def monotonic(self) -> float:
        return self.local.monotonic()

    def sleep(self, seconds: float) -> None:
        self.local.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await self.local.asleep(seconds)


def script_time(clock: Clock, now: datetime | None) -> str:
    """The time a script decides at (``ARGV`` for :data:`SERVER_NOW`): ``now`` if given, else
    ``clock``'s, or ``''`` for a :class:`RedisClock`, whose time the script reads from the server."""
    if now is None:
        if isinstance(clock, RedisClock):
            return ""
        now = clock.now()
    return repr(now.timestamp())


_ANY_ACCOUNT = (
    "give the client's own account as key= (QuotaBudget.shared(ledger, key=...), "
    "RateLimiter.shared(limiter, key=...)), or call through client.for_user(..., key=...)"
)


def account_key(key: str) -> str:
    """``key``, a shared limit's key such as ``bmw:<account>``; :class:`ValueError` when a part of it
    between colons is empty (``bmw:``: neither the brand's ``key=`` nor a ``for_user`` key named the
    account), since every client counting there would share one count."""
    if not all(key.split(":")):
        raise ValueError(f"the shared limit key {key!r} names no account: {_ANY_ACCOUNT}")
    return key


class RedisBacked:
    """Something that talks to Redis through ``self.redis``: a client it was given (left open by
    :meth:`close`) or one on this process's pool for a URL it was given (that pool's idle
    connections are closed once every object using it was closed)."""

    def __init__(self, target: redis.Redis | str) -> None:
        if isinstance(target, str):
            self.redis = redis.Redis(connection_pool=_POOLS.pool(target, user=True))
            self._url: str | None = target
        else:
            self.redis, self._url = target, None

    def close(self) -> None:
        """Stop using a pool taken for a URL (once); a client passed in stays open."""
        url, self._url = self._url, None
        if url is not None:
            _POOLS.give_back(url)
