"""``RedisServer.start`` trusts only the server it started: a port another process answers on is left
for a new free one when the port was ours to choose, and refused when the caller gave it."""

from __future__ import annotations

import contextlib
import os
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from carconnect.sim import redis_server
from carconnect.sim.redis_server import RedisServer, missing_server


class _AnswersPong(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while self.request.recv(4096):
            self.request.sendall(b"+PONG\r\n")


class _Squatter(socketserver.ThreadingTCPServer):
    """Another process's server on a 127.0.0.1 port: it answers ``+PONG`` to every command."""

    allow_reuse_address = True
    daemon_threads = True


@pytest.fixture(autouse=True)
def _needs_the_binary() -> None:
    problem = missing_server()
    if problem is not None:
        if os.environ.get("CARCONNECT_REQUIRE_REDIS"):
            pytest.fail(f"{problem} (CARCONNECT_REQUIRE_REDIS is set)")
        pytest.skip(problem)


@contextlib.contextmanager
def _squat(port: int = 0) -> Iterator[int]:
    with _Squatter(("127.0.0.1", port), _AnswersPong) as squatter:
        thread = threading.Thread(target=squatter.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield int(squatter.server_address[1])
        finally:
            squatter.shutdown()
            thread.join(timeout=5)


@pytest.fixture
def taken() -> Iterator[int]:
    """A port that something other than our redis-server listens on and answers ``+PONG``."""
    with _squat() as port:
        yield port


def test_a_chosen_port_taken_by_another_server_is_left_for_a_free_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, taken: int
) -> None:
    ports = iter([taken])
    chosen: list[int] = []
    real_free_port = redis_server._free_port

    def free_port() -> int:
        port = next(ports, None) or real_free_port()
        chosen.append(port)
        return port

    monkeypatch.setattr(redis_server, "_free_port", free_port)
    server = RedisServer(tmp_path)
    assert server.port == taken
    try:
        server.start()
        assert chosen[0] == taken
        assert len(chosen) == 2
        assert server.port == chosen[1] != taken
        assert server.url == f"redis://127.0.0.1:{server.port}/0"
        with redis.Redis.from_url(server.url) as client:
            assert client.set("key", "value")
            assert client.get("key") == b"value"
    finally:
        server.kill()


def test_a_port_the_caller_gave_is_not_replaced(tmp_path: Path, taken: int) -> None:
    server = RedisServer(tmp_path, port=taken)
    with pytest.raises(RuntimeError, match=f"port {taken}"):
        server.start()
    assert not server.running
    assert server.port == taken


def test_a_restart_keeps_its_port_even_when_taken(tmp_path: Path) -> None:
    server = RedisServer(tmp_path).start()
    port = server.port
    server.kill()
    try:
        with _squat(port), pytest.raises(RuntimeError, match=f"port {port}"):
            server.start()
        assert server.url == f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
