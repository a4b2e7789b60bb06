"""Refresh-token lifetimes: known from the answer or the vendor, warned about, kept alive, enforced."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from carconnect.core import (
    ClientCredentialsSource,
    FakeClock,
    FileTokenStore,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    RefreshLifetime,
    Token,
    TokenManager,
    TokenStoreError,
)

NOW = datetime(2026, 1, 1, tzinfo=UTC)
VOLVO_LIKE = RefreshLifetime(idle=timedelta(days=7), absolute=timedelta(days=180))
WORKER = Path(__file__).with_name("store_worker.py")


class CountingRefresher:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.calls = clock, 0

    def refresh(self, token: Token) -> Token:
        self.calls += 1
        payload = {"access_token": f"at-{self.calls}", "refresh_token": f"rt-{self.calls}", "expires_in": 3600}
        return Token.from_response(payload, now=self.clock.now(), previous=token, lifetime=VOLVO_LIKE)

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def test_lifetimes_come_from_the_vendor_and_the_login_end_is_kept_across_refreshes() -> None:
    first = Token.from_response({"access_token": "a", "refresh_token": "r"}, now=NOW, lifetime=VOLVO_LIKE)
    assert first.refresh_expires_at == NOW + timedelta(days=7)
    assert first.login_expires_at == NOW + timedelta(days=180)
    later = NOW + timedelta(days=5)
    second = Token.from_response(
        {"access_token": "b", "refresh_token": "s"}, now=later, previous=first, lifetime=VOLVO_LIKE
    )
    assert second.refresh_expires_at == later + timedelta(days=7)
    assert second.login_expires_at == NOW + timedelta(days=180)
    assert Token.from_dict(second.to_dict()) == second


def test_a_lifetime_in_the_answer_wins() -> None:
    payload = {"access_token": "a", "refresh_token": "r", "refresh_token_expires_in": 7776000}
    token = Token.from_response(payload, now=NOW, lifetime=VOLVO_LIKE)
    assert token.refresh_expires_at == NOW + timedelta(days=90)
    assert token.refresh_deadline == NOW + timedelta(days=90)
    assert Token.from_response({"access_token": "a"}, now=NOW, lifetime=VOLVO_LIKE).refresh_deadline is None


def test_a_refresh_token_kept_from_the_previous_answer_keeps_its_known_expiry() -> None:
    first = Token.from_response({"access_token": "a", "refresh_token": "r", "refresh_expires_in": 3600}, now=NOW)
    later = NOW + timedelta(minutes=10)
    kept = Token.from_response({"access_token": "b"}, now=later, previous=first)  # no refresh_token: the same one
    assert (kept.refresh_token, kept.refresh_expires_at) == ("r", NOW + timedelta(hours=1))
    rotated = Token.from_response({"access_token": "c", "refresh_token": "s"}, now=later, previous=first)
    assert rotated.refresh_expires_at is None  # a new refresh token with nothing said of its life


@pytest.mark.parametrize(
    "seconds",
    [10**12, 10**400, "Infinity", float("inf"), "-inf", float("nan"), "1e400"],
    ids=["1e12", "huge-int", "Infinity-text", "inf", "-inf-text", "nan", "1e400-text"],
)
def test_an_endless_or_absurd_lifetime_in_the_answer_counts_as_unstated(seconds: object) -> None:
    payload = {"access_token": "a", "refresh_token": "r", "expires_in": seconds, "refresh_expires_in": seconds}
    assert Token.from_response(payload, now=NOW).expires_at is None
    assert Token.from_response(payload, now=NOW).refresh_expires_at is None
    assert Token.from_response(payload, now=NOW, lifetime=VOLVO_LIKE).refresh_expires_at == NOW + timedelta(days=7)
    century = {"access_token": "a", "expires_in": 99 * 365 * 86400}
    assert Token.from_response(century, now=NOW).expires_at == NOW + timedelta(days=99 * 365)


def test_an_expired_refresh_token_needs_a_new_login_before_any_request() -> None:
    clock = FakeClock(NOW + timedelta(days=8))
    stale = Token("at", "rt", expires_at=NOW, refresh_expires_at=NOW + timedelta(days=7))
    refresher = CountingRefresher(clock)
    manager = TokenManager(MemoryTokenStore(stale), refresher, clock=clock)
    with pytest.raises(ReauthorizationRequiredError) as caught:
        manager.get_access_token()
    assert caught.value.code == "refresh_token_expired"
    assert refresher.calls == 0
    assert manager.store.load() == stale  # nothing deleted


def test_a_login_about_to_end_is_logged_once_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(NOW)
    token = Token(
        "secret-at", "secret-rt", expires_at=NOW + timedelta(hours=1), refresh_expires_at=NOW + timedelta(days=1)
    )
    manager = TokenManager(MemoryTokenStore(token), CountingRefresher(clock), clock=clock)
    with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
        manager.get_access_token()
        manager.get_access_token()
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "idles out" in warnings[0].getMessage()
    assert "secret" not in warnings[0].getMessage()
    assert manager.refresh_expires_at == NOW + timedelta(days=1)


def test_keep_alive_refreshes_only_a_login_that_would_idle_out() -> None:
    clock = FakeClock(NOW)
    refresher = CountingRefresher(clock)
    fresh = Token("at", "rt", expires_at=NOW + timedelta(hours=1), refresh_expires_at=NOW + timedelta(days=6))
    manager = TokenManager(MemoryTokenStore(fresh), refresher, clock=clock)
    assert manager.keep_alive() is False
    clock.advance(timedelta(days=5).total_seconds())
    assert manager.keep_alive() is True
    assert manager.keep_alive() is False
    assert refresher.calls == 1
    assert manager.get_access_token() == "at-1"


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def test_keep_alive_warns_of_the_absolute_end_it_cannot_move(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(NOW)
    token = Token(
        "at",
        "rt",
        expires_at=NOW + timedelta(hours=1),
        refresh_expires_at=NOW + timedelta(days=6),
        login_expires_at=NOW + timedelta(days=2),
    )
    manager = TokenManager(MemoryTokenStore(token), CountingRefresher(clock), clock=clock)
    with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
        assert manager.keep_alive() is False
        assert manager.keep_alive() is False
    assert len(_warnings(caplog)) == 1
    assert "ends at" in _warnings(caplog)[0]


def test_a_login_refreshed_by_the_call_is_not_warned_of_idling_out(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(NOW)
    unused = Token("at", "rt", expires_at=NOW - timedelta(days=5), refresh_expires_at=NOW + timedelta(days=1))
    manager = TokenManager(MemoryTokenStore(unused), CountingRefresher(clock), clock=clock)
    with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
        assert manager.get_access_token() == "at-1"
    assert _warnings(caplog) == []


def test_keep_alive_refreshes_a_token_stored_without_its_idle_end() -> None:
    clock = FakeClock(NOW)
    refresher = CountingRefresher(clock)
    legacy = Token("at", "rt", expires_at=NOW + timedelta(hours=1))
    manager = TokenManager(MemoryTokenStore(legacy), refresher, clock=clock)
    assert manager.keep_alive() is False  # its access token is still in use
    clock.advance(timedelta(days=1).total_seconds())
    assert manager.keep_alive() is True
    assert manager.refresh_expires_at == NOW + timedelta(days=8)  # the vendor's idle limit, now known
    assert manager.keep_alive() is False
    assert refresher.calls == 1


async def test_async_keep_alive() -> None:
    clock = FakeClock(NOW)
    refresher = CountingRefresher(clock)
    ending = Token("at", "rt", expires_at=NOW + timedelta(hours=1), refresh_expires_at=NOW + timedelta(hours=12))
    manager = TokenManager(MemoryTokenStore(ending), refresher, clock=clock)
    assert await manager.akeep_alive() is True
    assert await manager.akeep_alive() is False
    assert refresher.calls == 1


def test_keep_alive_from_four_processes_refreshes_once(tmp_path: Path) -> None:
    path, ledger = tmp_path / "token.json", tmp_path / "ledger"
    now = datetime.now(UTC)
    FileTokenStore(path).save(
        Token("at-0", "rt-0", expires_at=now + timedelta(hours=1), refresh_expires_at=now + timedelta(hours=20))
    )
    ledger.touch()
    start_at = str(time.time() + 1.0)
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(path), str(ledger), start_at, "keep_alive"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = sorted(worker.communicate(timeout=60)[0].strip() for worker in workers)
    assert results == ["False", "False", "False", "True"]
    assert ledger.read_text().splitlines() == ["rt-0"]
    assert FileTokenStore(path).load().refresh_token == "rt-1"  # type: ignore[union-attr]


def test_stores_delete_a_dead_login(tmp_path: Path) -> None:
    token = Token("at", "rt")
    file_store = FileTokenStore(tmp_path / "t.json")
    file_store.save(token)
    file_store.delete()
    file_store.delete()
    assert file_store.load() is None
    memory = MemoryTokenStore(token)
    memory.delete()
    assert memory.load() is None


class FlakyStore(MemoryTokenStore):
    """A store that refuses to save while ``down``."""

    def __init__(self, token: Token) -> None:
        super().__init__(token)
        self.down = False

    def save(self, token: Token) -> None:
        if self.down:
            raise TokenStoreError("store unreachable")
        super().save(token)


def test_a_refreshed_token_the_store_refuses_is_kept_and_saved_later(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(NOW)
    store = FlakyStore(Token("at", "rt", expires_at=NOW + timedelta(seconds=30)))
    refresher = CountingRefresher(clock)
    manager = TokenManager(store, refresher, clock=clock)
    store.down = True
    with (
        caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"),
        pytest.raises(TokenStoreError, match="this process keeps it"),
    ):
        manager.get_access_token()  # retried with the lock held, then raised
    assert [record.levelname for record in caplog.records] == ["WARNING"]  # the error itself is not logged too
    assert store.load().access_token == "at"  # type: ignore[union-attr]
    assert manager.token is not None
    assert manager.token.access_token == "at-1"  # rotated by the vendor: the only live token, kept
    assert manager.get_access_token() == "at-1"  # no second refresh of a dead refresh token
    store.down = False
    assert manager.get_access_token() == "at-1"
    assert store.load().refresh_token == "rt-1"  # type: ignore[union-attr]
    assert refresher.calls == 1


class RefusingRefresher:
    def __init__(self) -> None:
        self.calls = 0

    def refresh(self, token: Token) -> Token:
        self.calls += 1
        raise ReauthorizationRequiredError("invalid_grant", code="invalid_grant")

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def test_a_refused_refresh_token_is_not_sent_again_until_a_new_login() -> None:
    clock = FakeClock(NOW)
    store = MemoryTokenStore(Token("at", "rt-dead", expires_at=NOW))
    refresher = RefusingRefresher()
    manager = TokenManager(store, refresher, clock=clock)
    for _ in range(10):
        with pytest.raises(ReauthorizationRequiredError):
            manager.get_access_token()
    assert refresher.calls == 1
    store.save(Token("at-2", "rt-new", expires_at=NOW))  # the user logged in again (elsewhere)
    with pytest.raises(ReauthorizationRequiredError):
        manager.get_access_token()
    assert refresher.calls == 2  # the new refresh token is tried


class ShortTokens:
    """A login server whose access tokens live ``seconds``; it counts refreshes and fetches."""

    def __init__(self, clock: FakeClock, seconds: float) -> None:
        self.clock, self.seconds, self.calls = clock, seconds, 0

    def _issued(self, previous: Token | None = None) -> Token:
        self.calls += 1
        payload = {"access_token": f"at-{self.calls}", "refresh_token": f"rt-{self.calls}", "expires_in": self.seconds}
        return Token.from_response(payload, now=self.clock.now(), previous=previous)

    def refresh(self, token: Token) -> Token:
        return self._issued(token)

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)

    def client_credentials(self) -> Token:
        return self._issued()

    async def aclient_credentials(self) -> Token:
        return self.client_credentials()


@pytest.mark.parametrize(("seconds", "refreshes"), [(30, 1), (60, 1), (61, 1), (120, 1), (16, 2)])
async def test_a_token_living_no_longer_than_the_default_leeway_is_used_for_half_its_life(
    seconds: float, refreshes: int
) -> None:
    clock = FakeClock(NOW)
    server = ShortTokens(clock, seconds)
    manager = TokenManager(Token("at-0", "rt-0", expires_at=NOW), server, clock=clock)
    for _ in range(10):
        manager.get_access_token()
        await manager.aget_access_token()
        clock.advance(1)
    assert server.calls == refreshes  # twenty calls over ten seconds

    issuer = ShortTokens(clock, seconds)
    source = ClientCredentialsSource(issuer, clock=clock)
    for _ in range(10):
        source.get_access_token()
        await source.aget_access_token()
        clock.advance(1)
    assert issuer.calls == refreshes


def test_a_leeway_given_is_used_as_given() -> None:
    clock = FakeClock(NOW)
    server = ShortTokens(clock, 30)
    manager = TokenManager(Token("at-0", "rt-0", expires_at=NOW), server, leeway=25, clock=clock)
    for _ in range(10):
        manager.get_access_token()
        clock.advance(1)
    assert server.calls == 2  # each token is used for 5 s


def test_a_token_keeps_its_lifetime_in_the_store(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    token = ShortTokens(clock, 30).refresh(Token("at-0", "rt-0"))
    assert (token.issued_at, token.lifetime) == (NOW, 30)
    store = FileTokenStore(tmp_path / "token.json")
    store.save(token)
    assert store.load() == token
    assert Token("a", expires_at=NOW).lifetime is None  # built by hand: unknown, so the default leeway holds
