"""Token answers that give no usable access token, and lifetimes that cannot be meant."""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from carconnect.core import FileTokenStore, ResponseParseError, Token, TokenManager
from carconnect.core.errors import UnusableTokenAnswer
from carconnect.core.oauth import OAuthClient, OAuthConfig
from carconnect.core.sources import refresh_leeway
from carconnect.core.tokens import UNUSABLE_ACCESS_TOKEN

NOW = datetime(2030, 1, 1, tzinfo=UTC)
SECRETS = ("at-new-secret", "rt-new-secret", "rt-old-secret", "at-old-secret", "id-secret")


def previous() -> Token:
    return Token(
        "at-old-secret",
        "rt-old-secret",
        expires_at=NOW,
        scopes=("a", "b"),
        id_token="id-secret",
        extras={"gcid": "g-1"},
        refresh_expires_at=NOW + timedelta(days=1),
        login_expires_at=NOW + timedelta(days=100),
        issued_at=NOW - timedelta(hours=1),
    )


@pytest.mark.parametrize("expires_in", [0, -3600, "0", "-1", -0.5])
def test_a_lifetime_of_zero_or_less_is_unstated_and_warned(
    caplog: pytest.LogCaptureFixture, expires_in: object
) -> None:
    answer = {"access_token": "at-new-secret", "refresh_token": "rt-new-secret", "expires_in": expires_in}
    with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
        token = Token.from_response(answer, now=NOW, previous=previous())
    assert token.expires_at is None  # used until refused, not refreshed before every call
    assert not token.expires_within(refresh_leeway(token), NOW + timedelta(days=1))
    (record,) = [r for r in caplog.records if r.name == "carconnect.core.tokens"]
    assert record.levelno == logging.WARNING
    assert not any(secret in record.getMessage() for secret in SECRETS)


def test_a_positive_lifetime_still_counts_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
        token = Token.from_response({"access_token": "at", "expires_in": 30}, now=NOW)
    assert token.expires_at == NOW + timedelta(seconds=30)
    assert caplog.records == []


@pytest.mark.parametrize("field", ["refresh_expires_in", "refresh_token_expires_in"])
@pytest.mark.parametrize("seconds", [0, -60])
def test_a_refresh_lifetime_of_zero_or_less_is_unstated(field: str, seconds: int) -> None:
    token = Token.from_response({"access_token": "at", "refresh_token": "rt", field: seconds}, now=NOW)
    assert token.refresh_expires_at is None  # Keycloak's 0: no idle end, not a login that already ended


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ({"access_token": ""}, "empty access_token"),
        ({"access_token": None}, "no access_token"),
        ({}, "no access_token"),
        ({"access_token": 7}, "no access_token"),
        ({"access_token": "at-new-secret", "token_type": "mac"}, "token_type 'mac'"),
        ({"access_token": "at-new-secret", "token_type": "DPoP"}, "token_type 'DPoP'"),
        ({"access_token": "at-new-secret", "token_type": 1}, "token_type that is not a string"),
    ],
)
def test_an_answer_without_a_usable_access_token_is_refused(answer: dict[str, object], problem: str) -> None:
    with pytest.raises(UnusableTokenAnswer, match=problem) as caught:
        Token.from_response({"refresh_token": "rt-old-secret", **answer}, now=NOW, previous=previous())
    assert isinstance(caught.value, ResponseParseError)
    assert caught.value.rotated is None  # the refresh token sent is still the one to use
    shown = "".join(traceback.format_exception_only(caught.value)) + repr(caught.value)
    assert not any(secret in shown for secret in SECRETS)


@pytest.mark.parametrize("token_type", ["Bearer", "bearer", "BEARER", None, ""])
def test_bearer_in_any_case_or_unstated_is_accepted(token_type: str | None) -> None:
    token = Token.from_response({"access_token": "at", "token_type": token_type}, now=NOW)
    assert token.access_token == "at"


def test_a_body_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(UnusableTokenAnswer, match="not a JSON object") as caught:
        Token.from_response(["at"], now=NOW)
    assert caught.value.rotated is None


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": None},
        {"access_token": ""},
        {"access_token": "at-new-secret", "token_type": "mac"},
    ],
)
def test_a_rotated_refresh_token_survives_an_unusable_answer(answer: dict[str, object]) -> None:
    body = {"refresh_token": "rt-new-secret", "expires_in": 3600, "extra": 1, **answer}
    with pytest.raises(UnusableTokenAnswer) as caught:
        Token.from_response(body, now=NOW, previous=previous())
    rotated = caught.value.rotated
    assert rotated is not None
    assert rotated.refresh_token == "rt-new-secret"
    assert rotated.access_token == UNUSABLE_ACCESS_TOKEN
    assert (rotated.expires_at, rotated.issued_at) == (NOW, NOW)
    assert rotated.scopes == ("a", "b")
    assert rotated.id_token == "id-secret"
    assert dict(rotated.extras) == {"gcid": "g-1", "extra": 1}
    assert rotated.login_expires_at == NOW + timedelta(days=100)
    assert rotated.refresh_expires_at is None  # a new refresh token with nothing said of its life
    assert rotated.expires_within(refresh_leeway(rotated), NOW)  # refreshed before any use
    assert rotated.expires_within(refresh_leeway(rotated, 0), NOW)
    assert Token.from_json(json.dumps(rotated.to_dict())) == rotated  # what a store writes reads back
    shown = "".join(traceback.format_exception_only(caught.value)) + repr(caught.value) + repr(rotated) + str(rotated)
    assert not any(secret in shown for secret in SECRETS)


@pytest.mark.parametrize("refresh_token", ["rt-old-secret", "", None, {"value": "rt-new-secret"}])
def test_no_rotated_token_without_a_new_refresh_token(refresh_token: object) -> None:
    with pytest.raises(UnusableTokenAnswer) as caught:
        Token.from_response({"access_token": None, "refresh_token": refresh_token}, now=NOW, previous=previous())
    assert caught.value.rotated is None


def test_a_refresh_token_that_is_not_a_string_is_ignored() -> None:
    token = Token.from_response(
        {"access_token": "at-new-secret", "refresh_token": {"value": "rt-new-secret"}}, now=NOW, previous=previous()
    )
    assert token.refresh_token == "rt-old-secret"
    assert token.refresh_expires_at == NOW + timedelta(days=1)  # the kept refresh token keeps its known end


def test_the_stored_rotated_token_is_refreshed_with_the_new_refresh_token(tmp_path: Path) -> None:
    """What a token manager does with a saved ``rotated``: the next lookup refreshes with it."""
    sent: list[str] = []
    answers = iter(
        [
            httpx.Response(200, json={"access_token": None, "refresh_token": "rt-new-secret"}),
            httpx.Response(200, json={"access_token": "at-new-secret", "refresh_token": "rt-3", "expires_in": 3600}),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content.decode())
        return next(answers)

    config = OAuthConfig(client_id="cid", client_secret="cs", token_url="https://login.example/token")
    client = OAuthClient(config, transport=httpx.MockTransport(handler))
    store = FileTokenStore(tmp_path / "token.json")
    with pytest.raises(UnusableTokenAnswer) as caught:
        client.refresh(previous())
    assert caught.value.rotated is not None
    store.save(caught.value.rotated)
    assert store.load() == caught.value.rotated
    manager = TokenManager(store, client)
    assert manager.get_access_token() == "at-new-secret"
    assert "refresh_token=rt-new-secret" in sent[-1]
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-3"
