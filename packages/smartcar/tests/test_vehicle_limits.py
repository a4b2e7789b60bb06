"""A vehicle's own limits are remembered: after ``RATE_LIMIT:VEHICLE`` or ``BILLING:VEHICLE_REQUEST_LIMIT``
that vehicle's calls are refused locally, unsent, while other vehicles' calls go on."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
import respx

from carconnect.core import FakeClock, QuotaExceededError, RateLimitError
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient, VehicleLimitPolicy
from carconnect.smartcar.retry import PROBE_WINDOW, QUOTA_COOL_OFF

from .conftest import API, TOKEN, V3, VEHICLE, make_async_client

OTHER = "vehicle-2"
ODOMETER = f"{API}/vehicles/{VEHICLE}/odometer"
OTHER_ODOMETER = f"{API}/vehicles/{OTHER}/odometer"
SECURITY = f"{API}/vehicles/{VEHICLE}/security"
V3_SIGNAL = f"{V3}/vehicles/{VEHICLE}/signals/odometer-traveleddistance"
READING = httpx.Response(200, json={"distance": 10})


def error(status: int, kind: str, code: str, **headers: str) -> httpx.Response:
    body = {"type": kind, "code": code, "description": f"{kind}:{code}", "statusCode": status, "resolution": None}
    return httpx.Response(status, json=body, headers=headers)


VEHICLE_RATE_LIMIT = error(429, "RATE_LIMIT", "VEHICLE", **{"Retry-After": "600"})
REQUEST_LIMIT = error(430, "BILLING", "VEHICLE_REQUEST_LIMIT")


def test_a_vehicle_rate_limit_refuses_that_vehicles_calls_until_retry_after(
    router: respx.Router, client: SmartcarClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.smartcar")
    odometer = router.get(ODOMETER).mock(side_effect=[VEHICLE_RATE_LIMIT, READING])
    security = router.post(SECURITY).respond(200, json={"status": "success"})
    signal = router.get(V3_SIGNAL).respond(200, json={})
    other = router.get(OTHER_ODOMETER).mock(return_value=READING)
    with pytest.raises(RateLimitError) as answered:
        client.odometer(VEHICLE)
    assert "local" not in answered.value.details
    clock.advance(100)
    for call in (
        lambda: client.odometer(VEHICLE),
        lambda: client.lock(VEHICLE),
        lambda: client.v3.signal(VEHICLE, "odometer-traveleddistance"),
    ):
        with pytest.raises(RateLimitError) as refused:
            call()
        assert (refused.value.code, refused.value.status_code) == ("VEHICLE", None)
        assert refused.value.retry_after == pytest.approx(500.0)
        assert refused.value.details["local"] is True
    assert (odometer.call_count, security.call_count, signal.call_count) == (1, 0, 0)
    assert client.odometer(OTHER).data.distance == 10  # another vehicle is unaffected
    assert other.call_count == 1
    clock.advance(500)
    assert client.odometer(VEHICLE).data.distance == 10
    assert odometer.call_count == 2
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert warnings == [
        f"GET /v2.0/vehicles/{VEHICLE}/odometer: Smartcar answered RATE_LIMIT:VEHICLE; "
        "this vehicle's calls are refused locally for 600 s"
    ]
    assert TOKEN not in caplog.text


async def test_the_async_client_remembers_a_vehicle_rate_limit(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).mock(return_value=VEHICLE_RATE_LIMIT)
    async with make_async_client(router, clock) as client:
        for _ in range(3):
            with pytest.raises(RateLimitError) as raised:
                await client.odometer(VEHICLE)
    assert route.call_count == 1
    assert raised.value.details["local"] is True


def test_a_vehicle_rate_limit_longer_than_a_day_blocks_for_a_day(
    router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    huge = error(429, "RATE_LIMIT", "VEHICLE", **{"Retry-After": "999999999999"})  # epoch milliseconds
    route = router.get(ODOMETER).mock(side_effect=[huge, READING])
    for _ in range(2):
        with pytest.raises(RateLimitError) as raised:
            client.odometer(VEHICLE)
    assert raised.value.details["local"] is True
    assert raised.value.retry_after == 86_400.0
    clock.advance(86_400)
    assert client.odometer(VEHICLE).data.distance == 10
    assert route.call_count == 2


def test_a_vehicle_rate_limit_without_retry_after_blocks_nothing(router: respx.Router, client: SmartcarClient) -> None:
    route = router.get(ODOMETER).mock(return_value=error(429, "RATE_LIMIT", "VEHICLE"))
    for _ in range(2):
        with pytest.raises(RateLimitError):
            client.odometer(VEHICLE)
    assert route.call_count == 2


def test_the_monthly_request_limit_cools_off_then_one_call_probes(
    router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    route = router.get(ODOMETER).mock(side_effect=[REQUEST_LIMIT, REQUEST_LIMIT, READING, READING])
    with pytest.raises(QuotaExceededError) as answered:
        client.odometer(VEHICLE)
    assert answered.value.retry_after is None  # Smartcar states no reset
    clock.advance(3599)
    with pytest.raises(QuotaExceededError) as refused:
        client.odometer(VEHICLE)
    assert refused.value.code == "VEHICLE_REQUEST_LIMIT"
    assert refused.value.retry_after == pytest.approx(1.0)
    assert refused.value.details["local"] is True
    assert route.call_count == 1
    clock.advance(1)
    with pytest.raises(QuotaExceededError) as probed:
        client.odometer(VEHICLE)  # the probe: still spent, another cool-off
    assert "local" not in probed.value.details
    assert route.call_count == 2
    clock.advance(3599)
    with pytest.raises(QuotaExceededError):
        client.odometer(VEHICLE)
    clock.advance(1)
    assert client.odometer(VEHICLE).data.distance == 10  # the probe found the quota lifted
    assert client.odometer(VEHICLE).data.distance == 10
    assert route.call_count == 4


def test_the_cool_off_is_an_option(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).mock(side_effect=[REQUEST_LIMIT, READING])
    transport = httpx.MockTransport(router.handler)
    with SmartcarClient(TOKEN, transport=transport, clock=clock, quota_cool_off=60) as client:
        with pytest.raises(QuotaExceededError):
            client.odometer(VEHICLE)
        with pytest.raises(QuotaExceededError) as refused:
            client.odometer(VEHICLE)
        assert refused.value.retry_after == pytest.approx(60.0)
        clock.advance(60)
        client.odometer(VEHICLE)
    assert route.call_count == 2
    with pytest.raises(ValueError, match="cool_off"):
        VehicleLimitPolicy(clock, cool_off=0)


def test_while_a_probe_is_out_the_vehicles_other_calls_stay_refused(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock, cool_off=60)
    first, probe, other = (httpx.Request("GET", ODOMETER) for _ in range(3))
    policy.on_response(first, REQUEST_LIMIT)
    clock.advance(60)
    assert policy.on_request(probe) == 0.0
    with pytest.raises(QuotaExceededError):
        policy.on_request(other)
    assert policy.on_request(httpx.Request("GET", OTHER_ODOMETER)) == 0.0
    policy.on_transport_error(probe, httpx.ReadTimeout("slow", request=probe))  # no answer: the next call probes
    assert policy.on_request(other) == 0.0
    policy.on_unsent(other)  # refused by a later policy: the next call probes
    assert policy.on_request(probe) == 0.0
    policy.on_response(probe, httpx.Response(502, json={"type": "UPSTREAM", "code": "NO_RESPONSE"}))
    assert policy.on_request(other) == 0.0  # any other answer lifts the block


def test_quota_blocks_of_vehicles_no_longer_called_are_forgotten(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock, cool_off=60)
    for number in range(100):  # vehicles that hit the monthly limit once and are never read again
        policy.on_response(httpx.Request("GET", f"{API}/vehicles/gone-{number}/odometer"), REQUEST_LIMIT)
    policy.on_response(httpx.Request("GET", ODOMETER), REQUEST_LIMIT)
    clock.advance(60)
    probe = httpx.Request("GET", ODOMETER)
    assert policy.on_request(probe) == 0.0  # the busy vehicle's probe goes out; its block stays
    clock.advance(60)
    assert policy.on_request(httpx.Request("GET", OTHER_ODOMETER)) == 0.0
    assert set(policy._blocks) == {VEHICLE}  # a cool-off after they could have probed, the others are gone
    clock.advance(180)
    assert policy.on_request(httpx.Request("GET", OTHER_ODOMETER)) == 0.0
    assert not policy._blocks  # nothing pins the abandoned probe's request (its bearer token) any more


def test_a_late_shorter_limit_never_cuts_a_block_short(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock, cool_off=3600)
    policy.on_response(httpx.Request("GET", ODOMETER), REQUEST_LIMIT)
    policy.on_response(httpx.Request("GET", ODOMETER), VEHICLE_RATE_LIMIT)  # sent before the block began
    clock.advance(600)
    with pytest.raises(QuotaExceededError):
        policy.on_request(httpx.Request("GET", ODOMETER))


def test_a_probe_answered_by_another_error_lifts_the_quota_block(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock, cool_off=60)
    probe, later = httpx.Request("GET", ODOMETER), httpx.Request("GET", ODOMETER)
    policy.on_response(httpx.Request("GET", ODOMETER), REQUEST_LIMIT)
    clock.advance(60)
    assert policy.on_request(probe) == 0.0
    policy.on_response(probe, error(429, "RATE_LIMIT", "VEHICLE"))  # no Retry-After: nothing to wait for
    assert policy.on_request(later) == 0.0


def test_a_probe_that_hears_nothing_lets_the_next_call_probe_after_the_probe_window(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock)
    probe, other, next_probe = (httpx.Request("GET", ODOMETER) for _ in range(3))
    policy.on_response(httpx.Request("GET", ODOMETER), REQUEST_LIMIT)
    clock.advance(QUOTA_COOL_OFF)
    assert policy.on_request(probe) == 0.0  # then its caller gives up: no hook hears of it again
    clock.advance(PROBE_WINDOW - 1)
    with pytest.raises(QuotaExceededError) as refused:
        policy.on_request(other)
    assert refused.value.retry_after == pytest.approx(1.0)
    clock.advance(1)
    assert policy.on_request(next_probe) == 0.0
    with pytest.raises(QuotaExceededError):
        policy.on_request(other)  # the new probe is out
    policy.on_response(probe, READING)  # the abandoned probe's late answer lifts nothing
    with pytest.raises(QuotaExceededError):
        policy.on_request(other)
    policy.on_response(next_probe, REQUEST_LIMIT)  # the probe's own answer renews the cool-off
    clock.advance(QUOTA_COOL_OFF - 1)
    with pytest.raises(QuotaExceededError):
        policy.on_request(other)


def test_the_probe_window_is_never_longer_than_the_cool_off(clock: FakeClock) -> None:
    policy = VehicleLimitPolicy(clock, cool_off=30)
    policy.on_response(httpx.Request("GET", ODOMETER), REQUEST_LIMIT)
    clock.advance(30)
    assert policy.on_request(httpx.Request("GET", ODOMETER)) == 0.0
    with pytest.raises(QuotaExceededError) as refused:
        policy.on_request(httpx.Request("GET", ODOMETER))
    assert refused.value.retry_after == pytest.approx(30.0)


class Abandoned(BaseException):
    """The caller's thread gives up on its call (an interrupt): no policy hook hears of it."""


def test_a_probe_abandoned_by_its_caller_lets_a_later_call_probe(clock: FakeClock) -> None:
    answers = iter([error(430, "BILLING", "VEHICLE_REQUEST_LIMIT"), None, httpx.Response(200, json={"distance": 10})])

    def smartcar(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer is None:
            raise Abandoned
        return answer

    with SmartcarClient(TOKEN, transport=httpx.MockTransport(smartcar), clock=clock) as client:
        with pytest.raises(QuotaExceededError):
            client.odometer(VEHICLE)
        clock.advance(QUOTA_COOL_OFF)
        with pytest.raises(Abandoned):
            client.odometer(VEHICLE)  # the probe
        with pytest.raises(QuotaExceededError) as refused:
            client.odometer(VEHICLE)
        assert refused.value.retry_after == pytest.approx(PROBE_WINDOW)
        clock.advance(PROBE_WINDOW)
        assert client.odometer(VEHICLE).data.distance == 10
    assert next(answers, "all sent") == "all sent"


async def test_a_probe_cancelled_in_flight_lets_a_later_call_probe(clock: FakeClock) -> None:
    sent: list[int] = []
    probe_out, never = asyncio.Event(), asyncio.Event()

    async def smartcar(request: httpx.Request) -> httpx.Response:
        sent.append(1)
        if len(sent) == 1:
            return error(430, "BILLING", "VEHICLE_REQUEST_LIMIT")
        if len(sent) == 2:
            probe_out.set()
            await never.wait()  # Smartcar is slow to answer the probe; its caller gives up
        return httpx.Response(200, json={"distance": 10})

    async with AsyncSmartcarClient(TOKEN, transport=httpx.MockTransport(smartcar), clock=clock) as client:
        with pytest.raises(QuotaExceededError):
            await client.odometer(VEHICLE)
        clock.advance(QUOTA_COOL_OFF)
        probe = asyncio.create_task(client.odometer(VEHICLE))
        await probe_out.wait()
        probe.cancel()
        with pytest.raises(asyncio.CancelledError):
            await probe
        with pytest.raises(QuotaExceededError) as refused:
            await client.odometer(VEHICLE)
        assert refused.value.retry_after == pytest.approx(PROBE_WINDOW)
        clock.advance(PROBE_WINDOW)
        assert (await client.odometer(VEHICLE)).data.distance == 10
    assert len(sent) == 3
