"""Client-side rate limiting: a polling loop waits for Volvo's limits instead of earning a 429."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from carconnect.core import FakeClock, RateLimitError, RetryPolicy, TransportError
from carconnect.volvo import API_URL, AsyncVolvoClient, RateLimiter, VolvoClient

VIN = "YV1ABCDEFG1234567"
OTHER_VIN = "YV1OTHERVIN123456"
ODOMETER = f"/connected-vehicle/v2/vehicles/{VIN}/odometer"


def read(vin: str = VIN) -> httpx.Request:
    return httpx.Request("GET", f"{API_URL}/connected-vehicle/v2/vehicles/{vin}/doors")


def command(vin: str = VIN, name: str = "lock") -> httpx.Request:
    return httpx.Request("POST", f"{API_URL}/connected-vehicle/v2/vehicles/{vin}/commands/{name}")


def waits(limiter: RateLimiter, requests: list[httpx.Request]) -> list[float]:
    return [limiter.reserve(request) for request in requests]


def test_100_reads_a_minute_go_at_once_the_next_waits(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    assert waits(limiter, [read()] * 100) == [0.0] * 100
    assert limiter.reserve(read()) == 61.0
    clock.advance(30)
    assert limiter.reserve(read()) == 31.0


def test_the_window_slides(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    for _ in range(100):
        limiter.reserve(read())
        clock.advance(0.5)
    assert limiter.reserve(read()) == pytest.approx(11.0)
    clock.advance(61)
    assert limiter.reserve(read()) == 0.0


def test_10_commands_a_minute_and_they_count_as_requests(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    assert waits(limiter, [command()] * 10) == [0.0] * 10
    assert limiter.reserve(command(name="honk")) == 61.0
    assert waits(limiter, [read()] * 90) == [0.0] * 90
    assert limiter.reserve(read()) == 61.0


def test_reads_do_not_queue_behind_a_waiting_command(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    waits(limiter, [command()] * 10)
    assert limiter.reserve(command()) == 61.0
    assert limiter.reserve(read()) == 0.0


def test_limits_per_vehicle_when_asked(clock: FakeClock) -> None:
    shared = RateLimiter(clock=clock)
    apart = RateLimiter(clock=clock, per_vehicle=True)
    for limiter in (shared, apart):
        waits(limiter, [command(VIN)] * 10)
    assert shared.reserve(command(OTHER_VIN)) == 61.0
    assert apart.reserve(command(OTHER_VIN)) == 0.0


def test_a_wait_beyond_max_wait_raises_without_taking_a_slot(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, commands_per_minute=1, max_wait=10)
    limiter.reserve(command())
    with pytest.raises(RateLimitError) as raised:
        limiter.reserve(command())
    assert raised.value.code == "client_rate_limit"
    assert raised.value.retry_after == 61.0
    assert raised.value.status_code is None
    clock.advance(61)
    assert limiter.reserve(command()) == 0.0


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        RateLimiter(requests_per_minute=0)


# ---- inside the clients ------------------------------------------------------------------------


def test_a_polling_loop_waits_instead_of_sending(client: VolvoClient, router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(200, json={"data": {}})
    for _ in range(150):
        client.odometer(VIN)
    assert route.call_count == 150
    assert clock.sleeps == [61.0]


async def test_the_async_client_waits_too(aclient: AsyncVolvoClient, router: respx.Router, clock: FakeClock) -> None:
    route = router.post(f"/connected-vehicle/v2/vehicles/{VIN}/commands/flash").respond(
        200, json={"data": {"invokeStatus": "COMPLETED"}}
    )
    for _ in range(12):
        await aclient.flash(VIN)
    assert route.call_count == 12
    assert clock.sleeps == [61.0]


def test_rate_limiting_can_be_turned_off(router: respx.Router, clock: FakeClock) -> None:
    router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=False) as volvo:
        for _ in range(150):
            volvo.odometer(VIN)
        assert volvo.rate_limiter is None
    assert clock.sleeps == []


def test_one_limiter_is_shared_by_sync_and_async_clients(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=2)
    router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter) as volvo:
        volvo.odometer(VIN)
        volvo.odometer(VIN)
    asynchronous = AsyncVolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter)
    assert asynchronous.rate_limiter is limiter
    assert limiter.reserve(read()) == 61.0


def test_retries_pass_through_the_limiter(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=2)
    route = router.get(ODOMETER)
    route.side_effect = [
        httpx.Response(503),
        httpx.Response(200, json={"data": {}}),
        httpx.Response(200, json={"data": {}}),
    ]
    transport = httpx.MockTransport(router.handler)
    retry = RetryPolicy(rng=lambda: 0.0)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, retry=retry, rate_limit=limiter) as volvo:
        volvo.odometer(VIN)
        assert clock.sleeps == [0.5]
        volvo.odometer(VIN)
    assert clock.sleeps == [0.5, 60.5]
    assert route.call_count == 3


def test_the_limiter_refuses_before_sending(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=1, max_wait=0)
    route = router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter) as volvo:
        volvo.odometer(VIN)
        with pytest.raises(RateLimitError, match="client-side rate limit"):
            volvo.odometer(VIN)
    assert route.call_count == 1


def test_a_slot_given_back_is_free_again(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=1)
    assert limiter.reserve(read()) == 0.0
    waiting = read()
    assert limiter.reserve(waiting) == 61.0
    limiter.release(waiting)  # cancelled while it waited: never sent
    assert limiter.reserve(read()) == 61.0  # not 122: the given-back slot counts no more


def test_an_attempt_that_never_reached_volvo_frees_its_slot(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=1)
    route = router.get(ODOMETER)
    route.side_effect = [httpx.ConnectError("refused"), httpx.Response(200, json={"data": {}})]
    transport = httpx.MockTransport(router.handler)
    retry = RetryPolicy(rng=lambda: 0.0)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, retry=retry, rate_limit=limiter) as volvo:
        volvo.odometer(VIN)
    assert clock.sleeps == [0.5]  # the backoff only: the refused attempt's slot was given back
    assert route.call_count == 2


def test_an_attempt_a_proxy_refused_frees_its_slot(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=1)
    router.get(ODOMETER).mock(side_effect=httpx.ProxyError("407 Proxy Authentication Required"))
    transport = httpx.MockTransport(router.handler)
    volvo = VolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter)
    with volvo, pytest.raises(TransportError):
        volvo.odometer(VIN)
    assert limiter.reserve(read()) == 0.0  # Volvo never saw the refused attempt


class WaitsUntilCancelled(FakeClock):
    async def asleep(self, seconds: float) -> None:
        await asyncio.Event().wait()


async def test_a_cancelled_wait_frees_its_slot(router: respx.Router) -> None:
    clock = WaitsUntilCancelled()
    limiter = RateLimiter(clock=clock, requests_per_minute=1)
    router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    async with AsyncVolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter) as volvo:
        await volvo.odometer(VIN)
        waiting = asyncio.ensure_future(volvo.odometer(VIN))
        await asyncio.sleep(0.01)  # it waits 61 s for its slot
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
    assert limiter.reserve(read()) == 61.0  # the first read's slot only


def test_windows_of_users_gone_quiet_are_forgotten(router: respx.Router, clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    with VolvoClient("t", api_key="k", transport=transport, clock=clock, rate_limit=limiter) as volvo:
        for _ in range(1000):  # a view per request with a token string: a new user key each time
            volvo.for_user("user-token").odometer(VIN)
            clock.advance(1)
    assert clock.sleeps == []
    assert len(limiter._windows) < 300  # the last minute's users (and a sweep's slack), not 1,000


def test_a_quiet_service_forgets_windows_on_the_clock(clock: FakeClock) -> None:
    """Too few calls for the count to trigger a sweep: a window length on the clock does."""
    limiter = RateLimiter(clock=clock, per_vehicle=True)
    for index in range(100):
        limiter.reserve(read(f"YV1{index:014d}"))
    clock.advance(61)
    limiter.reserve(read())
    assert len(limiter._windows) == 1


def test_a_command_booked_ahead_holds_back_no_read_that_fits(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    waits(limiter, [command()] * 10 + [read()] * 89)  # 99 requests in this minute, 10 of them commands
    assert limiter.reserve(command()) == 61.0  # the 11th command goes in the next minute
    clock.advance(1)
    assert limiter.reserve(read()) == 0.0  # the 100th request of this minute: it fits now
    assert limiter.reserve(read()) == 60.0  # the 101st waits until the first minute's sends leave


def test_no_window_ever_holds_more_than_the_limit(clock: FakeClock) -> None:
    import random

    chance = random.Random(7)
    limiter = RateLimiter(clock=clock, requests_per_minute=5, commands_per_minute=2, window=10.0, max_wait=None)
    sent: list[float] = []
    for _ in range(400):
        clock.advance(chance.choice([0.0, 0.0, 0.5, 1.0, 3.0]))
        wait = limiter.reserve(command() if chance.random() < 0.3 else read())
        sent.append(clock.monotonic() + wait)
    sent.sort()
    for index, start in enumerate(sent):
        inside = [moment for moment in sent[index:] if moment < start + 10.0]
        assert len(inside) <= 5


def test_a_sweep_never_forgets_the_window_a_call_is_taking(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, requests_per_minute=2, per_vehicle=True)
    for number in range(255):  # other cars' windows, each with a slot: the next new window sweeps
        limiter.reserve(read(f"YV1OTHER{number:09d}"))
    waits = [limiter.reserve(command()), limiter.reserve(read()), limiter.reserve(read())]
    assert waits == [0.0, 0.0, 61.0]  # the command's slot counted: the car's third request waits
