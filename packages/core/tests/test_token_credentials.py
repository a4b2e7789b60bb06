"""A ``Token`` passed as credentials: used as it is, and what a call says once it needs a refresh."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

import httpx
import pytest

from carconnect.core import (
    AsyncClientBase,
    AuthenticationError,
    ClientBase,
    FakeClock,
    ReauthorizationRequiredError,
    Token,
    TokenManager,
    as_token_source,
)

API = "https://api.example.test"
NEEDS_A_REFRESHER = (
    "and was not refreshed: it was passed as a Token without a refresher, so its refresh token is never used; "
    "pass auth.token_manager(token)"
)


def answered(seen: list[str], status: int = 200) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(status, json={})

    return httpx.MockTransport(answer)


def refreshable(clock: FakeClock) -> Token:
    """A token with a refresh token of its own (a login this process has not been warned about)."""
    now = clock.now()
    refresh_token = f"rt-secret-{uuid.uuid4().hex}"
    return Token(
        "at-secret-1", refresh_token, expires_at=now + timedelta(hours=1), refresh_expires_at=now + timedelta(days=14)
    )


def test_a_token_with_a_refresh_token_warns_once_what_to_pass_instead(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    source = as_token_source(refreshable(clock), clock)
    assert isinstance(source, TokenManager), "a Token is still a token manager (streaming reads its token)"
    assert source.get_access_token() == "at-secret-1"
    source.get_access_token()
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.name for record in warnings] == ["carconnect.core.tokens"]
    assert warnings[0].getMessage() == (
        "a Token with a refresh token was passed as credentials without a refresher: its access token is used "
        "until shortly before it expires (at 2026-01-01T01:00:00+00:00) and never refreshed, then calls fail with "
        "AuthenticationError (code 'no_refresher'); pass auth.token_manager(token) (every brand's auth has it: "
        "BmwAuth, FordConnectAuth, SmartcarAuth, VolvoAuth...) or TokenManager(token, auth) as credentials to "
        "have it refreshed"
    )
    assert "secret" not in warnings[0].getMessage() + repr(source)


def test_views_made_again_with_the_same_token_warn_once(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.core.tokens")
    token = refreshable(clock)
    for _ in range(3):  # a view per request, each with the user's stored Token
        as_token_source(token, clock)
    levels = [record.levelno for record in caplog.records]
    assert levels == [logging.WARNING, logging.DEBUG, logging.DEBUG]
    as_token_source(refreshable(clock), clock)  # another login
    assert caplog.records[-1].levelno == logging.WARNING


def test_a_token_without_a_refresh_token_is_not_warned_about(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    source = as_token_source(Token("at", expires_at=clock.now() + timedelta(hours=1)), clock)
    assert source.get_access_token() == "at"
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    clock.advance(3600)
    with pytest.raises(ReauthorizationRequiredError):  # nothing to refresh it with: a new token is needed
        source.get_access_token()


def test_an_expired_token_says_it_was_not_refreshed_rather_than_log_in_again(clock: FakeClock) -> None:
    seen: list[str] = []
    with ClientBase(refreshable(clock), transport=answered(seen), clock=clock) as client:
        http = client.http_client_for(API)
        assert http.get("/vehicles").status_code == 200
        clock.advance(3600)
        with pytest.raises(AuthenticationError) as caught:
            http.get("/vehicles")
    assert seen == ["Bearer at-secret-1"], "nothing is sent with the expired token"
    error = caught.value
    assert not isinstance(error, ReauthorizationRequiredError), "the login is alive: no new login is needed"
    assert error.code == "no_refresher"
    assert str(error).startswith(
        f"no_refresher: the access token expired at 2026-01-01T01:00:00+00:00 {NEEDS_A_REFRESHER}"
    )
    assert "secret" not in str(error) + repr(error)


def test_a_token_the_vendor_refuses_says_it_was_not_refreshed(clock: FakeClock) -> None:
    seen: list[str] = []
    with (
        ClientBase(refreshable(clock), transport=answered(seen, 401), clock=clock) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.http_client_for(API).get("/vehicles")
    assert seen == ["Bearer at-secret-1"]
    assert caught.value.code == "no_refresher"
    assert f"the access token was refused by the vendor {NEEDS_A_REFRESHER}" in str(caught.value)


async def test_an_async_client_says_so_too(clock: FakeClock) -> None:
    seen: list[str] = []
    async with AsyncClientBase(refreshable(clock), transport=answered(seen), clock=clock) as client:
        clock.advance(3600 - 30)  # within the refresh leeway: a token manager would refresh it now
        with pytest.raises(AuthenticationError) as caught:
            await client.http_client_for(API).get("/vehicles")
    assert seen == []
    assert caught.value.code == "no_refresher"
    assert "the access token expires at 2026-01-01T01:00:00+00:00 and was not refreshed" in str(caught.value)


def test_a_token_whose_login_ended_still_asks_for_a_new_login(clock: FakeClock) -> None:
    source = as_token_source(refreshable(clock), clock)
    clock.advance(timedelta(days=15).total_seconds())
    with pytest.raises(ReauthorizationRequiredError) as caught:
        source.get_access_token()
    assert caught.value.code == "login_required"


def test_a_token_manager_with_a_refresher_is_the_fix(clock: FakeClock) -> None:
    class Refresher:
        def refresh(self, token: Token) -> Token:
            return Token("at-2", "rt-2", expires_at=clock.now() + timedelta(hours=1))

        async def arefresh(self, token: Token) -> Token:
            return self.refresh(token)

    manager = TokenManager(refreshable(clock), Refresher(), clock=clock)
    assert as_token_source(manager, clock) is manager
    clock.advance(3600)
    assert manager.get_access_token() == "at-2"
