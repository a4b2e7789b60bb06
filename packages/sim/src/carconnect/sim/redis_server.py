"""A real ``redis-server`` for tests of shared state: started on a free 127.0.0.1 port in a directory.

The ``carconnect_redis`` fixture of the pytest plug-in gives one per test. Tests use a real server (or
Valkey: ``CARCONNECT_REDIS_SERVER=valkey-server``), never a fake, so server-side scripts, expiry and
persistence behave as in production. The server is not a dependency: a missing binary skips the test,
or fails it when ``CARCONNECT_REQUIRE_REDIS`` is set (as in CI).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

SERVER = os.environ.get("CARCONNECT_REDIS_SERVER", "redis-server")
"""The server binary; ``CARCONNECT_REDIS_SERVER=valkey-server`` runs the same tests against Valkey."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """A ``redis-server`` on a free 127.0.0.1 port with its data in ``directory``.

    Persistence is an append-only file fsynced on every write, so a killed server comes back with
    everything it acknowledged. :meth:`kill` stops it as a crash would; :meth:`start` again brings it
    back on the same port with the same data.
    """

    def __init__(self, directory: Path, port: int | None = None) -> None:
        self.directory = directory
        self.port = port or _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"RedisServer(port={self.port})"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 10.0) -> RedisServer:
        """Start the server and wait until it answers ``PING``; ``RuntimeError`` if it does not."""
        command = [SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory)]
        command += ["--appendonly", "yes", "--appendfsync", "always", "--save", "", "--logfile", "server.log"]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603 - our arguments
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(64).startswith(b"+PONG"):
                    return self
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


def missing_server() -> str | None:
    """Why no server can be started here (the binary is not on ``PATH``), or ``None``."""
    if shutil.which(SERVER) is not None:
        return None
    return f"{SERVER} is not on PATH: install it (apt-get install redis-server) to run the Redis tests"
