"""Work done in spawned processes by test_redis_processes: each builds its own clients, waits for a
common start moment so all of them contend at once, and returns what it observed."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

from carconnect.core import QuotaExceededError, TokenManager
from carconnect.core.oauth import OAuthClient, OAuthConfig
from carconnect.core.shared import QuotaLedger, RedisTokenStore, SlidingWindowLimiter


def ready(started: threading.Barrier) -> None:
    """Pool initializer: tell the test this worker has imported everything it needs."""
    started.wait(timeout=60)


def _start(at: float) -> None:
    if time.time() > at:
        raise RuntimeError("this worker started late: the test would not show processes contending")
    time.sleep(at - time.time())


def refresh_once(redis_url: str, name: str, oauth: dict[str, Any], start_at: float) -> tuple[str, int]:
    """Get the account's access token through a token manager on the shared store; (token, refreshes)."""
    store = RedisTokenStore(redis_url, name)
    with OAuthClient(OAuthConfig(**oauth)) as client:
        manager = TokenManager(store, client)
        _start(start_at)
        try:
            return manager.get_access_token(), manager.refresh_count
        finally:
            store.close()


def reserve_many(redis_url: str, limit: int, window: float, now: float, count: int, start_at: float) -> list[float]:
    """Reserve ``count`` slots at the fixed moment ``now``; the moments they were given."""
    limiter = SlidingWindowLimiter(redis_url, limit=limit, window=window, max_wait=None)
    moment = datetime.fromtimestamp(now, UTC)
    _start(start_at)
    try:
        return [now + limiter.reserve("user-1", moment) for _ in range(count)]
    finally:
        limiter.close()


def spend_many(redis_url: str, limit: int, now: float, count: int, start_at: float) -> list[int | None]:
    """Spend ``count`` calls at ``now``: calls left after each, ``None`` for a refusal."""
    ledger = QuotaLedger(redis_url, limit=limit)
    moment = datetime.fromtimestamp(now, UTC)
    _start(start_at)
    results: list[int | None] = []
    for _ in range(count):
        try:
            results.append(ledger.spend("user-1", moment))
        except QuotaExceededError:
            results.append(None)
    ledger.close()
    return results
