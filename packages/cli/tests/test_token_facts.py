"""What `carconnect login` and `carconnect tokens` say about when a login ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from carconnect.cli import output, storage
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


@pytest.mark.parametrize("width", [80, 120])
def test_the_tokens_table_shows_whole_dates_within_80_columns(
    cli: Cli, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for brand in ("volvo", "smartcar"):  # Smartcar's token has 28 scopes
        cli.json("login", brand)
    cli.json("login", "smartcar", "--app")
    monkeypatch.setattr(output, "console", Console(width=width))
    listing = cli("tokens")
    assert listing.exit_code == 0
    lines = listing.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    for account in cli.json("tokens"):
        [row] = [line.split() for line in lines if line.startswith(f"{account['account']} ")]
        dates = [_local(account[key]) for key in ("expires_at", "refresh_expires_at", "login_expires_at")]
        if not account["has_refresh_token"]:
            dates[1] = "no refresh token"
        shown = [date for date in dates if date]
        assert " ".join(row[1:-1]) == " ".join(shown)
        assert row[-1] == str(len(account["scopes"]))


def _local(iso: str | None) -> str | None:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M") if iso else None


def test_an_unreadable_login_is_listed_below_the_table(cli: Cli, home: Path) -> None:
    cli.json("login", "volvo")
    cli.json("login", "bmw")
    [token_file] = (home / "tokens").glob("volvo-sim-*.json")
    token_file.write_text("{")
    listing = cli("tokens")
    assert listing.exit_code == 0
    assert listing.stdout.splitlines()[-1].startswith(f"volvo-sim-default: cannot be read: token file {token_file}")
    assert "bmw-sim-default " in listing.stdout
