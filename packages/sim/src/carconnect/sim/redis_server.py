"""A real ``redis-server`` for tests of shared state: started on a free 127.0.0.1 port in a directory.

The ``carconnect_redis`` fixture of the pytest plug-in gives one per test. Tests use a real server (or
Valkey: ``CARCONNECT_REDIS_SERVER=valkey-server``), never a fake, so server-side scripts, expiry and
persistence behave as in production. The server is not a dependency: a missing binary skips the test,
or fails it when ``CARCONNECT_REQUIRE_REDIS`` is set (as in CI).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

SERVER = os.environ.get("CARCONNECT_REDIS_SERVER", "redis-server")
"""The server binary; ``CARCONNECT_REDIS_SERVER=valkey-server`` runs the same tests against Valkey."""

ATTEMPTS = 3
"""Ports :meth:`RedisServer.start` tries when the one it chose is taken before the server binds it."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answering_pid(port: int) -> int | None:
    """The ``process_id`` that whatever answers on ``port`` reports to ``INFO server``; ``None`` when
    nothing answers, or not with a server's ``INFO`` (an error such as ``-LOADING``, or no Redis)."""
    reply = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
            conn.sendall(b"INFO server\r\n")
            while chunk := conn.recv(65536):
                reply += chunk
                header, complete, body = reply.partition(b"\r\n")
                if not header.startswith(b"$") or (complete and len(body) >= int(header[1:])):
                    break
    except (OSError, ValueError):
        return None
    found = re.search(rb"^process_id:(\d+)\r?$", reply, re.MULTILINE) if reply.startswith(b"$") else None
    return int(found.group(1)) if found else None


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
        self._movable = not port  # start() may move to another free port: ours, and never served yet

    def __repr__(self) -> str:
        return f"RedisServer(port={self.port})"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 10.0) -> RedisServer:
        """Start the server and wait until it answers as itself (``INFO server`` gives its process id).

        When the server exits because another process holds the port, a port chosen here is replaced
        by a new free one (before the first successful start only: a restart keeps :attr:`url`);
        ``RuntimeError`` for a port the caller gave, or a server that does not come up in ``timeout``.
        """
        for attempt in range(ATTEMPTS):
            if attempt:
                self.port = _free_port()
                self.url = f"redis://127.0.0.1:{self.port}/0"
            process = self._spawn()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if _answering_pid(self.port) == process.pid:
                    self._movable = False
                    return self
                if process.poll() is not None:
                    break
                time.sleep(0.02)
            else:
                self.kill()
                raise RuntimeError(f"{SERVER} did not start on port {self.port} within {timeout} s")
            self._process = None
            if not self._movable:
                raise RuntimeError(
                    f"{SERVER} exited with status {process.returncode} on port {self.port}: is the port taken?"
                )
        raise RuntimeError(f"{SERVER} exited on {ATTEMPTS} free ports in a row; see {self.directory / 'server.log'}")

    def _spawn(self) -> subprocess.Popen[bytes]:
        command = [SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory)]
        command += ["--appendonly", "yes", "--appendfsync", "always", "--save", "", "--logfile", "server.log"]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603 - our arguments
        return self._process

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
