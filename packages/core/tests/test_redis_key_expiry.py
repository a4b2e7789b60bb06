"""RedisTokenStore leaves no key forever: the fence counter expires some days after its last use and a
token key some time after its login ended, and a counter that expired never lets an old lease
holder's write through (a real redis-server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import FakeClock, LeaseLostError, Token, TokenManager
from carconnect.core.shared import RedisTokenStore

from .conftest import token

KEY = "carconnect:token:acct"
FENCE = f"{KEY}:fence"
DAY = 86400


def fence_of(client: redis.Redis) -> int:
    value = client.get(FENCE)
    assert value is not None
    return int(value)


def server_microseconds(client: redis.Redis) -> int:
    seconds, micros = client.time()
    return seconds * 1_000_000 + micros


def test_the_fence_of_a_logged_out_token_expires(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct", fence_ttl=2 * DAY)
    store.save(token(1))
    store.delete()
    assert redis_client.exists(KEY) == 0
    assert 0 < redis_client.pttl(FENCE) <= 2 * DAY * 1000
    assert redis_client.pttl(FENCE) > 2 * DAY * 1000 - 60_000


def test_a_logout_through_a_token_manager_leaves_only_an_expiring_fence(redis_client: redis.Redis) -> None:
    now = datetime.now(UTC)
    clock = FakeClock(now)

    class Rotating:
        def refresh(self, old: Token) -> Token:
            return Token("at-2", "rt-2", expires_at=clock.now() + timedelta(hours=1))

        async def arefresh(self, old: Token) -> Token:
            return self.refresh(old)

    store = RedisTokenStore(redis_client, "acct")
    store.save(Token("at-1", "rt-1", expires_at=now))
    assert TokenManager(store, Rotating(), clock=clock).get_access_token() == "at-2"
    store.delete()
    assert redis_client.keys("*") == [FENCE.encode()]
    assert redis_client.ttl(FENCE) > 6 * DAY  # seven days by default


def test_every_use_of_the_fence_gives_it_a_ttl(redis_client: redis.Redis) -> None:
    redis_client.set(FENCE, 41)  # a counter without a TTL, as an earlier version left it
    store = RedisTokenStore(redis_client, "acct", fence_ttl=2 * DAY)
    with store.lock():
        assert fence_of(redis_client) == 42
        assert redis_client.pttl(FENCE) > 0
        redis_client.persist(FENCE)
        store.save(token(1))
    assert redis_client.pttl(FENCE) > 0
    redis_client.persist(FENCE)
    RedisTokenStore(redis_client, "acct").save(token(2))  # a write outside the lease
    assert fence_of(redis_client) == 43
    assert redis_client.pttl(FENCE) > 0


def test_a_holder_whose_fence_expired_cannot_write(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    store.save(token(1))
    with store.lock():
        redis_client.delete(FENCE)  # as when it expires: the holder stalled that long
        with pytest.raises(LeaseLostError, match="newest expired"):
            store.save(token(2))
    assert store.load() == token(1)


@pytest.mark.parametrize("made_anew_by", ["login", "lease"])
def test_a_counter_made_anew_starts_above_every_fence_the_old_one_handed_out(
    redis_client: redis.Redis, made_anew_by: str
) -> None:
    redis_client.set(FENCE, 5)
    old_holder = RedisTokenStore(redis_client, "acct", wait=0)
    web = RedisTokenStore(redis_client, "acct")
    with old_holder.lock():  # fence 6
        web.delete()  # a logout: fence 7
        redis_client.delete(FENCE)  # ... which expired a week later, the holder still stalled
        before = server_microseconds(redis_client)
        if made_anew_by == "login":
            web.save(token(9))
        else:
            redis_client.delete(f"{KEY}:lease")  # the stalled holder's lease ran out long ago
            with web.lock():
                pass
        assert fence_of(redis_client) >= before
        with pytest.raises(LeaseLostError):
            old_holder.save(token(2))
    assert web.load() == (token(9) if made_anew_by == "login" else None)


def test_a_token_key_expires_some_time_after_its_login_ends(redis_client: redis.Redis) -> None:
    ends = datetime.now(UTC) + timedelta(days=1)
    store = RedisTokenStore(redis_client, "acct")  # thirty days by default
    store.save(Token("at-1", "rt-1", expires_at=ends, refresh_expires_at=ends, login_expires_at=ends + timedelta(1)))
    assert 30 * DAY < redis_client.ttl(KEY) <= 31 * DAY
    store.save(token(2))  # a token whose login end is unknown does not expire
    assert redis_client.ttl(KEY) == -1
    ended = datetime(2020, 1, 1, tzinfo=UTC)  # written with a clock far behind: kept rather than dropped
    store.save(Token("at-3", "rt-3", expires_at=ended, refresh_expires_at=ended))
    assert redis_client.ttl(KEY) == -1
    assert store.load() is not None
    never = RedisTokenStore(redis_client, "acct", keep_ended_for=None)
    never.save(Token("at-4", "rt-4", expires_at=ends, refresh_expires_at=ends))
    assert redis_client.ttl(KEY) == -1


def test_the_fence_must_outlive_the_hold() -> None:
    with pytest.raises(ValueError, match="fence_ttl"):
        RedisTokenStore("redis://127.0.0.1:1/0", "acct", hold=600, fence_ttl=600)
    with pytest.raises(ValueError, match="keep_ended_for"):
        RedisTokenStore("redis://127.0.0.1:1/0", "acct", keep_ended_for=-1)
