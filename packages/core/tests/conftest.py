"""Shared helpers for core's tests: a fake clock, OAuth configs pointed at a mocked server, and a real
Redis server."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from carconnect.core import FakeClock
from carconnect.core.oauth import OAuthConfig

if TYPE_CHECKING:
    import redis

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


SERVER = os.environ.get("CARCONNECT_REDIS_SERVER", "redis-server")
"""The server binary; ``CARCONNECT_REDIS_SERVER=valkey-server`` runs the same tests against Valkey."""


class RedisServer:
    """A ``redis-server`` on a free 127.0.0.1 port with its data in ``directory`` (append-only file,
    fsynced on every write, so a killed server comes back with everything it acknowledged)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory)]
        command += ["--appendonly", "yes", "--appendfsync", "always", "--save", "", "--logfile", "server.log"]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(64).startswith(b"+PONG"):
                    return
            if self._process.poll() is not None:
                break
            time.sleep(0.02)
        self.kill()
        raise RuntimeError(f"{SERVER} did not start on port {self.port}")

    def kill(self) -> None:
        """Stop the server at once (SIGKILL: no shutdown save, as in a crash)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            self._process = None


def _redis_server_or_skip() -> None:
    if shutil.which(SERVER) is not None:
        return
    if os.environ.get("CARCONNECT_REQUIRE_REDIS"):
        pytest.fail(f"{SERVER} is not on PATH, and CARCONNECT_REQUIRE_REDIS is set (as in CI)")
    pytest.skip(f"{SERVER} is not on PATH: install it (apt-get install redis-server) to run the Redis tests")


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A fresh real Redis server for one test, stopped after it."""
    _redis_server_or_skip()
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.kill()


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
