"""Shared helpers for core's tests: a fake clock, OAuth configs pointed at a mocked server, a real
Redis server, and a refresher that rotates tokens as vendors do."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import httpx
import pytest

from carconnect.core import FakeClock, Token, TokenManager
from carconnect.core.oauth import OAuthConfig

if TYPE_CHECKING:
    import redis

    from carconnect.sim.redis_server import RedisServer

AUTH = "https://login.example.test"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config() -> OAuthConfig:
    return OAuthConfig(
        client_id="client-1",
        client_secret="s3cret-value",
        authorize_url=f"{AUTH}/authorize",
        token_url=f"{AUTH}/token",
        device_authorization_url=f"{AUTH}/device",
        revocation_url=f"{AUTH}/revoke",
        redirect_uri="http://127.0.0.1:8765/callback",
        scopes=("read", "write"),
    )


@pytest.fixture
def redis_server(carconnect_redis: RedisServer) -> RedisServer:
    """A fresh real Redis server for one test (the simulator plug-in's), stopped after it."""
    return carconnect_redis


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The URL of a fresh real Redis server for one test."""
    return redis_server.url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client of a fresh real Redis server for one test, closed after it."""
    import redis

    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


FRESH = datetime(2030, 1, 1, tzinfo=UTC)


def access_token(manager: TokenManager, use_async: bool) -> str:
    """The manager's access token, through its async or its sync path."""
    return asyncio.run(manager.aget_access_token()) if use_async else manager.get_access_token()


def token(n: int, expires_at: datetime = FRESH) -> Token:
    return Token(f"at-{n}", f"rt-{n}", expires_at=expires_at, scopes=("a",), extras={"gcid": "g"})


class CountingRefresher:
    """Rotates ``rt-n`` into ``at-(n+1)``/``rt-(n+1)``; remembers every refresh token it spent."""

    def __init__(self) -> None:
        self.spent: list[str | None] = []
        self._lock = threading.Lock()

    def refresh(self, old: Token) -> Token:
        with self._lock:
            self.spent.append(old.refresh_token)
        time.sleep(0.05)  # the window in which another worker could race us
        return token(int(str(old.refresh_token).removeprefix("rt-")) + 1)

    async def arefresh(self, old: Token) -> Token:
        return await asyncio.to_thread(self.refresh, old)


class Detailed:
    """What a generated ``*_detailed`` operation returns, made from a plain httpx response."""

    def __init__(self, response: httpx.Response) -> None:
        self.content = response.content
        self.status_code = response.status_code
        self.parsed = response.json()


async def adetailed(sent: Awaitable[httpx.Response]) -> Detailed:
    return Detailed(await sent)


class NumberingRefresher:
    """Answers the n-th refresh with ``at-n``/``rt-n``; counts the refreshes."""

    def __init__(self) -> None:
        self.calls = 0

    def refresh(self, token: Token) -> Token:
        self.calls += 1
        return Token(f"at-{self.calls}", f"rt-{self.calls}")

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


class Rotating:
    """Rotates ``rt-n`` into ``at-(n+1)``/``rt-(n+1)`` (valid for an hour of ``clock``); ``during`` runs
    once while the request is on the wire (another worker, or the user logging in or out, meanwhile)."""

    def __init__(self, clock: FakeClock, during: Callable[[], None] | None = None) -> None:
        self.clock, self.during = clock, during
        self.spent: list[str | None] = []

    def refresh(self, old: Token) -> Token:
        self.spent.append(old.refresh_token)
        if self.during is not None:
            during, self.during = self.during, None
            during()
        n = int(str(old.refresh_token).removeprefix("rt-")) + 1
        return Token(f"at-{n}", f"rt-{n}", expires_at=self.clock.now() + timedelta(hours=1))

    async def arefresh(self, old: Token) -> Token:
        return self.refresh(old)


def forked(child: Callable[[], object]) -> int:
    """The pid of a forked process that runs ``child`` and exits right after it: 0 unless ``child``
    raised (1) or returned ``False`` (2)."""
    import os
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "multi-threaded process" on 3.12+
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            code = 2 if child() is False else 0
        finally:
            os._exit(code)
    return pid


def exit_status(pid: int) -> int:
    """The exit status of the child ``pid``, once it has ended."""
    import os

    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
