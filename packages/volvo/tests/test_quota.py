"""Volvo's application quota: after its 403, calls are refused locally, unsent, until it refills."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from carconnect.core import (
    FakeClock,
    PermissionDeniedError,
    QuotaExceededError,
    RetryPolicy,
    StoreUnavailableError,
)
from carconnect.volvo import AsyncVolvoClient, QuotaBlock, QuotaPolicy, RateLimiter, VolvoClient

from .conftest import ACCESS_TOKEN, API_KEY

VIN = "YV1ABCDEFG1234567"
ODOMETER = f"/connected-vehicle/v2/vehicles/{VIN}/odometer"
LOCK = f"/connected-vehicle/v2/vehicles/{VIN}/commands/lock"
QUOTA = {"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 01:00:00."}
ODOMETER_DATA = {"data": {"odometer": {"value": 1000, "unit": "km", "timestamp": "2024-01-01T00:00:00Z"}}}


def client_on(router: respx.Router, clock: FakeClock, **options: object) -> VolvoClient:
    transport = httpx.MockTransport(router.handler)
    return VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock, **options)  # type: ignore[arg-type]


def refused_locally(client: VolvoClient) -> QuotaExceededError:
    with pytest.raises(QuotaExceededError) as raised:
        client.odometer(VIN)
    return raised.value


def test_calls_after_the_quota_answer_are_refused_unsent_until_it_refills(
    router: respx.Router, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.volvo")
    route = router.get(ODOMETER).respond(403, json=QUOTA)
    lock = router.post(LOCK).respond(200, json={"data": {"vin": VIN, "invokeStatus": "COMPLETED"}})
    with client_on(router, clock) as volvo:
        first = refused_locally(volvo)
        assert (first.status_code, first.retry_after) == (403, 3600.0)
        assert "local" not in first.details
        clock.advance(600)
        later = refused_locally(volvo)
        with pytest.raises(QuotaExceededError):
            volvo.lock(VIN)  # commands too
        assert route.call_count == 1
        assert lock.call_count == 0
        assert later.details["local"] is True
        assert later.retry_after == pytest.approx(3000.0)
        assert later.status_code is None
        clock.advance(3000)
        route.respond(200, json=ODOMETER_DATA)
        volvo.odometer(VIN)
        assert route.call_count == 2
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert [record.getMessage() for record in warnings] == [
        "Volvo reports the application's call volume quota used up; calls are refused for 3600 s"
    ]
    assert API_KEY not in caplog.text
    assert ACCESS_TOKEN not in caplog.text


async def test_the_async_client_remembers_the_quota_too(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(403, json=QUOTA)
    transport = httpx.MockTransport(router.handler)
    async with AsyncVolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock) as volvo:
        for _ in range(3):
            with pytest.raises(QuotaExceededError) as raised:
                await volvo.odometer(VIN)
    assert route.call_count == 1
    assert raised.value.details["local"] is True


def test_clients_sharing_a_limiter_share_the_block(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(403, json=QUOTA)
    limiter = RateLimiter(clock=clock)
    with client_on(router, clock, rate_limit=limiter) as one, client_on(router, clock, rate_limit=limiter) as two:
        refused_locally(one)
        assert refused_locally(two).details["local"] is True
        assert refused_locally(two.for_user("other-token", key="bob")).details["local"] is True  # per application
    assert route.call_count == 1


def test_a_limiter_keeps_one_block_per_vcc_api_key(router: respx.Router, clock: FakeClock) -> None:
    def volvo(request: httpx.Request) -> httpx.Response:
        if request.headers["vcc-api-key"] == API_KEY:
            return httpx.Response(403, json=QUOTA)
        return httpx.Response(200, json=ODOMETER_DATA)

    route = router.get(ODOMETER).mock(side_effect=volvo)
    limiter = RateLimiter(clock=clock)
    with client_on(router, clock, rate_limit=limiter) as spent, client_on(router, clock, rate_limit=limiter) as same:
        refused_locally(spent)
        assert refused_locally(same).details["local"] is True
        transport = httpx.MockTransport(router.handler)
        with VolvoClient(
            ACCESS_TOKEN, api_key="another-application", transport=transport, rate_limit=limiter, clock=clock
        ) as other:
            other.odometer(VIN)  # another application's quota is not spent
    assert route.call_count == 2


def test_a_client_without_rate_limiting_remembers_the_quota_on_its_own(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(403, json=QUOTA)
    with client_on(router, clock, rate_limit=False) as raw, client_on(router, clock, rate_limit=False) as other:
        refused_locally(raw)
        assert refused_locally(raw).details["local"] is True
        assert "local" not in refused_locally(other).details
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("body", "headers", "blocked_for"),
    [
        (QUOTA, {"Retry-After": "120"}, 120.0),
        ({"statusCode": 403, "message": "Out of call volume quota."}, {}, 3600.0),
    ],
    ids=["retry-after-wins", "no-time-stated"],
)
def test_the_block_lasts_as_long_as_the_answer_says(
    router: respx.Router, clock: FakeClock, body: object, headers: dict[str, str], blocked_for: float
) -> None:
    route = router.get(ODOMETER).respond(403, json=body, headers=headers)
    with client_on(router, clock) as volvo:
        refused_locally(volvo)
        assert refused_locally(volvo).retry_after == pytest.approx(blocked_for)
        clock.advance(blocked_for)
        refused_locally(volvo)
    assert route.call_count == 2


def test_other_403s_block_nothing(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(403, json={"status": 403, "error": {"message": "FORBIDDEN"}})
    with client_on(router, clock, retry=RetryPolicy.disabled()) as volvo:
        for _ in range(2):
            with pytest.raises(PermissionDeniedError):
                volvo.odometer(VIN)
    assert route.call_count == 2


def test_a_block_that_cannot_be_recorded_leaves_volvos_error(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    class Unreachable(QuotaBlock):
        def block(self, seconds: float) -> None:
            raise StoreUnavailableError("Redis did not answer")

    policy = QuotaPolicy(Unreachable(clock))
    request = httpx.Request("GET", f"https://api.volvocars.com{ODOMETER}")
    answer = httpx.Response(403, json=QUOTA, request=request)
    with caplog.at_level(logging.WARNING, logger="carconnect.volvo"):
        assert policy.on_response(request, answer) is answer
    assert "could not record" in caplog.text
    assert policy.on_request(request) == 0.0


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"Retry-After": "999999999999"}, QUOTA["message"]),  # an epoch timestamp in milliseconds
        ({}, "Out of call volume quota. Quota will be replenished in 99999999999:00:00."),
    ],
    ids=["retry-after", "message"],
)
def test_a_quota_wait_longer_than_a_day_blocks_for_a_day(
    router: respx.Router, clock: FakeClock, headers: dict[str, str], message: str
) -> None:
    route = router.get(ODOMETER).respond(403, headers=headers, json={"statusCode": 403, "message": message})
    with client_on(router, clock) as volvo:
        refused_locally(volvo)
        later = refused_locally(volvo)
        assert later.details["local"] is True
        assert later.retry_after == 86_400.0
        clock.advance(86_400)
        route.respond(200, json=ODOMETER_DATA)
        volvo.odometer(VIN)
    assert route.call_count == 2
