"""TokenManager: a refreshed token (or the rotated one of an answer without a usable access token) is
saved only while the store still holds the token it was refreshed from (memory and file stores,
whose writes outside the lock nothing refuses), and the end of a login is announced also to a
service whose every call refreshes (FakeClock)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from carconnect.core import (
    FakeClock,
    FileTokenStore,
    LeaseLostError,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    ResponseParseError,
    RetryPolicy,
    Token,
    TokenManager,
    TokenStore,
)
from carconnect.core.errors import UnusableTokenAnswer
from carconnect.core.oauth import OAuthClient, OAuthConfig

from .conftest import Rotating, access_token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
NEW_LOGIN = Token("at-new", "rt-new", expires_at=NOW + timedelta(hours=2))
LOGGED_OUT = r"deleted from .*\(logged out\) while it was being refreshed"


def make_store(kind: str, tmp_path: Path) -> TokenStore:
    store: TokenStore = MemoryTokenStore() if kind == "memory" else FileTokenStore(tmp_path / "token.json")
    store.save(Token("at-0", "rt-0", expires_at=NOW))
    return store


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["memory", "file"])
def test_a_logout_during_a_refresh_stays_a_logout(tmp_path: Path, kind: str, use_async: bool) -> None:
    clock = FakeClock(NOW)
    store = make_store(kind, tmp_path)
    refresher = Rotating(clock, during=store.delete)  # written without the lock, as a plain delete() is
    manager = TokenManager(store, refresher, clock=clock)
    with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT) as raised:
        access_token(manager, use_async)
    assert raised.value.code == "login_required"
    assert store.load() is None
    with pytest.raises(ReauthorizationRequiredError, match=r"\(logged out\)"):
        access_token(manager, use_async)  # nothing kept to write back on the next call
    assert store.load() is None
    assert refresher.spent == ["rt-0"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_file_damaged_during_a_refresh_is_replaced_by_the_refreshed_token(
    tmp_path: Path, use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(NOW)
    store = make_store("file", tmp_path)
    path = tmp_path / "token.json"

    def damage() -> None:
        path.write_text("{damaged")

    refresher = Rotating(clock, during=damage)
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"
    assert store.load() == Token("at-1", "rt-1", expires_at=NOW + timedelta(hours=1))
    assert "holds no token this carconnect can read" in caplog.text


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["memory", "file"])
def test_a_new_login_during_a_refresh_wins_and_is_used(tmp_path: Path, kind: str, use_async: bool) -> None:
    clock = FakeClock(NOW)
    store = make_store(kind, tmp_path)
    refresher = Rotating(clock, during=lambda: store.save(NEW_LOGIN))
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-new"
    assert store.load() == NEW_LOGIN
    assert access_token(manager, use_async) == "at-new"
    assert refresher.spent == ["rt-0"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_stale_new_login_during_a_refresh_is_refreshed_by_the_next_call(use_async: bool) -> None:
    clock = FakeClock(NOW)
    store = make_store("memory", Path())
    relogin = Token("at-7", "rt-7", expires_at=NOW)
    refresher = Rotating(clock, during=lambda: store.save(relogin))
    manager = TokenManager(store, refresher, clock=clock)
    with pytest.raises(LeaseLostError, match="newer token was stored in memory store"):
        access_token(manager, use_async)
    assert store.load() == relogin
    assert access_token(manager, use_async) == "at-8"
    assert refresher.spent == ["rt-0", "rt-7"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_store_still_holding_the_spent_token_takes_the_refreshed_one(use_async: bool) -> None:
    clock = FakeClock(NOW)
    store = make_store("memory", Path())
    refresher = Rotating(clock, during=lambda: store.save(Token("at-0", "rt-0", expires_at=NOW)))
    manager = TokenManager(store, refresher, clock=clock)
    assert access_token(manager, use_async) == "at-1"
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"


# -- the end of a login, announced to a service that refreshes on every call -----------------------

LOGIN_ENDS = NOW + timedelta(days=10)
ENDING = f"the login in memory store ends at {LOGIN_ENDS.isoformat()}; log in again (no refresh moves it)"


class ShortLived:
    """A vendor of 299 s access tokens whose refresh tokens idle out after ``idle`` and whose logins
    end at :data:`LOGIN_ENDS`, however often they are refreshed."""

    def __init__(self, clock: FakeClock, idle: timedelta) -> None:
        self.clock, self.idle = clock, idle
        self.count = 0

    def token(self) -> Token:
        now = self.clock.now()
        self.count += 1
        return Token(
            f"at-{self.count}",
            f"rt-{self.count}",
            expires_at=now + timedelta(seconds=299),
            issued_at=now,
            refresh_expires_at=now + self.idle,
            login_expires_at=LOGIN_ENDS,
        )

    def refresh(self, old: Token) -> Token:
        return self.token()

    async def arefresh(self, old: Token) -> Token:
        return self.refresh(old)


class Recording(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def daily_calls(clock: FakeClock, call: Callable[[], object]) -> list[tuple[int, str]]:
    """Call once a day until the login ends: (day, warning) for each warning logged before."""
    logger = logging.getLogger("carconnect.core.tokens")
    handler = Recording(logging.WARNING)
    records = handler.records
    logger.addHandler(handler)
    warnings: list[tuple[int, str]] = []
    try:
        for day in range(1, 30):
            clock.advance(86400)
            records.clear()
            try:
                call()
            except ReauthorizationRequiredError:
                assert clock.now() >= LOGIN_ENDS
                return warnings
            warnings += [(day, record.getMessage()) for record in records if record.levelno == logging.WARNING]
    finally:
        logger.removeHandler(handler)
    raise AssertionError("the login never ended")


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_service_refreshing_on_every_call_is_told_once_that_the_login_ends(use_async: bool) -> None:
    clock = FakeClock(NOW)
    vendor = ShortLived(clock, idle=timedelta(days=2))  # shorter than warn_within: a refresh moves it
    manager = TokenManager(vendor.token(), vendor, clock=clock)
    warnings = daily_calls(clock, lambda: access_token(manager, use_async))
    assert warnings == [(7, ENDING)]
    assert manager.refresh_count == 9  # each daily call refreshed: its idle end (2 days) never warned


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_service_taking_the_token_another_process_refreshed_is_told_that_the_login_ends(use_async: bool) -> None:
    clock = FakeClock(NOW)
    vendor = ShortLived(clock, idle=timedelta(days=7))
    store = MemoryTokenStore(vendor.token())
    manager = TokenManager(store, None, clock=clock)  # never refreshes: another process does

    def call() -> object:
        if clock.now() < LOGIN_ENDS:
            store.save(vendor.token())  # the other process refreshed just before this call
        return access_token(manager, use_async)

    warnings = daily_calls(clock, call)
    assert warnings == [(7, ENDING)]


# -- a refresh answer that rotates the refresh token but gives no usable access token ---------------


class RotatingWithoutAccessToken:
    """A token endpoint whose first refresh answer carries ``RT-2`` but no access token; later
    answers are complete. ``during`` runs once, before the first answer (the user acting meanwhile)."""

    def __init__(self, during: Callable[[], None] | None = None) -> None:
        self.sent: list[str] = []
        self.during = during

    def __call__(self, request: httpx.Request) -> httpx.Response:
        [refresh_token] = parse_qs(request.content.decode())["refresh_token"]
        self.sent.append(refresh_token)
        if len(self.sent) == 1:
            if self.during is not None:
                self.during()
            return httpx.Response(200, json={"refresh_token": "RT-2", "expires_in": 3600})
        n = len(self.sent) + 1
        return httpx.Response(200, json={"access_token": f"AT-{n}", "refresh_token": f"RT-{n}", "expires_in": 3600})


def manager_with(
    config: OAuthConfig, clock: FakeClock, endpoint: RotatingWithoutAccessToken, store: TokenStore
) -> TokenManager:
    transport = httpx.MockTransport(endpoint)
    client = OAuthClient(
        config, transport=transport, async_transport=transport, retry=RetryPolicy.disabled(), clock=clock
    )
    return client.token_manager(store)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["memory", "file"])
def test_the_refresh_token_of_an_answer_without_access_token_is_saved_and_used_next(
    config: OAuthConfig, tmp_path: Path, kind: str, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    store: TokenStore = MemoryTokenStore() if kind == "memory" else FileTokenStore(tmp_path / "token.json")
    store.save(Token("AT-1", "RT-1", expires_at=NOW))
    endpoint = RotatingWithoutAccessToken()
    manager = manager_with(config, clock, endpoint, store)
    with pytest.raises(UnusableTokenAnswer, match="no access_token") as raised:
        access_token(manager, use_async)
    assert isinstance(raised.value, ResponseParseError)
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "RT-2"
    assert stored.access_token not in ("AT-1", "")
    assert access_token(manager, use_async) == "AT-3"
    assert endpoint.sent == ["RT-1", "RT-2"]  # RT-1, spent by the first answer, never again
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "RT-3"
    assert "RT-2" not in repr(raised.value) + str(raised.value)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("then", ["logout", "relogin"])
def test_the_rotated_refresh_token_never_replaces_a_logout_or_a_new_login(
    config: OAuthConfig, then: str, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    store = MemoryTokenStore(Token("AT-1", "RT-1", expires_at=NOW))
    endpoint = RotatingWithoutAccessToken(during=store.delete if then == "logout" else lambda: store.save(NEW_LOGIN))
    manager = manager_with(config, clock, endpoint, store)
    with pytest.raises(UnusableTokenAnswer):
        access_token(manager, use_async)
    assert store.load() == (None if then == "logout" else NEW_LOGIN)
    if then == "logout":
        with pytest.raises(ReauthorizationRequiredError, match=r"\(logged out\)"):
            access_token(manager, use_async)
    else:
        assert access_token(manager, use_async) == "at-new"
    assert endpoint.sent == ["RT-1"]
