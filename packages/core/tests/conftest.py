"""Shared helpers for core's tests: a fake clock, OAuth configs pointed at a mocked server, and a real
Redis server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from carconnect.core import FakeClock
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
