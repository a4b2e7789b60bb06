"""Shared state for many workers and machines on one Redis (or Valkey): ``pip install 'carconnect-core[redis]'``.

* :class:`RedisTokenStore`: a :class:`~carconnect.core.TokenStore` whose lock is a lease with fencing,
  so one rotating refresh token is spent once by all workers together.
* :class:`SlidingWindowLimiter`: N calls per window per key (Volvo's per-minute limits).
* :class:`QuotaLedger`: N calls per key while each counts (BMW's daily quota).

Each takes a ``redis.Redis`` client or a URL; those built from one URL in a process share one
connection pool. An unreachable server raises :class:`~carconnect.core.StoreUnavailableError`;
nothing is lost, and the next call reconnects. The limits decide by the server's clock
(:class:`RedisClock`), one for every worker, and count under keys that name an account.
"""

from .connection import RedisClock, connect
from .ledger import LedgerStatus, QuotaLedger, ResetRule
from .token_store import RedisTokenStore
from .window import SlidingWindowLimiter

__all__ = [
    "LedgerStatus",
    "QuotaLedger",
    "RedisClock",
    "RedisTokenStore",
    "ResetRule",
    "SlidingWindowLimiter",
    "connect",
]
