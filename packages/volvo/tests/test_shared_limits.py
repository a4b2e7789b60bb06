"""Volvo's limits shared on a real Redis: workers together stay under 100 requests and 10 commands a
minute per user, counted per ``for_user`` key."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest
import redis
import respx

from carconnect.core import FakeClock, QuotaExceededError, RateLimitError, StoreUnavailableError
from carconnect.core.shared import SlidingWindowLimiter
from carconnect.sim.redis_server import RedisServer
from carconnect.volvo import API_URL, AsyncVolvoClient, RateLimiter, VolvoClient

VIN = "YV1ABCDEFG1234567"
API_KEY = "test-vcc-api-key"
DOORS = f"/connected-vehicle/v2/vehicles/{VIN}/doors"
LOCK = f"/connected-vehicle/v2/vehicles/{VIN}/commands/lock"


@pytest.fixture
def api() -> respx.Router:
    router = respx.Router(base_url=API_URL, assert_all_called=False)
    router.get(DOORS).respond(200, json={"data": {}})
    router.post(LOCK).respond(200, json={"data": {"vin": VIN, "invokeStatus": "COMPLETED"}})
    return router


@pytest.fixture
def window(carconnect_redis: RedisServer, clock: FakeClock) -> Iterator[SlidingWindowLimiter]:
    limiter = SlidingWindowLimiter(carconnect_redis.url, limit=100, clock=clock)
    yield limiter
    limiter.close()


def worker(api: respx.Router, limiter: RateLimiter, clock: FakeClock, api_key: str = API_KEY) -> VolvoClient:
    """One worker's client: its own connections, the shared limits."""
    return VolvoClient(
        "t", api_key=api_key, transport=httpx.MockTransport(api.handler), rate_limit=limiter, clock=clock
    )


def test_two_workers_share_one_users_minute(api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock) -> None:
    with (
        worker(api, RateLimiter.shared(window, key="alice"), clock) as one,
        worker(api, RateLimiter.shared(window, key="alice"), clock) as two,
    ):
        alice_one, alice_two = one.for_user("t1", key="alice"), two.for_user("t2", key="alice")
        for _ in range(50):
            alice_one.doors(VIN)
            alice_two.doors(VIN)
        assert clock.sleeps == []
        two.for_user("t3", key="bob").doors(VIN)  # another user counts apart
        assert clock.sleeps == []
        alice_one.doors(VIN)  # the 101st call of alice in this minute waits for the first slot to free
    assert clock.sleeps == [pytest.approx(61.0)]
    assert len(api.calls) == 102


def test_commands_count_against_both_limits_across_workers(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    with (
        worker(api, RateLimiter.shared(window, key="alice"), clock) as one,
        worker(api, RateLimiter.shared(window, key="alice"), clock) as two,
    ):
        for client in (one, two) * 5:
            assert client.lock(VIN).succeeded
        assert clock.sleeps == []
        two.lock(VIN)  # the 11th command of the client's own account ("default")
        assert clock.sleeps == [pytest.approx(61.0)]
        for _ in range(89):  # the 11 commands were requests too: 89 reads fill this minute
            one.doors(VIN)
        assert clock.sleeps == [pytest.approx(61.0)]


def test_a_slot_beyond_max_wait_is_refused_unsent(api: respx.Router, carconnect_redis: RedisServer) -> None:
    clock = FakeClock()
    strict = SlidingWindowLimiter(carconnect_redis.url, limit=1, max_wait=5.0, clock=clock)
    with worker(api, RateLimiter.shared(strict, key="carol"), clock) as client:
        client.doors(VIN)
        with pytest.raises(RateLimitError) as refused:
            client.doors(VIN)
    assert refused.value.code == "client_rate_limit"
    assert refused.value.retry_after == pytest.approx(61.0)
    assert len(api.calls) == 1
    strict.close()


def test_threads_of_many_workers_never_exceed_the_limit(api: respx.Router, carconnect_redis: RedisServer) -> None:
    clock = FakeClock()  # never advanced by the threads: every slot they get beyond the limit is a wait
    backend = SlidingWindowLimiter(carconnect_redis.url, limit=100, max_wait=None, clock=clock)
    limiters = [RateLimiter.shared(backend, key="dave") for _ in range(4)]
    waits: list[float] = []
    lock = threading.Lock()

    def run(limiter: RateLimiter) -> None:
        for _ in range(30):
            wait = limiter.reserve(httpx.Request("GET", f"{API_URL}{DOORS}"))
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=run, args=(limiter,)) for limiter in limiters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(waits) == [0.0] * 100 + [pytest.approx(61.0)] * 20
    backend.close()


def test_a_shared_limiter_needs_the_account_it_counts_for(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    with worker(api, RateLimiter.shared(window), clock) as client:
        with pytest.raises(ValueError, match="names no account"):
            client.doors(VIN)  # every client would count under one key
        client.for_user("t1", key="frank").doors(VIN)  # a named user is the account


def test_per_vehicle_keys_and_repr(window: SlidingWindowLimiter) -> None:
    limiter = RateLimiter.shared(window, key="alice", per_vehicle=True)
    other = "YV1OTHERVIN123456"
    for _ in range(100):
        limiter.reserve(httpx.Request("GET", f"{API_URL}{DOORS}"))
    assert limiter.reserve(httpx.Request("GET", f"{API_URL}/connected-vehicle/v2/vehicles/{other}/doors")) == 0.0
    assert "RateLimiter.shared(SlidingWindowLimiter(" in repr(limiter)
    assert limiter.blocking


async def test_async_workers_wait_off_the_event_loop(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    transport = httpx.MockTransport(api.handler)
    async with AsyncVolvoClient(
        "t", api_key=API_KEY, transport=transport, rate_limit=RateLimiter.shared(window, key="alice"), clock=clock
    ) as client:
        erin = client.for_user("t1", key="erin")
        for _ in range(100):
            await erin.doors(VIN)
        assert clock.sleeps == []
        await erin.doors(VIN)
    assert clock.sleeps == [pytest.approx(61.0)]


def test_a_slot_given_back_is_free_again_for_every_worker(window: SlidingWindowLimiter, clock: FakeClock) -> None:
    one, two = RateLimiter.shared(window, key="alice"), RateLimiter.shared(window, key="alice")
    lock = httpx.Request("POST", f"{API_URL}{LOCK}")
    for _ in range(10):
        assert one.reserve(httpx.Request("POST", f"{API_URL}{LOCK}")) == 0.0
    assert one.reserve(lock) == pytest.approx(61.0)
    one.release(lock)  # cancelled while it waited: never sent
    assert two.reserve(httpx.Request("POST", f"{API_URL}{LOCK}")) == pytest.approx(61.0)  # not 122
    # and the command limit's slot went with the request limit's: 89 reads still fit in this minute
    assert [two.reserve(httpx.Request("GET", f"{API_URL}{DOORS}")) for _ in range(89)] == [0.0] * 89


QUOTA = {"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:10:00."}


def test_the_quota_block_is_seen_by_every_worker_of_the_application(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    doors = api.get(DOORS).respond(403, json=QUOTA)
    with (
        worker(api, RateLimiter.shared(window, key="alice"), clock) as one,
        worker(api, RateLimiter.shared(window, key="other-account"), clock) as two,
        worker(api, RateLimiter.shared(window, key="alice", application="another-app"), clock) as elsewhere,
    ):
        with pytest.raises(QuotaExceededError) as answered:
            one.doors(VIN)
        assert "local" not in answered.value.details
        clock.advance(60)
        with pytest.raises(QuotaExceededError) as refused:
            two.for_user("t2", key="zoe").lock(VIN)
        assert refused.value.details["local"] is True
        assert refused.value.retry_after == pytest.approx(540.0)
        assert doors.call_count == 1
        with pytest.raises(QuotaExceededError) as other_app:
            elsewhere.doors(VIN)  # another application's quota: sent
        assert "local" not in other_app.value.details
        assert doors.call_count == 2
        clock.advance(540)
        doors.respond(200, json={"data": {}})
        two.doors(VIN)
    assert doors.call_count == 3


async def test_async_workers_see_the_quota_block(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    doors = api.get(DOORS).respond(403, json=QUOTA)
    transport = httpx.MockTransport(api.handler)
    async with (
        AsyncVolvoClient(
            "t", api_key=API_KEY, transport=transport, rate_limit=RateLimiter.shared(window, key="alice"), clock=clock
        ) as one,
        AsyncVolvoClient(
            "t", api_key=API_KEY, transport=transport, rate_limit=RateLimiter.shared(window, key="alice"), clock=clock
        ) as two,
    ):
        with pytest.raises(QuotaExceededError):
            await one.doors(VIN)
        with pytest.raises(QuotaExceededError) as refused:
            await two.doors(VIN)
    assert refused.value.details["local"] is True
    assert doors.call_count == 1


def quota_403_for(api_key: str) -> Callable[[httpx.Request], httpx.Response]:
    """Volvo answering for each application: the quota of ``api_key``'s is used up, the others' is not."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers["vcc-api-key"] == api_key:
            return httpx.Response(403, json=QUOTA)
        return httpx.Response(200, json={"data": {}})

    return answer


def test_each_vcc_api_key_has_its_own_quota_block(
    api: respx.Router, window: SlidingWindowLimiter, carconnect_redis: RedisServer, clock: FakeClock
) -> None:
    doors = api.get(DOORS).mock(side_effect=quota_403_for("key-A"))
    with (
        worker(api, RateLimiter.shared(window, key="alice"), clock, api_key="key-A") as app_a,
        worker(api, RateLimiter.shared(window, key="alice"), clock, api_key="key-A") as other_worker_a,
        worker(api, RateLimiter.shared(window, key="bob"), clock, api_key="key-B") as app_b,
    ):
        with pytest.raises(QuotaExceededError):
            app_a.doors(VIN)
        with pytest.raises(QuotaExceededError) as refused:
            other_worker_a.doors(VIN)
        assert refused.value.details["local"] is True
        app_b.doors(VIN)  # another application's quota is not spent
        assert doors.call_count == 2
    digest = hashlib.sha256(b"key-A").hexdigest()[:16]  # the key itself is a secret: never in a key name
    keys = redis.Redis.from_url(carconnect_redis.url).keys("*volvo-quota*")
    assert keys == [f"carconnect:ratelimit:volvo-quota:{digest}".encode()]


async def test_async_clients_of_another_vcc_api_key_are_not_blocked(
    api: respx.Router, window: SlidingWindowLimiter, clock: FakeClock
) -> None:
    doors = api.get(DOORS).mock(side_effect=quota_403_for("key-A"))
    transport = httpx.MockTransport(api.handler)
    limiter = RateLimiter.shared(window, key="alice")
    async with (
        AsyncVolvoClient("t", api_key="key-A", transport=transport, rate_limit=limiter, clock=clock) as app_a,
        AsyncVolvoClient("t", api_key="key-B", transport=transport, rate_limit=limiter, clock=clock) as app_b,
    ):
        with pytest.raises(QuotaExceededError):
            await app_a.doors(VIN)
        await app_b.doors(VIN)  # even on the same limiter: the block is per key
        with pytest.raises(QuotaExceededError) as refused:
            await app_a.doors(VIN)
    assert refused.value.details["local"] is True
    assert doors.call_count == 2


def gets(server: redis.Redis) -> int:
    """The GET commands the Redis server ran since its statistics were reset."""
    stats = server.info("commandstats")
    return int(stats.get("cmdstat_get", {}).get("calls", 0))


def test_a_worker_reads_the_shared_block_at_most_once_a_second(
    api: respx.Router, window: SlidingWindowLimiter, carconnect_redis: RedisServer, clock: FakeClock
) -> None:
    server = redis.Redis.from_url(carconnect_redis.url)
    doors = api.get(DOORS).respond(200, json={"data": {}})
    with (
        worker(api, RateLimiter.shared(window, key="alice"), clock) as one,
        worker(api, RateLimiter.shared(window, key="alice"), clock) as two,
    ):
        server.config_resetstat()
        for _ in range(20):
            one.doors(VIN)
        assert gets(server) == 1
        clock.advance(1)
        one.doors(VIN)
        two.doors(VIN)
        assert gets(server) == 3
        doors.respond(403, json=QUOTA)
        with pytest.raises(QuotaExceededError):
            one.doors(VIN)
        with pytest.raises(QuotaExceededError) as own:
            one.doors(VIN)  # the block this worker recorded applies at once
        assert own.value.details["local"] is True
        with pytest.raises(QuotaExceededError) as answered:
            two.doors(VIN)  # the other worker read the block less than a second ago
        assert "local" not in answered.value.details
        clock.advance(1)
        with pytest.raises(QuotaExceededError) as seen:
            two.doors(VIN)
        assert seen.value.details["local"] is True
    assert doors.call_count == 24


def test_an_unreachable_redis_refuses_before_sending(api: respx.Router, clock: FakeClock) -> None:
    unreachable = SlidingWindowLimiter("redis://127.0.0.1:1/0", limit=100, clock=clock)
    with (
        worker(api, RateLimiter.shared(unreachable, key="alice"), clock) as client,
        pytest.raises(StoreUnavailableError),
    ):
        client.doors(VIN)
    assert len(api.calls) == 0
    unreachable.close()
