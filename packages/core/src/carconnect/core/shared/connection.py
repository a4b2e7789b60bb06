"""Connecting to Redis (or Valkey) and turning its failures into carconnect errors."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

try:
    import redis
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("carconnect.core.shared needs redis-py: pip install 'carconnect-core[redis]'") from exc

from ..stores import StoreUnavailableError, TokenStoreError

logger = logging.getLogger("carconnect.core.shared")
logger.addHandler(logging.NullHandler())


def connect(target: redis.Redis | str) -> redis.Redis:
    """``target`` itself, or a client for the URL ``target`` (``redis://``, ``rediss://``, ``unix://``).

    A client built from a URL gives up on an unreachable server within seconds (2 s to connect, 5 s per
    answer, two quick reconnection attempts) so callers see :class:`StoreUnavailableError` promptly.
    """
    if not isinstance(target, str):
        return target
    return redis.Redis.from_url(
        target,
        socket_connect_timeout=2.0,
        socket_timeout=5.0,
        retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2),
    )


def describe(client: redis.Redis) -> str:
    """Host and port (or socket path) of a client, for reprs: never its password."""
    kwargs = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return str(kwargs["path"])
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"


@contextlib.contextmanager
def translated(what: str) -> Iterator[None]:
    """Raise a Redis failure during ``what`` as :class:`StoreUnavailableError` (no answer) or
    :class:`TokenStoreError` (an error answer)."""
    try:
        yield
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        raise StoreUnavailableError(f"Redis did not answer while {what}: {type(exc).__name__}") from exc
    except redis.RedisError as exc:
        raise TokenStoreError(f"Redis refused {what}: {type(exc).__name__}") from exc


class RedisBacked:
    """Something that talks to Redis through ``self.redis``: a client it was given (shared, left open by
    :meth:`close`) or one it built from a URL (its own, closed by :meth:`close`)."""

    def __init__(self, target: redis.Redis | str) -> None:
        self.redis = connect(target)
        self._owns_client = isinstance(target, str)

    def close(self) -> None:
        """Close the connections of a client built from a URL; a client passed in stays open."""
        if self._owns_client:
            self.redis.close()
