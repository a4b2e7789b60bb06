"""Scopes of a token answer that names none: RFC 6749 §5.1, the requested scope was granted."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from carconnect.core import Token
from carconnect.core.oauth import OAuthClient, OAuthConfig

NOW = datetime(2026, 1, 1, tzinfo=UTC)
REQUESTED = ("openid", "conve:odometer_status")
TOKEN_URL = "http://login.example.test/token"


def test_a_first_login_without_scope_granted_the_requested_scopes() -> None:
    token = Token.from_response({"access_token": "a", "refresh_token": "r"}, now=NOW, requested_scopes=REQUESTED)
    assert token.scopes == REQUESTED
    assert Token.from_dict(token.to_dict()).scopes == REQUESTED


def test_a_refresh_without_scope_keeps_the_previous_scopes() -> None:
    previous = Token("a1", "r1", scopes=("openid", "vehicle:read"))
    token = Token.from_response({"access_token": "a2"}, now=NOW, previous=previous, requested_scopes=REQUESTED)
    assert token.scopes == ("openid", "vehicle:read")


def test_a_refresh_of_a_token_with_no_scopes_recorded_takes_the_requested_ones() -> None:
    previous = Token("a1", "r1")
    token = Token.from_response({"access_token": "a2"}, now=NOW, previous=previous, requested_scopes=REQUESTED)
    assert token.scopes == REQUESTED


def test_the_answer_scope_wins_and_nothing_requested_records_nothing() -> None:
    granted = Token.from_response({"access_token": "a", "scope": "openid"}, now=NOW, requested_scopes=REQUESTED)
    assert granted.scopes == ("openid",)
    assert Token.from_response({"access_token": "a"}, now=NOW).scopes == ()


def test_a_login_whose_answer_names_no_scope_records_the_configured_ones() -> None:
    config = OAuthConfig(client_id="app", client_secret="app-secret", token_url=TOKEN_URL, scopes=REQUESTED)
    answer = httpx.MockTransport(lambda request: httpx.Response(200, json={"access_token": "a", "expires_in": 60}))
    with OAuthClient(config, transport=answer) as login:
        assert login.client_credentials().scopes == REQUESTED
