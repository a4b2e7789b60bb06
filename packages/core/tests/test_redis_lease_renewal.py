"""The renewal of a held refresh lease on a real redis-server: an error answer or a short outage does
not end it while the refresh runs, a refused release does not replace the refresh's outcome, and the
renewal ends once the lease has certainly ended or its store was closed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import FakeClock, Token, TokenManager, TokenStoreError
from carconnect.core.shared import RedisTokenStore
from carconnect.sim.redis_server import RedisServer

from .conftest import access_token, token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
LEASE_KEY = "carconnect:token:acct:lease"


@contextlib.contextmanager
def writes_refused(client: redis.Redis) -> Iterator[None]:
    """A primary whose replica lags (``min-replicas-to-write``): every write is answered ``NOREPLICAS``."""
    client.config_set("min-replicas-to-write", 1)
    try:
        yield
    finally:
        client.config_set("min-replicas-to-write", 0)


def renewals() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name == "carconnect-lease-renewal"}


def test_an_error_answer_to_a_renewal_does_not_end_the_lease(
    redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RedisTokenStore(redis_client, "acct", lease=1.2)  # renewed every 0.4 s
    with caplog.at_level(logging.WARNING, logger="carconnect"), holder.lock():
        with writes_refused(redis_client):
            time.sleep(0.6)  # one renewal is refused
        time.sleep(1.5)  # longer than the lease: only renewals kept it
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()
        holder.save(token(1))  # still the newest fence
    assert redis_client.exists(LEASE_KEY) == 0
    assert any(
        message.startswith("Redis refused renewing the refresh lease of 'acct': ResponseError: NOREPLICAS ")
        and message.endswith("; trying again")
        for message in caplog.messages
    )


class SlowLoginServer:
    """Rotates ``rt-n`` into ``rt-(n+1)`` after ``seconds`` of real time (a slow token endpoint)."""

    def __init__(self, seconds: float, spent: list[str | None]) -> None:
        self.seconds, self.spent = seconds, spent

    def refresh(self, old: Token) -> Token:
        self.spent.append(old.refresh_token)
        time.sleep(self.seconds)
        n = int(str(old.refresh_token).removeprefix("rt-")) + 1
        return Token(f"at-{n}", f"rt-{n}", expires_at=NOW + timedelta(hours=1))

    async def arefresh(self, old: Token) -> Token:
        return await asyncio.to_thread(self.refresh, old)


def test_a_refused_renewal_never_lets_a_second_worker_spend_the_refresh_token(redis_client: redis.Redis) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(Token("at-0", "rt-0", expires_at=NOW))
    spent: list[str | None] = []
    first = TokenManager(RedisTokenStore(redis_client, "acct", lease=1.2), SlowLoginServer(2.5, spent), clock=clock)
    second = TokenManager(
        RedisTokenStore(redis_client, "acct", lease=1.2, wait=10), SlowLoginServer(0, spent), clock=clock
    )
    got: list[str] = []
    refreshing = threading.Thread(target=lambda: got.append(first.get_access_token()))
    refreshing.start()
    time.sleep(0.1)
    with writes_refused(redis_client):
        time.sleep(0.6)
    got.append(second.get_access_token())  # waits for the first worker's lease
    refreshing.join()
    assert spent == ["rt-0"]
    assert got == ["at-1", "at-1"]


def test_a_refused_release_leaves_the_lease_to_expire(
    redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisTokenStore(redis_client, "acct", lease=0.5)
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        try:
            with store.lock():
                store.save(token(1))
                redis_client.config_set("min-replicas-to-write", 1)  # the replica fell behind
            # the release was refused, and nothing was raised
            assert redis_client.pttl(LEASE_KEY) > 0
        finally:
            redis_client.config_set("min-replicas-to-write", 0)
    assert any(
        message.startswith("Redis refused releasing the refresh lease of 'acct': ResponseError: NOREPLICAS ")
        and message.endswith("; the lease expires by itself")
        for message in caplog.messages
    )
    with RedisTokenStore(redis_client, "acct", wait=3).lock():  # once it expired
        pass


class RefusedRelease(RedisTokenStore):
    """Saves, then Redis starts refusing writes (its replica fell behind) until ``refusing`` is cleared."""

    refusing = False

    def save(self, token: Token) -> None:
        super().save(token)
        self.redis.config_set("min-replicas-to-write", 1)
        self.refusing = True


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refused_release_does_not_replace_the_refreshed_token(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(Token("at-0", "rt-0", expires_at=NOW))
    store = RefusedRelease(redis_client, "acct")
    spent: list[str | None] = []
    try:
        assert access_token(TokenManager(store, SlowLoginServer(0, spent), clock=clock), use_async) == "at-1"
    finally:
        redis_client.config_set("min-replicas-to-write", 0)
    assert store.refusing
    assert store.load() == Token("at-1", "rt-1", expires_at=NOW + timedelta(hours=1))


def test_renewing_stops_once_redis_was_unreachable_for_longer_than_the_lease(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisTokenStore(redis_server.url, "acct", lease=0.6)
    before = renewals()
    lease = store.lock()
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        lease.__enter__()
        try:
            (renewal,) = renewals() - before
            redis_server.kill()
            renewal.join(timeout=5)
            assert not renewal.is_alive()
        finally:
            redis_server.start()
            lease.__exit__(None, None, None)
    assert any("longer than the lease: it has ended" in message for message in caplog.messages)
    store.close()


def test_closing_the_store_stops_renewing_its_lease(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct", lease=0.6)
    before = renewals()
    lease = store.lock()
    lease.__enter__()
    try:
        (renewal,) = renewals() - before
        store.close()
        renewal.join(timeout=2)
        assert not renewal.is_alive()
        with RedisTokenStore(redis_client, "acct", wait=3).lock():  # it expired by itself
            pass
    finally:
        lease.__exit__(None, None, None)
