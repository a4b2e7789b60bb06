"""What `carconnect login` and `carconnect tokens` say about when a login ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from carconnect.cli import storage
from carconnect.core import Token
from carconnect.volvo.auth import REFRESH_LIFETIME

from .conftest import Cli

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_the_idle_deadline_and_the_end_of_the_login_are_shown_apart() -> None:
    token = Token(
        "a",
        "r",
        expires_at=NOW + timedelta(minutes=5),
        refresh_expires_at=NOW + timedelta(days=7),
        login_expires_at=NOW + timedelta(days=3),
    )
    facts = storage.describe(token)
    assert facts["refresh_expires_at"] == (NOW + timedelta(days=7)).isoformat()
    assert facts["login_expires_at"] == (NOW + timedelta(days=3)).isoformat()
    unknown = storage.describe(Token("a"))
    assert unknown["refresh_expires_at"] is None
    assert unknown["login_expires_at"] is None


def test_a_volvo_login_shows_when_it_idles_out_and_when_it_ends(cli: Cli) -> None:
    login = cli.json("login", "volvo")
    idle_end = datetime.fromisoformat(login["refresh_expires_at"])
    login_end = datetime.fromisoformat(login["login_expires_at"])
    assert REFRESH_LIFETIME.absolute is not None
    assert REFRESH_LIFETIME.idle is not None
    assert login_end - idle_end == REFRESH_LIFETIME.absolute - REFRESH_LIFETIME.idle  # 7 idle days, 6 months in all
    [account] = cli.json("tokens")
    assert (account["refresh_expires_at"], account["login_expires_at"]) == (
        login["refresh_expires_at"],
        login["login_expires_at"],
    )
