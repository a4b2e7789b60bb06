"""A command is sent once even under a caller's ``retry=`` that retries every method and status."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import (
    FakeClock,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from carconnect.sim.testing import RETRY_EVERYTHING
from carconnect.volvo import AsyncVolvoClient, VolvoClient

from .conftest import ACCESS_TOKEN, API_KEY

VIN = "YV1ABCDEFG1234567"
LOCK = f"/connected-vehicle/v2/vehicles/{VIN}/commands/lock"
DONE = {"data": {"vin": VIN, "invokeStatus": "COMPLETED"}}


FAULTS: list[tuple[str, httpx.Response | Exception, type[Exception]]] = [
    ("502", httpx.Response(502, text="bad gateway"), ServerError),
    ("503", httpx.Response(503, json={"error": {"message": "SERVICE_UNAVAILABLE"}}), ServerError),
    ("503-retry-after", httpx.Response(503, text="busy", headers={"Retry-After": "1"}), ServerError),
    ("dropped", httpx.RemoteProtocolError("Server disconnected without sending a response"), TransportError),
    ("read-timeout", httpx.ReadTimeout("slow"), RequestTimeoutError),
]
IDS = [case[0] for case in FAULTS]
CASES = [case[1:] for case in FAULTS]


def answering(router: respx.Router, fault: httpx.Response | Exception) -> respx.Route:
    """The lock route: ``fault`` first, then success (a retry would succeed, so only the count tells)."""
    return router.post(LOCK).mock(side_effect=[fault, httpx.Response(200, json=DONE)])


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
def test_a_command_is_sent_once_under_a_retry_everything_policy(
    router: respx.Router, clock: FakeClock, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = answering(router, fault)
    transport = httpx.MockTransport(router.handler)
    with (
        VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=RETRY_EVERYTHING, clock=clock) as volvo,
        pytest.raises(error),
    ):
        volvo.lock(VIN)
    assert route.call_count == 1


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
async def test_an_async_command_is_sent_once_under_a_retry_everything_policy(
    router: respx.Router, clock: FakeClock, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = answering(router, fault)
    transport = httpx.MockTransport(router.handler)
    async with AsyncVolvoClient(
        ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=RETRY_EVERYTHING, clock=clock
    ) as volvo:
        with pytest.raises(error):
            await volvo.lock(VIN)
    assert route.call_count == 1


def test_a_rate_limited_command_ran_nowhere_and_may_go_again(router: respx.Router, clock: FakeClock) -> None:
    """Volvo's 429 is its gateway refusing the call over the rate limit: the retry policy decides."""
    refused = httpx.Response(429, headers={"Retry-After": "1"}, json={"statusCode": 429, "message": "Rate limit"})
    route = answering(router, refused)
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=RETRY_EVERYTHING, clock=clock) as volvo:
        assert volvo.lock(VIN).succeeded
    assert route.call_count == 2


def test_the_default_policy_sends_a_rate_limited_command_once(router: respx.Router, clock: FakeClock) -> None:
    route = answering(router, httpx.Response(429, json={"statusCode": 429, "message": "Rate limit"}))
    transport = httpx.MockTransport(router.handler)
    with (
        VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock) as volvo,
        pytest.raises(RateLimitError),  # core retries a POST's 429 only when Retry-After says when
    ):
        volvo.lock(VIN)
    assert route.call_count == 1


def test_reads_keep_the_callers_retries(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(f"/connected-vehicle/v2/vehicles/{VIN}/odometer")
    route.side_effect = [httpx.Response(502, text="bad gateway"), httpx.Response(200, json={"data": {}})]
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=RETRY_EVERYTHING, clock=clock) as volvo:
        volvo.odometer(VIN)
    assert route.call_count == 2


ODOMETER = f"/connected-vehicle/v2/vehicles/{VIN}/odometer"
READ = {"data": {"odometer": {"value": 1, "unit": "km", "timestamp": "2026-01-01T00:00:00Z"}}}


@pytest.mark.parametrize(
    ("message", "sent", "sleeps"),
    [("Rate limit is exceeded", 1, []), ("Rate limit is exceeded. Try again in 40 seconds.", 2, [40.0])],
    ids=["no-wait-stated", "wait-in-body"],
)
def test_a_read_rate_limited_without_a_stated_wait_is_not_retried(
    router: respx.Router, clock: FakeClock, message: str, sent: int, sleeps: list[float]
) -> None:
    """Volvo counts per minute: a retry within seconds would only spend more of it."""
    refused = httpx.Response(429, json={"statusCode": 429, "message": message})
    route = router.get(ODOMETER).mock(side_effect=[refused, httpx.Response(200, json=READ)])
    with VolvoClient(
        ACCESS_TOKEN, api_key=API_KEY, transport=httpx.MockTransport(router.handler), clock=clock
    ) as volvo:
        if sent == 1:
            with pytest.raises(RateLimitError):
                volvo.odometer(VIN)
        else:
            volvo.odometer(VIN)
    assert route.call_count == sent
    assert clock.sleeps == sleeps
