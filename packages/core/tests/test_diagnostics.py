"""What errors and log records say about a failure: the vendor's request id, the request they are
about (never its query), why a retry or a wait happens, and a spent retry budget."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    AccessTokenCallback,
    ApiError,
    ClientBase,
    FakeClock,
    Policy,
    RequestTimeoutError,
    ResponseParseError,
    RetryBudget,
    RetryPolicy,
    ServerError,
    TransportError,
    acall,
    call,
)
from carconnect.core.oauth import OAuthClient, OAuthConfig
from carconnect.core.redact import describe_request

from .test_errors_and_auth import Detailed

API = "https://api.example.test"
QUERY = "?code=secret-code-123&state=s"


def get_odometer(vin: str, *, client: httpx.Client) -> Detailed:
    response = client.request("GET", f"/vehicles/{vin}/odometer{QUERY}")
    return Detailed(parsed={"odometer": int(response.json()["odometer"])}, content=response.content)


async def aget_odometer(vin: str, *, client: httpx.AsyncClient) -> Detailed:
    response = await client.request("GET", f"/vehicles/{vin}/odometer{QUERY}")
    return Detailed(parsed={"odometer": int(response.json()["odometer"])}, content=response.content)


def get_nothing(vin: str, *, client: httpx.Client) -> Detailed:
    response = client.request("GET", f"/vehicles/{vin}/odometer{QUERY}")
    return Detailed(parsed=None, content=response.content)


ODOMETER = f"GET {API}/vehicles/V1/odometer"


def base(
    handler: Any, clock: FakeClock, retry: RetryPolicy | None = None, policies: tuple[Policy, ...] = ()
) -> ClientBase:
    return ClientBase(
        AccessTokenCallback(get=lambda: "token-abcdef-123"),
        transport=httpx.MockTransport(handler),
        retry=retry or RetryPolicy.disabled(),
        policies=policies,
        clock=clock,
    )


# -- the vendor's request id -------------------------------------------------------------------


def test_an_api_error_shows_the_vendors_request_id() -> None:
    error = ServerError("gateway down", status_code=503, code="SERVICE_UNAVAILABLE", request_id="req-7f3a")
    assert str(error) == "HTTP 503 SERVICE_UNAVAILABLE: gateway down (request id req-7f3a)"
    assert repr(error) == (
        "ServerError(status_code=503, code='SERVICE_UNAVAILABLE', message='gateway down', request_id='req-7f3a')"
    )
    without = ApiError("refused locally")
    assert str(without) == "refused locally"
    assert repr(without) == "ApiError(status_code=None, code=None, message='refused locally', request_id=None)"


# -- the request an error is about ---------------------------------------------------------------


def test_describe_request_leaves_out_query_and_user_info() -> None:
    request = httpx.Request("POST", "https://user:pass-word-1@Login.Example.test:8443/as/token?code=abc#frag")
    assert describe_request(request) == "POST https://login.example.test:8443/as/token"
    assert describe_request(httpx.Request("GET", "https://api.example.test:443/a%20b")) == (
        "GET https://api.example.test/a%20b"
    )


@pytest.mark.parametrize(
    ("raised", "expected", "message"),
    [
        (httpx.ConnectError("refused"), TransportError, f"no HTTP answer from {ODOMETER}: ConnectError: refused"),
        (httpx.ReadError("reset"), TransportError, f"no HTTP answer from {ODOMETER}: ReadError: reset"),
        (httpx.ReadTimeout("slow"), RequestTimeoutError, f"{ODOMETER} timed out (ReadTimeout)"),
    ],
)
def test_transport_errors_name_the_request_without_its_query(
    clock: FakeClock, raised: Exception, expected: type[Exception], message: str
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(expected) as caught:
        call(get_odometer, "V1", client=base(fail, clock).http_client_for(API))
    assert str(caught.value) == message


def test_an_undecodable_body_names_the_request(clock: FakeClock) -> None:
    def gzip_lie(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b'{"odometer": 1}')

    with pytest.raises(ResponseParseError) as caught:
        call(get_odometer, "V1", client=base(gzip_lie, clock).http_client_for(API))
    assert str(caught.value).startswith(f"the body of the answer to {ODOMETER} could not be decoded: DecodingError")


def test_a_body_that_does_not_fit_names_the_request(clock: FakeClock) -> None:
    def many(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"odometer": "many"}')

    with pytest.raises(ResponseParseError) as caught:
        call(get_odometer, "V1", client=base(many, clock).http_client_for(API))
    assert str(caught.value).startswith(f"the body of the answer to {ODOMETER} does not match the expected model: ")
    assert caught.value.raw == b'{"odometer": "many"}'


def test_an_answer_without_the_documented_body_names_the_request(clock: FakeClock) -> None:
    def empty(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    with pytest.raises(ResponseParseError) as caught:
        call(get_nothing, "V1", client=base(empty, clock).http_client_for(API))
    assert str(caught.value) == f"the answer to {ODOMETER} has no body of the documented type"


async def test_async_errors_name_the_request_too(clock: FakeClock) -> None:
    async def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    from carconnect.core import AsyncClientBase

    client = AsyncClientBase(
        AccessTokenCallback(get=lambda: "t"),
        transport=httpx.MockTransport(refused),
        retry=RetryPolicy.disabled(),
        clock=clock,
    )
    with pytest.raises(TransportError) as caught:
        await acall(aget_odometer, "V1", client=client.http_client_for(API))
    assert str(caught.value) == f"no HTTP answer from {ODOMETER}: ConnectError: refused"
    await client.aclose()


@pytest.mark.parametrize(
    ("raised", "expected", "message"),
    [
        (
            httpx.ConnectError("refused"),
            TransportError,
            "no answer from the login server to POST https://login.example.test/token: ConnectError: refused",
        ),
        (
            httpx.ReadTimeout("slow"),
            RequestTimeoutError,
            "token request POST https://login.example.test/token timed out (ReadTimeout)",
        ),
    ],
)
def test_a_token_request_that_got_no_answer_names_it(
    config: OAuthConfig, clock: FakeClock, raised: Exception, expected: type[Exception], message: str
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    login = OAuthClient(config, transport=httpx.MockTransport(fail), retry=RetryPolicy.disabled(), clock=clock)
    with pytest.raises(expected) as caught:
        login.client_credentials()
    assert str(caught.value) == message


# -- retries and waits ---------------------------------------------------------------------------


def retry_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.getMessage().startswith("retrying")]


def test_a_retry_record_names_host_code_and_request_id(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    router = respx.Router(base_url=API, assert_all_called=False)
    router.get(url__startswith=f"{API}/vehicles/V1/odometer").mock(
        side_effect=[
            httpx.Response(503, json={"code": "BUSY", "message": "busy"}, headers={"x-request-id": "req-1"}),
            httpx.ConnectError("refused"),
            httpx.Response(200, json={"odometer": 7}),
        ]
    )
    http = base(router.handler, clock, RetryPolicy(rng=lambda: 0)).http_client_for(API)
    with caplog.at_level(logging.INFO, logger="carconnect"):
        assert call(get_odometer, "V1", client=http) == {"odometer": 7}
    assert retry_records(caplog) == [
        f"retrying {ODOMETER} in 0.5 s (retry 1) after HTTP 503 ServerError, code BUSY, request id req-1",
        f"retrying {ODOMETER} in 1.0 s (retry 2) after ConnectError",
    ]
    assert "secret-code-123" not in caplog.text


class SlowStartPolicy(Policy):
    """Asks the first attempt to wait two seconds."""

    def __init__(self) -> None:
        self.waited = False

    def on_request(self, request: httpx.Request) -> float:
        wait, self.waited = (0.0 if self.waited else 2.0), True
        return wait


class VendorLimitPolicy(SlowStartPolicy):
    reason = "the vendor's limit of 10 calls a minute"


@pytest.mark.parametrize(
    ("policy", "reason"),
    [(SlowStartPolicy, "slow start"), (VendorLimitPolicy, "the vendor's limit of 10 calls a minute")],
)
def test_a_wait_record_names_the_request_and_the_policys_reason(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, policy: type[SlowStartPolicy], reason: str
) -> None:
    def odometer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"odometer": 7})

    http = base(odometer, clock, policies=(policy(),)).http_client_for(API)
    with caplog.at_level(logging.INFO, logger="carconnect"):
        call(get_odometer, "V1", client=http)
    assert [record.getMessage() for record in caplog.records] == [f"waiting 2.0 s before sending {ODOMETER}: {reason}"]
    assert clock.sleeps == [2.0]


def test_a_policys_default_reason_is_its_name_in_words() -> None:
    class HTTPQuotaPolicy(Policy):
        pass

    class Limiter(Policy):
        pass

    assert HTTPQuotaPolicy().reason == "http quota"
    assert Limiter().reason == "limiter"
    assert Policy().reason == "policy"


def test_token_request_retries_are_logged(
    config: OAuthConfig, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    answers = [
        httpx.Response(
            503, json={"error": "temporarily_unavailable"}, headers={"Retry-After": "2", "x-request-id": "req-1"}
        ),
        httpx.Response(200, json={"access_token": "at-1", "expires_in": 3600, "token_type": "Bearer"}),
    ]
    login = OAuthClient(config, transport=httpx.MockTransport(lambda request: answers.pop(0)), clock=clock)
    with caplog.at_level(logging.INFO, logger="carconnect"):
        assert login.client_credentials().access_token == "at-1"
    assert retry_records(caplog) == [
        "retrying POST https://login.example.test/token in 2.0 s (retry 1) "
        "after HTTP 503 ServerError, code temporarily_unavailable, request id req-1"
    ]
    assert clock.sleeps == [2.0]
    assert "s3cret-value" not in caplog.text


def test_a_spent_retry_budget_is_logged_once_until_it_refills(caplog: pytest.LogCaptureFixture) -> None:
    budget = RetryBudget(ratio=0.5, capacity=1)
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        assert budget.try_spend()
        assert not budget.try_spend()
        assert not budget.try_spend()
        budget.record_request()
        assert not budget.try_spend()
        warnings = [record.getMessage() for record in caplog.records]
        assert warnings == [
            "the retry budget is spent: no request is retried until it refills "
            "(each request adds 0.5 of a retry, up to 1)"
        ]
        budget.record_request()
        assert budget.try_spend()  # refilled: retries go again
        assert not budget.try_spend()
    assert len(caplog.records) == 2
    assert all(record.levelno == logging.WARNING for record in caplog.records)


def test_an_outage_that_keeps_the_budget_near_empty_is_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    budget = RetryBudget()  # each request earns 0.2 of a retry, up to 20
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        for _ in range(1000):  # every call fails and asks for a retry
            budget.record_request()
            budget.try_spend()
    assert len(caplog.records) == 1
