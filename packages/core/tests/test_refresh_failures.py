"""TokenManager: a refresh that fails is logged, naming the login's store, and the error raised says it
was the refresh of that login's token that failed, with its class and fields kept (FakeClock; the
Redis store on a real redis-server)."""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx
import pytest

from carconnect.core import (
    ApiError,
    CarConnectError,
    FakeClock,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    RetryPolicy,
    ServerError,
    Token,
    TokenManager,
    TokenStore,
    TransportError,
)
from carconnect.core.oauth import OAuthClient, OAuthConfig
from carconnect.core.shared import RedisTokenStore

from .conftest import access_token

SECRETS = ("at-0", "rt-0", "s3cret-value")


def failing(kind: str) -> httpx.MockTransport:
    """A token endpoint that fails as ``kind`` says."""

    def answer(request: httpx.Request) -> httpx.Response:
        if kind == "server_error":
            body = {"error": "server_error", "error_description": "Simulated failure."}
            return httpx.Response(500, json=body, headers={"x-request-id": "req-7"})
        if kind == "invalid_grant":
            return httpx.Response(400, json={"error": "invalid_grant", "error_description": "expired"})
        raise httpx.ConnectError("connection refused", request=request)

    return httpx.MockTransport(answer)


def store_of(kind: str, request: pytest.FixtureRequest) -> tuple[TokenStore, str]:
    """A store for user 43, and how messages name it."""
    if kind == "redis":
        return RedisTokenStore(request.getfixturevalue("redis_client"), "volvo:user-43"), (
            "redis key carconnect:token:volvo:user-43"
        )
    return MemoryTokenStore(label="volvo user-43"), "volvo user-43"


def manager_for(config: OAuthConfig, clock: FakeClock, store: TokenStore, kind: str) -> TokenManager:
    transport = failing(kind)
    client = OAuthClient(
        config, transport=transport, async_transport=transport, retry=RetryPolicy.disabled(), clock=clock
    )
    store.save(Token("at-0", "rt-0", expires_at=clock.now() - timedelta(seconds=1)))  # expired: nothing to fall back on
    return client.token_manager(store)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("store_kind", ["memory", "redis"])
@pytest.mark.parametrize(
    ("kind", "error_class"),
    [("server_error", ServerError), ("invalid_grant", ReauthorizationRequiredError), ("unreachable", TransportError)],
)
def test_a_failed_refresh_is_logged_and_raised_naming_the_login(
    config: OAuthConfig,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
    use_async: bool,
    store_kind: str,
    kind: str,
    error_class: type[CarConnectError],
) -> None:
    store, label = store_of(store_kind, request)
    manager = manager_for(config, clock, store, kind)
    with caplog.at_level(logging.WARNING, logger="carconnect"), pytest.raises(error_class) as raised:
        access_token(manager, use_async)
    error = raised.value
    assert f"refreshing the token in {label} failed: " in str(error)
    failures = [record for record in caplog.records if record.getMessage().startswith("refreshing the token")]
    assert [record.levelno for record in failures] == [logging.WARNING]
    assert label in failures[0].getMessage()
    assert error_class.__name__ in failures[0].getMessage()
    assert isinstance(failures[0].args, tuple)
    assert all(isinstance(arg, str) for arg in failures[0].args)  # nothing that keeps the request alive
    for text in (caplog.text, str(error), repr(error)):
        assert not any(secret in text for secret in SECRETS)
    if isinstance(error, ApiError):
        assert error.method == "POST"
        assert error.url == config.token_url
    if kind == "server_error":
        assert isinstance(error, ServerError)
        assert (error.status_code, error.code, error.request_id) == (500, "server_error", "req-7")
        assert str(error) == (
            f"HTTP 500 server_error: refreshing the token in {label} failed: Simulated failure. (request id req-7)"
        )
    if kind == "invalid_grant":
        assert isinstance(error, ReauthorizationRequiredError)
        assert (error.status_code, error.code) == (400, "invalid_grant")
    assert store.load() == Token("at-0", "rt-0", expires_at=clock.now() - timedelta(seconds=1))
