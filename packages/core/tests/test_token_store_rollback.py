"""TokenManager: a store that went back to an older token (Redis restarted from an older snapshot, or
failed over to a replica that had not caught up) never makes the manager send a refresh token it has
already spent (a real redis-server, FakeClock)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import (
    FakeClock,
    ReauthorizationRequiredError,
    StoreUnavailableError,
    Token,
    TokenManager,
    TokenStoreError,
)
from carconnect.core.shared import RedisTokenStore

from .conftest import access_token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
KEY = "carconnect:token:acct"
NEW_LOGIN = Token("at-new", "rt-new", expires_at=NOW + timedelta(hours=2))
WENT_BACK = "went back to an older token"


class Rotating:
    """Rotates ``rt-n`` into ``at-(n+1)``/``rt-(n+1)``, valid for an hour of ``clock``, as a vendor
    with reuse detection would: every refresh token it was sent is recorded in ``spent``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.spent: list[str | None] = []

    def refresh(self, old: Token) -> Token:
        self.spent.append(old.refresh_token)
        n = int(str(old.refresh_token).removeprefix("rt-")) + 1
        return Token(
            f"at-{n}",
            f"rt-{n}",
            expires_at=self.clock.now() + timedelta(hours=1),
            refresh_expires_at=self.clock.now() + timedelta(days=7),
        )

    async def arefresh(self, old: Token) -> Token:
        return self.refresh(old)


def snapshot(client: redis.Redis) -> Callable[[], None]:
    """What Redis holds for the account now; calling the result puts it back, token and fence counter
    alike, as a restart from this snapshot (or a failover to a replica this far behind) would."""
    keys = [KEY, f"{KEY}:fence"]
    dumps = {key: client.dump(key) for key in keys}

    def restore() -> None:
        for key, dumped in dumps.items():
            assert isinstance(dumped, bytes)
            client.restore(key, 0, dumped, replace=True)

    return restore


def stale(n: int = 0) -> Token:
    return Token(f"at-{n}", f"rt-{n}", expires_at=NOW)


def secrets_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [word for word in ("at-", "rt-") if word in caplog.text]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("how", ["get", "keep_alive"])
def test_a_store_gone_back_to_a_spent_token_gets_the_newer_one_again(
    redis_client: redis.Redis, caplog: pytest.LogCaptureFixture, use_async: bool, how: str
) -> None:
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    store.save(stale())
    went_back = snapshot(redis_client)
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"  # rt-0 spent, rt-1 stored
    went_back()
    assert store.load() == stale()

    clock.advance(timedelta(days=6, hours=12).total_seconds())  # at-1 is stale, rt-1 idles out soon
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        if how == "get":
            assert access_token(manager, use_async) == "at-2"
        elif use_async:
            assert asyncio.run(manager.akeep_alive()) is True
        else:
            assert manager.keep_alive() is True
    assert refresher.spent == ["rt-0", "rt-1"]  # never rt-0 again
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-2"
    assert [record.levelno for record in caplog.records if WENT_BACK in record.getMessage()] == [logging.WARNING]
    assert "redis key carconnect:token:acct" in caplog.text
    assert secrets_in(caplog) == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_fresh_token_the_manager_never_held_is_used_as_a_new_login(
    redis_client: redis.Redis, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    store.save(stale())
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"
    RedisTokenStore(redis_client, "acct").save(NEW_LOGIN)
    clock.advance(3600)
    assert access_token(manager, use_async) == "at-new"
    assert store.load() == NEW_LOGIN
    assert refresher.spent == ["rt-0"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_spent_token_back_after_a_logout_is_not_sent(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    store.save(stale())
    went_back = snapshot(redis_client)
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"
    RedisTokenStore(redis_client, "acct").delete()  # the user logs out
    clock.advance(3600)
    with pytest.raises(ReauthorizationRequiredError, match=r"logged out"):
        access_token(manager, use_async)  # an empty store is still a logout
    went_back()  # and then Redis comes back with the token from before the refresh
    with pytest.raises(ReauthorizationRequiredError, match="already spent") as raised:
        access_token(manager, use_async)
    assert raised.value.code == "login_required"
    assert refresher.spent == ["rt-0"]
    assert "rt-" not in str(raised.value)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_login_stored_while_the_newer_token_is_put_back_wins(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)

    class LoginAfterLoad(RedisTokenStore):
        """Another process stores a new login right after this store read the rolled-back token."""

        login_next = False

        def load(self) -> Token | None:
            stored = super().load()
            if self.login_next and stored is not None and stored.refresh_token == "rt-0":
                self.login_next = False
                RedisTokenStore(redis_client, "acct").save(NEW_LOGIN)
            return stored

    store = LoginAfterLoad(redis_client, "acct")
    store.save(stale())
    went_back = snapshot(redis_client)
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"
    went_back()
    store.login_next = True
    clock.advance(3600)
    assert access_token(manager, use_async) == "at-new"
    assert store.load() == NEW_LOGIN
    assert refresher.spent == ["rt-0"]


class OutageRedis(RedisTokenStore):
    """A real Redis whose saves fail while ``down``, as when it stopped answering."""

    down = False

    def save(self, token: Token) -> None:
        if self.down:
            raise StoreUnavailableError("Redis did not answer while saving token 'acct': ConnectionError")
        super().save(token)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_kept_token_is_saved_over_a_token_spent_before_the_one_it_was_refreshed_from(
    redis_client: redis.Redis, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    store = OutageRedis(redis_client, "acct")
    store.save(stale())
    went_back = snapshot(redis_client)
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock, save_retry_for=5)
    assert access_token(manager, use_async) == "at-1"  # rt-0 spent, rt-1 stored
    clock.advance(3600)
    store.down = True
    with pytest.raises(TokenStoreError, match="this process keeps it"):
        access_token(manager, use_async)  # rt-1 spent, rt-2 kept in memory
    store.down = False
    went_back()  # the store holds rt-0, spent before rt-1
    assert access_token(manager, use_async) == "at-2"
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-2"
    clock.advance(3600)
    assert access_token(manager, use_async) == "at-3"
    assert refresher.spent == ["rt-0", "rt-1", "rt-2"]
