"""Volvo's rules as policies, the token rules of its error mapper, and core's client options."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from carconnect.core import (
    FakeClock,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    Token,
    TokenManager,
    VehicleStateError,
)
from carconnect.volvo import API_URL, AsyncVolvoClient, RateLimiter, RateLimitPolicy, VehicleBusyPolicy, VolvoClient

from .conftest import ACCESS_TOKEN, API_KEY

VIN = "YV1ABCDEFG1234567"
CV = f"/connected-vehicle/v2/vehicles/{VIN}"
ODOMETER = f"{CV}/odometer"
BUSY = {"error": {"message": "SERVICE_UNAVAILABLE", "description": "Not allowed, car is in use or asleep"}}
BAD_KEY = {"status": 401, "error": {"message": "Access denied due to invalid VCC-API-KEY. Make sure to provide a key."}}
EXPIRED = {"status": 401, "error": {"message": "UNAUTHORIZED", "description": "The access token has expired."}}


class CountingRefresher:
    def __init__(self) -> None:
        self.refreshes = 0

    def refresh(self, token: Token) -> Token:
        self.refreshes += 1
        return Token(f"fresh-{self.refreshes}", refresh_token=f"r{self.refreshes + 1}")

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def client_on(router: respx.Router, clock: FakeClock, **options: object) -> VolvoClient:
    transport = httpx.MockTransport(router.handler)
    return VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock, **options)  # type: ignore[arg-type]


# ---- policies as units ---------------------------------------------------------------------------


def test_the_rate_limit_policy_returns_the_limiters_wait(clock: FakeClock) -> None:
    policy = RateLimitPolicy(RateLimiter(clock=clock, requests_per_minute=1))
    request = httpx.Request("GET", f"{API_URL}{ODOMETER}")
    assert policy.on_request(request) == 0.0
    assert policy.on_request(request) == 61.0


def test_a_wait_is_logged_without_secrets(
    router: respx.Router, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect")
    router.get(ODOMETER).respond(200, json={"data": {}})
    with client_on(router, clock, rate_limit=RateLimiter(clock=clock, requests_per_minute=1)) as volvo:
        volvo.odometer(VIN)
        volvo.odometer(VIN)
    assert clock.sleeps == [61.0]
    reason = "Volvo's limits of 1 call and 10 commands a minute"
    assert f"waiting 61.0 s before sending GET {API_URL}{ODOMETER}: {reason}" in caplog.text
    assert API_KEY not in caplog.text
    assert ACCESS_TOKEN not in caplog.text


def test_each_user_of_a_client_has_their_own_minute(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(200, json={"data": {}})
    with client_on(router, clock, rate_limit=RateLimiter(clock=clock, requests_per_minute=1)) as volvo:
        alice, bob = volvo.for_user("token-a", key="alice"), volvo.for_user("token-b", key="bob")
        alice.odometer(VIN)
        bob.odometer(VIN)
        assert clock.sleeps == []
        volvo.for_user("token-a", key="alice").odometer(VIN)
        assert clock.sleeps == [61.0]
    signed = [call.request.headers["authorization"] for call in route.calls]
    assert signed == ["Bearer token-a", "Bearer token-b", "Bearer token-a"]


def test_the_rate_limit_policy_names_its_limiters_limits(clock: FakeClock) -> None:
    assert RateLimitPolicy(RateLimiter(clock=clock)).reason == "Volvo's limits of 100 calls and 10 commands a minute"
    per_vehicle = RateLimiter(clock=clock, requests_per_minute=50, commands_per_minute=1, per_vehicle=True, window=30)
    assert RateLimitPolicy(per_vehicle).reason == "Volvo's limits of 50 calls and 1 command 30 s per vehicle"


def test_the_rate_limit_policy_refuses_beyond_max_wait_and_logs_it_at_debug_only(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    policy = RateLimitPolicy(RateLimiter(clock=clock, requests_per_minute=1, max_wait=5))
    request = httpx.Request("GET", f"{API_URL}{ODOMETER}")
    policy.on_request(request)
    for _ in range(3):  # a polling service: the caller's RateLimitError says why, every time
        with pytest.raises(RateLimitError, match="client-side rate limit"):
            policy.on_request(request)
    assert [(record.levelname, "refused" in record.getMessage()) for record in caplog.records] == [("DEBUG", True)] * 3


def test_the_busy_car_policy_forbids_retrying_only_a_busy_car() -> None:
    policy = VehicleBusyPolicy()
    request = httpx.Request("GET", f"{API_URL}{ODOMETER}")
    assert policy.may_retry(request, httpx.Response(503, json=BUSY)) is False
    assert policy.may_retry(request, httpx.Response(503, json={"error": {"message": "SERVICE_UNAVAILABLE"}})) is None
    assert policy.may_retry(request, httpx.Response(503, text="<html>busy</html>")) is None
    assert policy.may_retry(request, httpx.ReadTimeout("slow", request=request)) is None


# ---- Volvo's rules inside the clients ---------------------------------------------------------------


def test_a_busy_car_ends_the_call_at_once_a_gateway_503_is_retried(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER)
    route.side_effect = [httpx.Response(503, json=BUSY)]
    with client_on(router, clock) as volvo, pytest.raises(VehicleStateError, match="in use or asleep"):
        volvo.odometer(VIN)
    assert route.call_count == 1
    assert clock.sleeps == []
    route.side_effect = [httpx.Response(503, json={"error": {"message": "SERVICE_UNAVAILABLE"}})] * 4
    with client_on(router, clock, retry=RetryPolicy(rng=lambda: 0.0)) as volvo, pytest.raises(ServerError):
        volvo.odometer(VIN)
    assert route.call_count == 1 + 4


def test_a_users_retry_policy_keeps_volvos_rules(router: respx.Router, clock: FakeClock) -> None:
    eager = RetryPolicy(max_retries=10, retry_statuses=frozenset({429, 500, 502, 503, 504}), rng=lambda: 0.0)
    route = router.get(ODOMETER).respond(503, json=BUSY)
    limiter = RateLimiter(clock=clock, requests_per_minute=1, max_wait=0)
    with client_on(router, clock, retry=eager, rate_limit=limiter) as volvo:
        with pytest.raises(VehicleStateError):
            volvo.odometer(VIN)
        with pytest.raises(RateLimitError, match="client-side rate limit"):
            volvo.odometer(VIN)
    assert route.call_count == 1


def test_a_bad_api_key_never_refreshes_the_token(router: respx.Router, clock: FakeClock) -> None:
    refresher = CountingRefresher()
    manager = TokenManager(Token("old", refresh_token="r1"), refresher, clock=clock)
    route = router.get(ODOMETER).respond(401, json=BAD_KEY)
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(manager, api_key="wrong-key", transport=transport, clock=clock) as volvo:
        for _ in range(10):
            with pytest.raises(PermissionDeniedError, match="check the client's api_key") as raised:
                volvo.odometer(VIN)
    assert refresher.refreshes == 0
    assert route.call_count == 10
    assert raised.value.code == "invalid_api_key"
    assert "wrong-key" not in str(raised.value)


def test_an_expired_token_is_refreshed_once_and_the_call_replayed(router: respx.Router, clock: FakeClock) -> None:
    refresher = CountingRefresher()
    manager = TokenManager(Token("old", refresh_token="r1"), refresher, clock=clock)
    signed: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        signed.append(request.headers["authorization"])
        return httpx.Response(401, json=EXPIRED) if len(signed) == 1 else httpx.Response(200, json={"data": {}})

    router.get(ODOMETER).mock(side_effect=answer)
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(manager, api_key=API_KEY, transport=transport, clock=clock) as volvo:
        volvo.odometer(VIN)
    assert refresher.refreshes == 1
    assert signed == ["Bearer old", "Bearer fresh-1"]


# ---- core's options through the Volvo clients -------------------------------------------------------


def test_event_hooks_fire_for_every_attempt(router: respx.Router, clock: FakeClock) -> None:
    seen: list[str] = []
    router.get(ODOMETER).respond(200, json={"data": {}})
    hooks = {
        "request": [lambda request: seen.append(f"request {request.url.path}")],
        "response": [lambda response: seen.append(f"response {response.status_code}")],
    }
    with client_on(router, clock, event_hooks=hooks) as volvo:
        volvo.odometer(VIN)
    assert seen == [f"request {ODOMETER}", "response 200"]


async def test_async_event_hooks_fire(router: respx.Router, clock: FakeClock) -> None:
    seen: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append(response.status_code)

    router.get(ODOMETER).respond(200, json={"data": {}})
    transport = httpx.MockTransport(router.handler)
    async with AsyncVolvoClient(
        ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock, event_hooks={"response": [on_response]}
    ) as volvo:
        await volvo.odometer(VIN)
    assert seen == [200]


async def test_a_callers_async_http_client_is_used_and_stays_open(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(ODOMETER).respond(200, json={"data": {}})
    async with httpx.AsyncClient(transport=httpx.MockTransport(router.handler), headers={"X-Proxy": "1"}) as mine:
        async with AsyncVolvoClient(ACCESS_TOKEN, api_key=API_KEY, http_client=mine, clock=clock) as volvo:
            await volvo.odometer(VIN)
        assert not mine.is_closed
    sent = route.calls.last.request
    assert (sent.headers["x-proxy"], sent.headers["vcc-api-key"]) == ("1", API_KEY)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body handed out chunk by chunk; ``started`` tells whether anyone has read it yet."""

    def __init__(self) -> None:
        self.started = False

    def __iter__(self) -> Iterator[bytes]:
        self.started = True
        yield from (b"first ", b"second")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        for chunk in (b"first ", b"second"):
            yield chunk


def test_http_client_for_streams_through_the_client(router: respx.Router, clock: FakeClock) -> None:
    body = Chunks()
    route = router.get(ODOMETER).mock(return_value=httpx.Response(200, stream=body))
    with client_on(router, clock) as volvo:
        http = volvo.http_client_for(API_URL)
        with http.stream("GET", ODOMETER) as response:
            assert not body.started
            assert list(response.iter_bytes()) == [b"first ", b"second"]
    assert route.calls.last.request.headers["vcc-api-key"] == API_KEY
    assert route.calls.last.request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"


async def test_async_http_client_for_streams_through_the_client(router: respx.Router, clock: FakeClock) -> None:
    body = Chunks()
    route = router.get(ODOMETER).mock(return_value=httpx.Response(200, stream=body))
    transport = httpx.MockTransport(router.handler)
    volvo = AsyncVolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, clock=clock)
    async with volvo, volvo.http_client_for(API_URL).stream("GET", ODOMETER) as response:
        assert not body.started
        assert [chunk async for chunk in response.aiter_bytes()] == [b"first ", b"second"]
    assert route.calls.last.request.headers["vcc-api-key"] == API_KEY


def _answering(answer: httpx.Response) -> VolvoClient:
    return VolvoClient("t", api_key="k", transport=httpx.MockTransport(lambda request: answer), rate_limit=False)


@pytest.mark.parametrize(
    ("odometer", "path"),
    [
        ({"value": {"x": 1}, "unit": "km"}, "odometer.value: unexpected value of type dict"),
        ({"value": "abc"}, "odometer.value: invalid literal"),
    ],
)
def test_a_body_that_does_not_match_names_the_field(odometer: dict[str, object], path: str) -> None:
    from carconnect.core import ResponseParseError

    answer = httpx.Response(200, json={"data": {"odometer": odometer}})
    with _answering(answer) as volvo, pytest.raises(ResponseParseError, match=path) as caught:
        volvo.odometer("YV1")
    assert caught.value.raw == answer.content


def test_a_wrong_keyword_is_a_programming_error_not_a_parse_error() -> None:
    with _answering(httpx.Response(200)) as volvo, pytest.raises(TypeError):
        volvo.odometer("YV1", colour="red")  # type: ignore[call-arg]
