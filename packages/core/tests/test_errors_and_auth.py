"""Error mapping, the auth flow (bearer, brand headers, 401 replay) and calling generated-style code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    AccessTokenCallback,
    ApiError,
    AsyncClientBase,
    AuthenticationError,
    BadRequestError,
    CarConnectError,
    ClientBase,
    ErrorDetails,
    FakeClock,
    MemoryTokenStore,
    NotFoundError,
    PermissionDeniedError,
    Policy,
    QuotaExceededError,
    RateLimitError,
    RequestTimeoutError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    Token,
    TokenManager,
    TransportError,
    acall,
    call,
    call_detailed,
)

from .conftest import NumberingRefresher

API = "https://api.example.test"


@dataclass(frozen=True)
class Detailed:
    """Mimics a generated ``Response[T]``."""

    parsed: dict[str, Any] | None
    content: bytes
    status_code: int = 200


def get_odometer(vin: str, *, client: httpx.Client) -> Detailed:
    """Shaped like a generated ``sync_detailed``: request, then parse the (success) body."""
    response = client.request("GET", f"/vehicles/{vin}/odometer")
    body = response.json()
    return Detailed(parsed={"odometer": int(body["data"]["odometer"]["value"])}, content=response.content)


async def aget_odometer(vin: str, *, client: httpx.AsyncClient) -> Detailed:
    response = await client.request("GET", f"/vehicles/{vin}/odometer")
    body = response.json()
    return Detailed(parsed={"odometer": int(body["data"]["odometer"]["value"])}, content=response.content)


def quota_mapper(status: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
    if status == 403 and isinstance(body, str) and "quota" in body.lower():
        return ErrorDetails(QuotaExceededError, code="quota")
    return None


@pytest.fixture
def router() -> respx.Router:
    return respx.Router(base_url=API, assert_all_called=False)


class Session:
    """A brand-less client base whose ``client(url)`` is the httpx client generated code gets."""

    def __init__(self, base: ClientBase) -> None:
        self.base = base

    def client(self, base_url: str) -> httpx.Client:
        return self.base.http_client_for(base_url)

    def close(self) -> None:
        self.base.close()


def session(router: respx.Router, clock: FakeClock, refresher: NumberingRefresher | None = None) -> Session:
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher or NumberingRefresher(), clock=clock)
    base = ClientBase(
        manager,
        headers={"vcc-api-key": "key-123"},
        error_mapper=quota_mapper,
        transport=httpx.MockTransport(router.handler),
        retry=RetryPolicy(rng=lambda: 0),
        clock=clock,
    )
    return Session(base)


ODOMETER = {"data": {"odometer": {"value": "1234", "unit": "km"}}}


def test_success_is_signed_and_parsed(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/vehicles/V1/odometer").respond(200, json=ODOMETER)
    http = session(router, clock).client(API)
    assert call(get_odometer, "V1", client=http) == {"odometer": 1234}
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == "Bearer at-0"
    assert sent.headers["vcc-api-key"] == "key-123"
    assert sent.headers["User-Agent"].startswith("carconnect/")


def test_401_refreshes_once_and_replays_once(router: respx.Router, clock: FakeClock) -> None:
    refresher = NumberingRefresher()
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401) if len(seen) == 1 else httpx.Response(200, json=ODOMETER)

    router.get("/vehicles/V1/odometer").mock(side_effect=answer)
    http = session(router, clock, refresher).client(API)
    assert call(get_odometer, "V1", client=http) == {"odometer": 1234}
    assert seen == ["Bearer at-0", "Bearer at-1"]
    assert refresher.calls == 1


def test_second_401_is_an_authentication_error(router: respx.Router, clock: FakeClock) -> None:
    refresher = NumberingRefresher()
    route = router.get("/vehicles/V1/odometer").respond(401, json={"message": "token expired"})
    with pytest.raises(AuthenticationError, match="token expired"):
        call(get_odometer, "V1", client=session(router, clock, refresher).client(API))
    assert route.call_count == 2
    assert refresher.calls == 1


def replay_times_out(seen: list[str]) -> Any:
    """Answers 401, then (the replay with a new token) a read timeout, then 401 to every request."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        if len(seen) == 2:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(401, json={"message": "token expired"})

    return answer


def test_a_call_refreshes_once_even_when_a_transport_error_runs_it_again(
    router: respx.Router, clock: FakeClock
) -> None:
    refresher, seen = NumberingRefresher(), list[str]()
    router.get("/vehicles/V1/odometer").mock(side_effect=replay_times_out(seen))
    with pytest.raises(AuthenticationError, match="token expired"):
        call(get_odometer, "V1", client=session(router, clock, refresher).client(API))
    assert refresher.calls == 1  # each refresh would spend (rotate) the refresh token
    assert seen == ["Bearer at-0", "Bearer at-1", "Bearer at-1"]


async def test_an_async_call_refreshes_once_even_when_a_transport_error_runs_it_again(
    router: respx.Router, clock: FakeClock
) -> None:
    refresher, seen = NumberingRefresher(), list[str]()
    router.get("/vehicles/V1/odometer").mock(side_effect=replay_times_out(seen))
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher, clock=clock)
    async with AsyncClientBase(
        manager, transport=httpx.MockTransport(router.async_handler), retry=RetryPolicy(rng=lambda: 0), clock=clock
    ) as shared:
        with pytest.raises(AuthenticationError, match="token expired"):
            await acall(aget_odometer, "V1", client=shared.http_client_for(API))
    assert refresher.calls == 1
    assert seen == ["Bearer at-0", "Bearer at-1", "Bearer at-1"]


@pytest.mark.parametrize(
    ("status", "body", "expected", "message"),
    [
        (400, {"message": "bad vin"}, BadRequestError, "bad vin"),
        (403, "Out of call volume quota", QuotaExceededError, "Out of call volume quota"),
        (403, {"message": "forbidden"}, PermissionDeniedError, "forbidden"),
        (404, None, NotFoundError, "Not Found"),
        (429, {"errors": [{"detail": "slow down"}]}, RateLimitError, "slow down"),
        (499, "", ApiError, "HTTP status 499"),
        (520, "<html><head><title>Origin error</title></head></html>", ServerError, "HTML error page: Origin error"),
        (599, None, ServerError, "HTTP status 599"),
    ],
)
def test_error_mapping(
    router: respx.Router, clock: FakeClock, status: int, body: Any, expected: type[ApiError], message: str
) -> None:
    kwargs: dict[str, Any] = {"json": body} if isinstance(body, dict) else {"text": body or ""}
    router.get("/vehicles/V1/odometer").respond(status, headers={"x-request-id": "req-9"}, **kwargs)
    with pytest.raises(expected) as caught:
        call(get_odometer, "V1", client=session(router, clock).client(API))
    error = caught.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.message == message
    assert error.request_id == "req-9"


def test_rate_limit_error_carries_retry_after(router: respx.Router, clock: FakeClock) -> None:
    router.get("/vehicles/V1/odometer").respond(429, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError) as caught:
        call(get_odometer, "V1", client=session(router, clock).client(API))
    assert caught.value.retry_after == 3600


@pytest.mark.parametrize(
    "body", [b"{truncated", b"<html>ok</html>", b'{"data": {"odometer": {"value": "many"}}}', b'{"data": null}']
)
def test_bad_success_bodies_are_response_parse_errors(router: respx.Router, clock: FakeClock, body: bytes) -> None:
    router.get("/vehicles/V1/odometer").respond(200, content=body)
    with pytest.raises(ResponseParseError) as caught:
        call(get_odometer, "V1", client=session(router, clock).client(API))
    assert caught.value.raw == body
    assert caught.value.status_code == 200


def test_errors_name_the_request_they_answer_without_its_query(router: respx.Router, clock: FakeClock) -> None:
    """A caller tells a refused or failed command from a failed read by the request (query left out)."""
    router.get("/vehicles/V1/odometer").respond(503, text="busy")
    router.get("/vehicles/V2/odometer").respond(200, content=b"{truncated")
    client = session(router, clock).client(API)

    def read_with_query(vin: str) -> Detailed:
        response = client.request("GET", f"/vehicles/{vin}/odometer", params={"code": "secret-code"})
        return Detailed(parsed=response.json(), content=response.content)

    with pytest.raises(ServerError) as failed:
        call(read_with_query, "V1")
    with pytest.raises(ResponseParseError) as unreadable:
        call(get_odometer, "V2", client=client)
    assert (failed.value.method, failed.value.url) == ("GET", f"{API}/vehicles/V1/odometer")
    assert (unreadable.value.method, unreadable.value.url) == ("GET", f"{API}/vehicles/V2/odometer")
    assert "secret-code" not in repr(vars(failed.value))


def test_missing_parsed_body_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError):
        call(lambda: Detailed(parsed=None, content=b""))


@pytest.mark.parametrize(
    ("raised", "expected"),
    [(httpx.ConnectError("refused"), TransportError), (httpx.ReadTimeout("slow"), RequestTimeoutError)],
)
def test_network_faults_become_carconnect_errors(
    router: respx.Router, clock: FakeClock, raised: Exception, expected: type[Exception]
) -> None:
    router.get("/vehicles/V1/odometer").mock(side_effect=raised)
    http = session(router, clock).client(API)
    with pytest.raises(expected):
        call(get_odometer, "V1", client=http)


def test_unrelated_exceptions_are_not_swallowed() -> None:
    def broken() -> None:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        call_detailed(broken)


def test_all_errors_share_one_base() -> None:
    assert issubclass(QuotaExceededError, RateLimitError)
    assert issubclass(RequestTimeoutError, CarConnectError)
    assert not issubclass(QuotaExceededError, AuthenticationError)


def test_injected_http_client_is_used_untouched(router: respx.Router, clock: FakeClock) -> None:
    router.get("/vehicles/V1/odometer").respond(200, json=ODOMETER)
    mine = httpx.Client(transport=httpx.MockTransport(router.handler), headers={"X-Proxy-Tag": "t"})
    manager = TokenManager(Token("at-0", expires_at=clock.now() + timedelta(hours=1)), None, clock=clock)
    shared = Session(ClientBase(manager, http_client=mine))
    assert call(get_odometer, "V1", client=shared.client(API)) == {"odometer": 1234}
    assert router.calls.last.request.headers["X-Proxy-Tag"] == "t"
    assert mine.auth is None
    shared.close()
    assert not mine.is_closed


async def test_async_session(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/vehicles/V1/odometer").mock(
        side_effect=[httpx.Response(401), httpx.Response(503), httpx.Response(200, json=ODOMETER)]
    )
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), NumberingRefresher(), clock=clock)
    async with AsyncClientBase(
        manager,
        transport=httpx.MockTransport(router.async_handler),
        retry=RetryPolicy(rng=lambda: 0),
        clock=clock,
    ) as shared:
        assert await acall(aget_odometer, "V1", client=shared.http_client_for(API)) == {"odometer": 1234}
    assert route.call_count == 3
    assert clock.sleeps == [0.5]


def test_brand_mapped_authentication_failure_is_refreshed_and_replayed(router: respx.Router, clock: FakeClock) -> None:
    def token_error_as_403(status: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
        if status == 403 and isinstance(body, dict) and body.get("exveErrorId") == "CU-101":
            return ErrorDetails(AuthenticationError, code="CU-101")
        return None

    refresher = NumberingRefresher()
    router.get("/vehicles/V1/odometer").mock(
        side_effect=[httpx.Response(403, json={"exveErrorId": "CU-101"}), httpx.Response(200, json=ODOMETER)]
    )
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher, clock=clock)
    shared = Session(
        ClientBase(manager, error_mapper=token_error_as_403, transport=httpx.MockTransport(router.handler))
    )
    assert call(get_odometer, "V1", client=shared.client(API)) == {"odometer": 1234}
    assert refresher.calls == 1


def test_a_policy_sees_every_attempt(router: respx.Router, clock: FakeClock) -> None:
    seen: list[str] = []

    class Counting(Policy):
        def on_request(self, request: httpx.Request) -> float:
            seen.append(request.url.path)
            return 0.0

    router.get("/vehicles/V1/odometer").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ODOMETER)])
    shared = Session(
        ClientBase(
            AccessTokenCallback(get=lambda: "t"),
            policies=[Counting()],
            transport=httpx.MockTransport(router.handler),
            retry=RetryPolicy(rng=lambda: 0),
            clock=clock,
        )
    )
    assert call(get_odometer, "V1", client=shared.client(API)) == {"odometer": 1234}
    assert seen == ["/vehicles/V1/odometer"] * 2


def test_token_credentials_follow_the_client_clock(clock: FakeClock) -> None:
    from carconnect.core import as_token_source

    token = Token("at", expires_at=clock.now() + timedelta(minutes=10))
    assert as_token_source(token, clock).get_access_token() == "at"
