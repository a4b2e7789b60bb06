"""A token request the login server refuses for now (429 with Retry-After, 5xx, no answer) starts a
pause: the access token still valid is used meanwhile, nothing is sent until the pause ends, one
WARNING per run of refusals (DEBUG for the next ones, INFO when it works again); once the access token
has expired the remembered error is raised again without a request. A refresh token refused for good
is not paused. TokenManager and ClientCredentialsSource, sync and async, FakeClock."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import pytest

from carconnect.core import (
    ClientCredentialsSource,
    FakeClock,
    MemoryTokenStore,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    Token,
    TokenManager,
    TransportError,
)
from carconnect.core.errors import CarConnectError

Outcome = Token | CarConnectError


class Scripted:
    """A refresher and client-credentials issuer answering from ``outcomes`` (the last one repeats);
    records the moment of every request."""

    def __init__(self, clock: FakeClock, *outcomes: Outcome) -> None:
        self.clock = clock
        self.outcomes = list(outcomes)
        self.sent: list[datetime] = []

    def _answer(self) -> Token:
        self.sent.append(self.clock.now())
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, CarConnectError):
            raise outcome
        return outcome

    def refresh(self, token: Token) -> Token:
        return self._answer()

    async def arefresh(self, token: Token) -> Token:
        return self._answer()

    def client_credentials(self) -> Token:
        return self._answer()

    async def aclient_credentials(self) -> Token:
        return self._answer()


def rate_limited(retry_after: float | None = 600.0) -> RateLimitError:
    return RateLimitError("Too many requests", status_code=429, code="temporarily_unavailable", retry_after=retry_after)


def get(source: TokenManager | ClientCredentialsSource, use_async: bool, rejected: str | None = None) -> str:
    if use_async:
        return asyncio.run(source.aget_access_token(rejected))
    return source.get_access_token(rejected)


def messages(caplog: pytest.LogCaptureFixture, start: str) -> list[tuple[int, str]]:
    return [(r.levelno, r.getMessage()) for r in caplog.records if r.getMessage().startswith(start)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def manager(clock: FakeClock, refresher: Scripted, expires_in: float = 50) -> tuple[TokenManager, MemoryTokenStore]:
    store = MemoryTokenStore(Token("at-0", "rt-0", expires_at=clock.now() + timedelta(seconds=expires_in)), label="u")
    return TokenManager(store, refresher, clock=clock), store


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refresh_refused_for_now_keeps_the_live_token_and_waits_retry_after(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, use_async: bool
) -> None:
    fresh = Token("at-1", "rt-1", expires_at=clock.now() + timedelta(seconds=1000))
    refresher = Scripted(clock, rate_limited(600), fresh)
    source, store = manager(clock, refresher)  # valid for 50 s: inside the 60 s refresh margin
    start = clock.now()
    with caplog.at_level(logging.DEBUG, logger="carconnect"):
        for _ in range(10):  # 20 s, the access token valid throughout
            assert get(source, use_async) == "at-0"
            clock.advance(2)
        assert refresher.sent == [start]  # one request, then the server's Retry-After is honoured
        clock.advance(40)  # the access token has expired; the pause has not ended
        with pytest.raises(RateLimitError) as raised:
            get(source, use_async)
        assert raised.value.retry_after == pytest.approx(600 - 60)
        assert "refreshing the token in u failed" in str(raised.value)
        assert raised.value.__cause__ is None
        assert refresher.sent == [start]
        clock.advance(540)  # the pause ends: the next call refreshes
        assert get(source, use_async) == "at-1"
    assert refresher.sent == [start, start + timedelta(seconds=600)]
    assert store.load() == fresh
    failed = messages(caplog, "refreshing the token in u failed")
    assert [level for level, _ in failed] == [logging.WARNING]
    assert "not tried again before 2026-01-01T00:10:00+00:00" in failed[0][1]
    assert "the access token, valid until 2026-01-01T00:00:50+00:00, is used meanwhile" in failed[0][1]
    assert [level for level, _ in messages(caplog, "refreshing the token in u works again")] == [logging.INFO]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_without_retry_after_the_pause_doubles_while_the_token_lives_then_each_call_asks(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, use_async: bool
) -> None:
    refresher = Scripted(clock, ServerError("busy", status_code=503))
    source, _ = manager(clock, refresher, expires_in=50)
    start = clock.now()
    with caplog.at_level(logging.DEBUG, logger="carconnect"):
        for _ in range(60):  # every second for 60 s
            try:
                assert get(source, use_async) == "at-0"
            except ServerError:
                assert clock.now() >= start + timedelta(seconds=50)
            clock.advance(1)
    # 5, 10, 20 s, then the token's expiry (50 s); without a token each call needs one, and the server
    # stated no wait: each asks again
    offsets = [(moment - start).total_seconds() for moment in refresher.sent]
    assert offsets == [0, 5, 15, 35, *range(50, 60)]
    failed = messages(caplog, "refreshing the token in u failed")
    assert [level for level, _ in failed] == [logging.WARNING] + [logging.DEBUG] * 13


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_the_vendor_rejected_is_not_used_during_the_pause(clock: FakeClock, use_async: bool) -> None:
    refresher = Scripted(clock, rate_limited(600))
    source, _ = manager(clock, refresher)
    with pytest.raises(RateLimitError):
        get(source, use_async, rejected="at-0")
    with pytest.raises(RateLimitError):  # the stated wait lasts: nothing sent, the rejected token not used
        get(source, use_async)
    assert len(refresher.sent) == 1


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_without_a_live_token_a_refusal_with_no_stated_wait_is_asked_again_at_once(
    clock: FakeClock, use_async: bool
) -> None:
    refresher = Scripted(clock, TransportError("no answer from the login server"))
    source, _ = manager(clock, refresher)
    for _ in range(2):
        with pytest.raises(TransportError):
            get(source, use_async, rejected="at-0")
    assert len(refresher.sent) == 2


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_stored_by_another_process_during_the_pause_is_used(clock: FakeClock, use_async: bool) -> None:
    refresher = Scripted(clock, rate_limited(600))
    source, store = manager(clock, refresher)
    assert get(source, use_async) == "at-0"
    store.save(Token("at-9", "rt-9", expires_at=clock.now() + timedelta(seconds=3600)))  # another process
    clock.advance(60)  # at-0 has expired: the store is read again, under its lock
    assert get(source, use_async) == "at-9"
    assert len(refresher.sent) == 1


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refresh_token_refused_for_good_is_not_paused(clock: FakeClock, use_async: bool) -> None:
    dead = ReauthorizationRequiredError("expired", status_code=400, code="invalid_grant")
    refresher = Scripted(clock, dead)
    source, _ = manager(clock, refresher)
    for _ in range(2):
        with pytest.raises(ReauthorizationRequiredError):
            get(source, use_async)
    assert len(refresher.sent) == 1


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_client_credentials_fetch_refused_for_now_keeps_the_live_token(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, use_async: bool
) -> None:
    first = Token("app-0", expires_at=clock.now() + timedelta(seconds=100))
    second = Token("app-1", expires_at=clock.now() + timedelta(seconds=2000))
    issuer = Scripted(clock, first, rate_limited(300), second)
    source = ClientCredentialsSource(issuer, clock=clock)
    start = clock.now()
    with caplog.at_level(logging.DEBUG, logger="carconnect"):
        assert get(source, use_async) == "app-0"
        clock.advance(50)  # inside the 60 s margin
        for _ in range(10):
            assert get(source, use_async) == "app-0"
            clock.advance(4)
        assert issuer.sent == [start, start + timedelta(seconds=50)]
        clock.advance(10)
        with pytest.raises(RateLimitError) as raised:  # expired at 100 s; the pause ends at 350 s
            get(source, use_async)
        assert raised.value.retry_after == pytest.approx(250)
        clock.advance(250)
        assert get(source, use_async) == "app-1"
    assert len(issuer.sent) == 3
    assert source.fetch_count == 2
    failed = messages(caplog, "fetching the application token failed")
    assert [level for level, _ in failed] == [logging.WARNING]
    assert [level for level, _ in messages(caplog, "fetching the application token works again")] == [logging.INFO]
