"""The loopback server: uvicorn (httptools, uvloop when installed) serving a raw ASGI app built for speed.

Every known path answers its fixture bytes with status 200, as a vendor answers: a new request id
(a UUID in the vendor's header) in every response, and uvicorn's ``Date`` header, which changes every
second. Anything else is a JSON 404. The server runs in its own process on 127.0.0.1 and an ephemeral
port, plain HTTP or HTTPS (a certificate from the run's own CA, see :mod:`harness.tls`), and reports
its own CPU time at ``/__bench/cpu`` so that the orchestrator can tell the server's share of each
measurement from the client's.

Run as ``python -m harness.server FIXTURES_DIR [CERT KEY]`` (from ``bench/``): prints ``PORT <n>`` once
listening.
"""

from __future__ import annotations

import http.client
import importlib.util
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from .routes import Answer, served_paths
from .tls import TlsFiles

CPU_PATH = "/__bench/cpu"
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def build_app(table: dict[str, Answer]) -> Callable[..., Awaitable[None]]:
    """A raw ASGI app answering every path of ``table`` with its body and a fresh request id."""
    answers: dict[str, tuple[list[tuple[bytes, bytes]], bytes, Message]] = {}
    for path, answer in table.items():
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(answer.body)).encode())]
        headers += [(name.encode(), value.encode()) for name, value in answer.headers]
        body = {"type": "http.response.body", "body": answer.body}
        answers[path] = (headers, answer.request_id.encode(), body)
    missing = b'{"error":"no such path on the benchmark server"}'
    not_found = (
        [(b"content-type", b"application/json"), (b"content-length", str(len(missing)).encode())],
        b"x-request-id",
        {"type": "http.response.body", "body": missing},
    )
    uuid4 = uuid.uuid4

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        if path == CPU_PATH:
            text = repr(time.process_time()).encode()
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"%d" % len(text))]}
            )
            await send({"type": "http.response.body", "body": text})
            return
        headers, request_id, body = answers.get(path, not_found)
        status = 404 if body is not_found[2] else 200
        fresh = [*headers, (request_id, str(uuid4()).encode())]
        await send({"type": "http.response.start", "status": status, "headers": fresh})
        await send(body)

    return app


def serve(fixtures: Path, cert: str | None, key: str | None) -> None:
    """Listen on an ephemeral loopback port, print it, and serve until terminated."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    config = uvicorn.Config(
        build_app(served_paths(fixtures)),
        loop="uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
        http="httptools" if importlib.util.find_spec("httptools") else "h11",
        lifespan="off",
        access_log=False,
        log_level="warning",
        timeout_keep_alive=600,
        backlog=4096,
        ssl_certfile=cert,
        ssl_keyfile=key,
    )
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


def start_listening(module: str, args: list[str], what: str) -> tuple[subprocess.Popen[str], int]:
    """Run ``python -m module args`` from ``bench/`` (stdin and stdout piped) and return it with the
    port of the ``PORT <n>`` line it prints once listening."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parents[1],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        process.kill()
        raise RuntimeError(f"the benchmark {what} did not start")
    return process, int(line[1])


class ServerProcess:
    """Starts the server in its own process (HTTPS when given ``tls``); ``cpu()`` reads its CPU seconds."""

    def __init__(self, fixtures: Path, tls: TlsFiles | None = None) -> None:
        certificate = [str(tls.cert), str(tls.key)] if tls else []
        self.process, self.port = start_listening("harness.server", [str(fixtures), *certificate], "server")
        self.scheme = "https" if tls else "http"
        self.base_url = f"{self.scheme}://127.0.0.1:{self.port}"
        if tls:
            context = ssl.create_default_context(cafile=str(tls.ca))
            self._probe: http.client.HTTPConnection = http.client.HTTPSConnection(
                "127.0.0.1", self.port, timeout=30, context=context
            )
        else:
            self._probe = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def cpu(self) -> float:
        """CPU seconds the server process has used (user + system, precise)."""
        self._probe.request("GET", CPU_PATH)
        return float(self._probe.getresponse().read())

    def close(self) -> None:
        self._probe.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), *(sys.argv[2:4] if len(sys.argv) >= 4 else (None, None)))
