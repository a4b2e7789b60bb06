"""Device grant, refresh rotation, client credentials and revocation against a mocked server."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import parse_qs

import httpx
import pytest

from carconnect.core import (
    TOKEN_TIMEOUT,
    ApiError,
    AuthorizationDeniedError,
    DeviceCodeExpiredError,
    FakeClock,
    MemoryTokenStore,
    OAuthError,
    RateLimitError,
    ReauthorizationRequiredError,
    ResponseParseError,
    RetryBudget,
    RetryPolicy,
    ServerError,
    Token,
    TransportError,
)
from carconnect.core.oauth import DevicePollStatus, OAuthClient, OAuthConfig, code_challenge

from .test_oauth_authorization_code import mocked, token_body

DEVICE = {
    "device_code": "dev-code-1",
    "user_code": "ABCD-EFGH",
    "verification_uri": "https://login.example.test/link",
    "expires_in": 300,
    "interval": 5,
}


def pending(status: int = 400) -> httpx.Response:
    return httpx.Response(status, json={"error": "authorization_pending"})


def slow_down(status: int = 400) -> httpx.Response:
    return httpx.Response(status, json={"error": "slow_down"})


def test_device_flow_pending_slow_down_success(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(replace(config, client_auth="none", client_secret=None), clock)
    device_route = router.post("/device").respond(200, json=DEVICE)
    token_route = router.post("/token").mock(
        side_effect=[pending(), slow_down(), pending(), httpx.Response(200, json=token_body())]
    )
    device = client.start_device_authorization(pkce=True)
    assert device.user_code == "ABCD-EFGH"
    assert device.verification_uri_complete == "https://login.example.test/link?user_code=ABCD-EFGH"
    sent_device = parse_qs(device_route.calls.last.request.content.decode())
    assert device.code_verifier is not None
    assert sent_device["code_challenge"] == [code_challenge(device.code_verifier)]
    assert sent_device["scope"] == ["read write"]

    progress: list[DevicePollStatus] = []
    token = client.poll_device_token(device, progress.append)

    assert token.access_token == "at-1"
    assert clock.sleeps == [5, 5, 10, 10]  # the interval grows by 5 s after slow_down
    assert [p.last_error for p in progress] == [None, "authorization_pending", "slow_down", "authorization_pending"]
    poll = parse_qs(token_route.calls.last.request.content.decode())
    assert poll["grant_type"] == ["urn:ietf:params:oauth:grant-type:device_code"]
    assert poll["device_code"] == ["dev-code-1"]
    assert poll["code_verifier"] == [device.code_verifier]


def test_device_flow_tolerates_bmw_status_codes(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "verification_uri_complete": "https://x/?c=1"})
    router.post("/token").mock(side_effect=[pending(403), slow_down(400), httpx.Response(200, json=token_body())])
    device = client.start_device_authorization()
    assert device.verification_uri_complete == "https://x/?c=1"
    assert client.poll_device_token(device).access_token == "at-1"


@pytest.mark.parametrize(
    ("error", "status", "expected"),
    [
        ("expired_token", 401, DeviceCodeExpiredError),
        ("invalid_grant", 400, DeviceCodeExpiredError),
        ("access_denied", 403, AuthorizationDeniedError),
    ],
)
def test_device_flow_terminal_errors(
    config: OAuthConfig, clock: FakeClock, error: str, status: int, expected: type[Exception]
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    router.post("/token").mock(side_effect=[pending(403), httpx.Response(status, json={"error": error})])
    with pytest.raises(expected, match="start the login again"):
        client.poll_device_token(client.start_device_authorization())


def test_a_server_fault_while_polling_ends_the_login_with_a_restart_hint(config: OAuthConfig, clock: FakeClock) -> None:
    fault = {"fault": {"faultstring": "Invalid Access Token", "detail": {"errorcode": "keymanagement.service"}}}
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=[pending(403), httpx.Response(500, json=fault)])
    with pytest.raises(DeviceCodeExpiredError, match="start the login again") as caught:
        client.poll_device_token(client.start_device_authorization())
    assert caught.value.status_code == 500
    assert route.call_count == 2


def test_device_code_expires_locally(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": 12})
    route = router.post("/token").mock(return_value=pending(403))
    with pytest.raises(DeviceCodeExpiredError):
        client.poll_device_token(client.start_device_authorization())
    assert route.call_count == 2  # at 5 and 10 s: a third poll would come after the code died
    assert clock.sleeps == [5, 5]


async def test_async_device_flow(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    router.post("/token").mock(side_effect=[pending(), httpx.Response(200, json=token_body())])
    device = await client.astart_device_authorization()
    token = await client.apoll_device_token(device)
    assert token.refresh_token == "rt-1"
    assert clock.sleeps == [5, 5]


@pytest.mark.parametrize(
    ("stated", "interval"), [(None, 5), (0, 5), (-1, 5), ("", 5), (0.01, 1), (0.5, 1), (1, 1), (2.5, 2.5)]
)
def test_device_polling_waits_at_least_a_second_and_five_when_no_interval_is_stated(
    config: OAuthConfig, clock: FakeClock, stated: float | str | None, interval: float
) -> None:
    client, router = mocked(config, clock)
    answer = {key: value for key, value in DEVICE.items() if key != "interval"}
    if stated is not None:
        answer["interval"] = stated
    router.post("/device").respond(200, json=answer)
    router.post("/token").mock(side_effect=[pending(403), slow_down(), httpx.Response(200, json=token_body())])
    device = client.start_device_authorization()
    assert device.interval == interval
    client.poll_device_token(device)
    assert clock.sleeps == [interval, interval, interval + 5]  # slow_down adds 5 s (RFC 8628 §3.5)


def test_a_device_authorization_built_by_hand_is_polled_at_least_a_second_apart(
    config: OAuthConfig, clock: FakeClock
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    router.post("/token").mock(side_effect=[pending(), httpx.Response(200, json=token_body())])
    device = replace(client.start_device_authorization(), interval=0.2)
    client.poll_device_token(device)
    assert clock.sleeps == [1, 1]


def old_token() -> Token:
    return Token(access_token="at-0", refresh_token="rt-0", scopes=("read",), id_token="id-0", extras={"gcid": "g"})


def test_refresh_rotates_refresh_token(config: OAuthConfig) -> None:
    client, router = mocked(config)
    route = router.post("/token").respond(200, json=token_body(refresh_token="rt-2"))
    token = client.refresh(old_token())
    assert parse_qs(route.calls.last.request.content.decode()) == {
        "grant_type": ["refresh_token"],
        "refresh_token": ["rt-0"],
    }
    assert (token.access_token, token.refresh_token) == ("at-1", "rt-2")
    assert token.scopes == ("read",)
    assert token.id_token == "id-0"
    assert token.extras == {"gcid": "g"}


def test_refresh_keeps_refresh_token_when_none_returned(config: OAuthConfig) -> None:
    client, router = mocked(config)
    router.post("/token").respond(200, json={"access_token": "at-9", "expires_in": 1799})
    assert client.refresh(old_token()).refresh_token == "rt-0"


def test_refresh_sends_scope_when_configured(config: OAuthConfig) -> None:
    client, router = mocked(replace(config, send_scope_on_refresh=True))
    route = router.post("/token").respond(200, json=token_body())
    client.refresh(old_token())
    assert parse_qs(route.calls.last.request.content.decode())["scope"] == ["read write"]


@pytest.mark.parametrize("error", ["invalid_grant", "invalid_request"])
def test_dead_refresh_token_requires_reauthorization(config: OAuthConfig, error: str) -> None:
    client, router = mocked(replace(config, reauth_errors=frozenset({"invalid_grant", "invalid_request"})))
    router.post("/token").respond(400, json={"error": error})
    with pytest.raises(ReauthorizationRequiredError):
        client.refresh(old_token())


@pytest.mark.parametrize(
    ("status", "error_class"), [(429, RateLimitError), (500, ServerError), (503, ServerError), (400, OAuthError)]
)
def test_a_busy_or_failing_login_server_is_a_rate_limit_or_server_error(
    config: OAuthConfig, status: int, error_class: type[ApiError]
) -> None:
    client, router = mocked(replace(config, reauth_errors=frozenset({"invalid_grant"})))
    body = {
        "error": "invalid_grant" if status >= 429 else "invalid_request",
        "error_description": "echo rt-0-long-secret",
    }
    headers = {"Retry-After": "120", "x-request-id": "req-42"}
    router.post("/token").respond(status, json=body, headers=headers)
    with pytest.raises(ApiError) as caught:
        client.refresh(replace(old_token(), refresh_token="rt-0-long-secret"))
    error = caught.value
    assert type(error) is error_class  # never ReauthorizationRequiredError: the refresh token stays good
    assert (error.status_code, error.code) == (status, body["error"])
    assert (error.request_id, error.retry_after) == ("req-42", 120)
    assert error.message == "echo ***"
    assert str(error) == f"HTTP {status} {body['error']}: echo *** (request id req-42)"


B2C_DESCRIPTION = (
    "AADB2C90080: The provided grant has expired. Please re-authenticate and try again.\r\n"
    "Correlation ID: 7c1e2d3f-0a9b-4c5d-8e7f-112233445566\r\nTimestamp: 2026-01-01 00:00:00Z\r\n"
)


@pytest.mark.parametrize(
    ("headers", "request_id"),
    [({}, "7c1e2d3f-0a9b-4c5d-8e7f-112233445566"), ({"x-request-id": "hdr-1"}, "hdr-1")],
)
def test_an_oauth_error_takes_the_b2c_correlation_id_and_reads_as_one_line(
    config: OAuthConfig, headers: dict[str, str], request_id: str
) -> None:
    client, router = mocked(replace(config, reauth_errors=frozenset({"invalid_grant"})))
    router.post("/token").respond(
        400, json={"error": "invalid_grant", "error_description": B2C_DESCRIPTION}, headers=headers
    )
    with pytest.raises(ReauthorizationRequiredError) as caught:
        client.refresh(old_token())
    assert caught.value.request_id == request_id
    assert caught.value.message == (
        "AADB2C90080: The provided grant has expired. Please re-authenticate and try again. "
        "Correlation ID: 7c1e2d3f-0a9b-4c5d-8e7f-112233445566 Timestamp: 2026-01-01 00:00:00Z"
    )


def stale_login(clock: FakeClock) -> Token:
    """Due for a refresh, and idling out within keep_alive's margin."""
    now = clock.now()
    return Token("at-0", "rt-0", expires_at=now + timedelta(seconds=30), refresh_expires_at=now + timedelta(days=1))


@pytest.mark.parametrize(
    ("status", "error", "error_class"),
    [(429, "slow_down", RateLimitError), (503, "temporarily_unavailable", ServerError)],
)
@pytest.mark.parametrize("use", ["sync", "async", "keep_alive"])
async def test_a_refresh_refused_as_busy_keeps_the_login(
    config: OAuthConfig, clock: FakeClock, status: int, error: str, error_class: type[ApiError], use: str
) -> None:
    client, router = mocked(replace(config, reauth_errors=frozenset({"invalid_grant"})), clock)
    busy = httpx.Response(status, json={"error": error}, headers={"Retry-After": "120", "x-request-id": "r-1"})
    route = router.post("/token").mock(side_effect=[busy, httpx.Response(200, json=token_body())])
    store = MemoryTokenStore(stale_login(clock))
    manager = client.token_manager(store)

    async def use_it() -> object:
        if use == "sync":
            return manager.get_access_token()
        if use == "async":
            return await manager.aget_access_token()
        return manager.keep_alive()

    if use == "keep_alive":
        with pytest.raises(error_class) as caught:
            await use_it()
        assert (caught.value.request_id, caught.value.retry_after) == ("r-1", 120)
    else:  # the access token has not expired: it is used until the login server's Retry-After ends
        assert await use_it() == "at-0"
    assert store.load() == stale_login(clock)  # nothing deleted, the refresh token is not taken for dead
    clock.advance(120)
    assert await use_it() in ("at-1", True)  # the same refresh token is sent again and works
    assert [parse_qs(call.request.content.decode())["refresh_token"] for call in route.calls] == [["rt-0"], ["rt-0"]]
    assert store.load() == manager.token


def test_refresh_without_refresh_token(config: OAuthConfig) -> None:
    client, _ = mocked(config)
    with pytest.raises(ReauthorizationRequiredError):
        client.refresh(Token(access_token="only"))


def test_client_credentials(config: OAuthConfig) -> None:
    client, router = mocked(config)
    route = router.post("/token").respond(200, json={"access_token": "app", "expires_in": 3600})
    assert client.client_credentials().access_token == "app"
    assert parse_qs(route.calls.last.request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["read write"],
    }


async def test_async_client_credentials_and_revoke(config: OAuthConfig) -> None:
    client, router = mocked(config)
    router.post("/token").respond(200, json={"access_token": "app"})
    revoke = router.post("/revoke").respond(200)
    assert (await client.aclient_credentials()).expires_at is None
    await client.arevoke("rt-0")
    assert parse_qs(revoke.calls.last.request.content.decode()) == {
        "token": ["rt-0"],
        "token_type_hint": ["refresh_token"],
    }
    router.post("/revoke").respond(400, json={"error": "unsupported_token_type"})
    with pytest.raises(OAuthError):
        await client.arevoke("x")


def test_token_requests_use_the_login_timeout(config: OAuthConfig) -> None:
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=token_body())

    OAuthClient(config, transport=httpx.MockTransport(answer)).client_credentials()
    OAuthClient(config, transport=httpx.MockTransport(answer), timeout=5.0).client_credentials()
    assert seen[0] == httpx.Timeout(TOKEN_TIMEOUT).as_dict()
    assert seen[1] == httpx.Timeout(5.0).as_dict()


async def test_async_token_requests_go_through_the_async_transport_only(config: OAuthConfig) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the sync transport must not carry async token requests")

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=token_body())

    client = OAuthClient(config, transport=httpx.MockTransport(refused), async_transport=httpx.MockTransport(answer))
    assert (await client.aclient_credentials()).access_token == "at-1"
    await client.aclose()


def test_a_token_request_that_never_left_is_retried_as_the_login_retry_policy_allows(
    config: OAuthConfig, clock: FakeClock
) -> None:
    attempts: list[httpx.Request] = []

    def refused(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    client = OAuthClient(
        config, transport=httpx.MockTransport(refused), retry=RetryPolicy(max_retries=2, jitter=0.0), clock=clock
    )
    with pytest.raises(TransportError):
        client.client_credentials()
    assert len(attempts) == 3
    assert clock.sleeps == [0.5, 1.0]

    attempts.clear()
    never = OAuthClient(config, transport=httpx.MockTransport(refused), retry=RetryPolicy.disabled(), clock=clock)
    with pytest.raises(TransportError):
        never.client_credentials()
    assert len(attempts) == 1


def test_token_requests_refill_the_retry_budget_they_spend(config: OAuthConfig, clock: FakeClock) -> None:
    attempts: list[httpx.Request] = []

    def refused(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    budget = RetryBudget(ratio=0.5, capacity=1)
    client = OAuthClient(
        config, transport=httpx.MockTransport(refused), retry=RetryPolicy(jitter=0.0, budget=budget), clock=clock
    )
    per_login = []
    for _ in range(4):
        attempts.clear()
        with pytest.raises(TransportError):
            client.client_credentials()
        per_login.append(len(attempts))
    # each token request earns half a retry: the budget refills as it does for API calls
    assert per_login == [2, 1, 2, 1]


def test_a_token_endpoint_retry_after_date_is_read_on_the_login_clock(config: OAuthConfig) -> None:
    clock = FakeClock(datetime(2040, 1, 1, tzinfo=UTC))
    client, router = mocked(config, clock)
    later = format_datetime(clock.now() + timedelta(hours=1), usegmt=True)
    router.post("/token").respond(429, json={"error": "slow_down"}, headers={"Retry-After": later})
    with pytest.raises(RateLimitError) as caught:
        client.refresh(old_token())
    assert caught.value.retry_after == 3600


@pytest.mark.parametrize("driver", ["sync", "async"])
async def test_an_undecodable_token_answer_is_a_parse_error_and_is_not_sent_again(
    config: OAuthConfig, clock: FakeClock, driver: str
) -> None:
    attempts: list[httpx.Request] = []

    def mislabelled(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b'{"access_token": "at"}')

    async def amislabelled(request: httpx.Request) -> httpx.Response:
        return mislabelled(request)

    client = OAuthClient(
        config,
        transport=httpx.MockTransport(mislabelled),
        async_transport=httpx.MockTransport(amislabelled),
        retry=RetryPolicy(max_retries=3, jitter=0.0),
        clock=clock,
    )
    with pytest.raises(ResponseParseError, match="DecodingError") as caught:
        client.refresh(old_token()) if driver == "sync" else await client.arefresh(old_token())
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert "rt-0" not in str(caught.value)
    assert len(attempts) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize(
    ("scopes", "names"),
    [("openid conve:lock", ("openid", "conve:lock")), (["openid", "conve:lock"], ("openid", "conve:lock")), ("", ())],
)
def test_a_scope_string_is_a_space_separated_list(scopes: str | list[str], names: tuple[str, ...]) -> None:
    from carconnect.core.oauth import scope_names

    assert scope_names(scopes) == names


def test_a_login_subclass_is_named_in_its_repr(config: OAuthConfig) -> None:
    class AcmeAuth(OAuthClient):
        pass

    assert repr(AcmeAuth(config)).startswith("AcmeAuth(OAuthConfig(")
    assert "s3cret-value" not in repr(AcmeAuth(config))
