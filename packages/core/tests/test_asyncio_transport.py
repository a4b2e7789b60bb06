"""AsyncioTransport against a scripted HTTP/1.1 server on 127.0.0.1: pooling, framing, errors, flow control."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import gc
import gzip
import hashlib
import ipaddress
import json
import os
import re
import socket
import ssl
import struct
import sys
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from carconnect.core import AsyncClientBase, RetryPolicy, acall_detailed, http11
from carconnect.core.asyncio_transport import READ_HIGH_WATER, AsyncioTransport

JSON = b'{"vin": "YV1TEST", "odometer": 12345}'


class Received:
    """One request as the server read it."""

    def __init__(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name), None)


Handler = Callable[[Received, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> Received | None:
    """Read one request (Content-Length or chunked body); ``None`` when the client closed the connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    request_line, *lines = head[:-4].decode("latin-1").split("\r\n")
    method, target, _ = request_line.split(" ")
    headers = [(name.lower(), value.strip()) for name, _, value in (line.partition(":") for line in lines)]
    received = Received(method, target, headers, b"")
    if received.header("transfer-encoding") == "chunked":
        received.body = await read_chunked(reader)
    elif received.header("content-length"):
        received.body = await reader.readexactly(int(received.header("content-length") or 0))
    return received


async def read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        body += await reader.readexactly(size)
        await reader.readexactly(2)
    await reader.readuntil(b"\r\n")
    return bytes(body)


def reply(status: str = "200 OK", *headers: str, body: bytes = b"", length: bool = True) -> bytes:
    lines = [f"HTTP/1.1 {status}", *headers] + ([f"Content-Length: {len(body)}"] if length else [])
    return "".join(f"{line}\r\n" for line in lines).encode("latin-1") + b"\r\n" + body


async def json_handler(request: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(reply("200 OK", "Content-Type: application/json", body=JSON))


class Server:
    """A scripted server: each request on each accepted connection goes to ``handler``, which writes raw bytes
    (and may close the connection). Binds 127.0.0.1 on an ephemeral port; ``async with`` stops it."""

    def __init__(
        self,
        handler: Handler = json_handler,
        *,
        ssl_context: ssl.SSLContext | None = None,
        raw: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]] | None = None,
    ) -> None:
        self.handler = handler
        self.raw = raw
        self.ssl_context = ssl_context
        self.accepted = 0
        self.requests: list[Received] = []
        self.closed_by_client = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    def url(self, path: str = "/") -> str:
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            if self.raw is not None:
                await self.raw(reader, writer)
                return
            while (request := await read_request(reader)) is not None:
                self.requests.append(request)
                await self.handler(request, writer)
                if writer.is_closing():
                    return
                await writer.drain()
            self.closed_by_client += 1
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        except asyncio.CancelledError:  # stopped by __aexit__: end quietly (asyncio logs a cancelled handler)
            pass
        finally:
            writer.transport.abort()
            self._writers.discard(writer)
            self._tasks.discard(task)


def timeouts(seconds: float = 2.0, **overrides: float) -> httpx.Timeout:
    return httpx.Timeout(seconds, **overrides)


@pytest.fixture
async def transport() -> AsyncIterator[AsyncioTransport]:
    async with AsyncioTransport() as transport:
        yield transport


async def get(transport: AsyncioTransport, url: str, **kwargs: Any) -> httpx.Response:
    """One GET through a client that leaves ``transport`` open."""
    async with client(transport, kwargs.pop("timeout", None)) as http:
        return await http.get(url, **kwargs)


def client(transport: AsyncioTransport, timeout: httpx.Timeout | None = None) -> httpx.AsyncClient:
    """A client that leaves ``transport`` open when it closes (several clients share one pool in a test)."""
    return httpx.AsyncClient(transport=_Borrowed(transport), timeout=timeout or timeouts())


class _Borrowed(httpx.AsyncBaseTransport):
    def __init__(self, inner: AsyncioTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)


async def until(condition: Callable[[], bool], seconds: float = 2.0) -> None:
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.005)


# -- keep-alive and framing -------------------------------------------------------------------------------


async def test_keep_alive_reuses_one_connection(transport: AsyncioTransport) -> None:
    async with Server() as server, client(transport) as http:
        for _ in range(5):
            response = await http.get(server.url("/odometer"))
            assert response.status_code == 200
            assert response.json() == json.loads(JSON)
            assert response.http_version == "HTTP/1.1"
            assert response.reason_phrase == "OK"
        assert server.accepted == 1
        assert len(server.requests) == 5
        assert transport.idle_count == 1
        assert transport.connection_count == 1


async def test_connection_close_from_the_server_opens_a_new_connection(transport: AsyncioTransport) -> None:
    async def close_each(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", "Connection: close", body=b"bye"))

    async with Server(close_each) as server, client(transport) as http:
        assert (await http.get(server.url())).text == "bye"
        assert (await http.get(server.url())).text == "bye"
        assert server.accepted == 2
        assert transport.idle_count == 0


async def test_connection_close_from_the_request_is_honoured(transport: AsyncioTransport) -> None:
    async with Server() as server, client(transport) as http:
        await http.get(server.url(), headers={"Connection": "close"})
        await http.get(server.url())
        assert server.accepted == 2
        assert server.requests[0].header("connection") == "close"


@pytest.mark.parametrize(("connection", "reused"), [(None, False), ("keep-alive", True)])
async def test_http_1_0_responses(transport: AsyncioTransport, connection: str | None, reused: bool) -> None:
    async def http10(request: Received, writer: asyncio.StreamWriter) -> None:
        extra = f"Connection: {connection}\r\n" if connection else ""
        writer.write(f"HTTP/1.0 200 OK\r\n{extra}Content-Length: 2\r\n\r\nok".encode())

    async with Server(http10) as server, client(transport) as http:
        first = await http.get(server.url())
        await http.get(server.url())
        assert first.http_version == "HTTP/1.0"
        assert first.text == "ok"
        assert server.accepted == (1 if reused else 2)


async def test_chunked_body_is_decoded_and_the_connection_reused(transport: AsyncioTransport) -> None:
    async def chunked(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", "Transfer-Encoding: chunked", length=False))
        for piece in (b"4;ext=1\r\nhell\r\n", b"7\r\no world\r\n", b"0\r\nX-Trailer: t\r\n\r\n"):
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.001)

    async with Server(chunked) as server, client(transport) as http:
        assert (await http.get(server.url())).content == b"hello world"
        assert (await http.get(server.url())).content == b"hello world"
        assert server.accepted == 1


async def test_body_until_close(transport: AsyncioTransport) -> None:
    async def until_close(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", length=False, body=b"first part, "))
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.write(b"last part")
        writer.close()

    async with Server(until_close) as server, client(transport) as http:
        assert (await http.get(server.url())).text == "first part, last part"
        assert (await http.get(server.url())).text == "first part, last part"
        assert server.accepted == 2


@pytest.mark.parametrize(
    ("method", "status"), [("GET", "204 No Content"), ("GET", "304 Not Modified"), ("HEAD", "200 OK")]
)
async def test_responses_without_a_body(transport: AsyncioTransport, method: str, status: str) -> None:
    async def no_body(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(f"HTTP/1.1 {status}\r\nContent-Length: 50\r\nETag: x\r\n\r\n".encode())

    async with Server(no_body) as server, client(transport) as http:
        for _ in range(2):
            response = await http.request(method, server.url())
            assert response.status_code == int(status[:3])
            assert response.content == b""
            assert response.headers["etag"] == "x"
        assert server.accepted == 1


async def test_interim_100_continue_is_skipped(transport: AsyncioTransport) -> None:
    async def continue_first(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(0.005)
        writer.write(reply("201 Created", body=b"made"))

    async with Server(continue_first) as server, client(transport) as http:
        response = await http.post(server.url(), content=b"payload", headers={"Expect": "100-continue"})
        assert response.status_code == 201
        assert response.text == "made"
        assert server.requests[0].body == b"payload"


async def test_keepalive_expiry_closes_idle_connections() -> None:
    async with AsyncioTransport(keepalive_expiry=0.05) as transport, Server() as server, client(transport) as http:
        await http.get(server.url())
        await asyncio.sleep(0.1)
        await http.get(server.url())
        assert server.accepted == 2
        await until(lambda: server.closed_by_client == 1)


async def test_no_keepalive_connections_means_no_reuse() -> None:
    async with (
        AsyncioTransport(max_keepalive_connections=0) as transport,
        Server() as server,
        client(transport) as http,
    ):
        await http.get(server.url())
        await http.get(server.url())
        assert server.accepted == 2
        assert transport.connection_count == 0


async def test_oldest_idle_connections_beyond_the_keepalive_limit_are_closed() -> None:
    async def slow(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.02)
        writer.write(reply(body=b"ok"))

    async with (
        AsyncioTransport(max_keepalive_connections=2) as transport,
        Server(slow) as server,
        client(transport) as http,
    ):
        await asyncio.gather(*(http.get(server.url()) for _ in range(4)))
        assert server.accepted == 4
        assert transport.idle_count == 2
        assert transport.connection_count == 2
        await until(lambda: server.closed_by_client == 2)


async def test_by_default_every_connection_of_a_burst_is_kept_for_the_next() -> None:
    async def slow(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.02)
        writer.write(reply(body=b"ok"))

    async with AsyncioTransport() as transport, Server(slow) as server, client(transport) as http:
        for _ in range(2):
            await asyncio.gather(*(http.get(server.url()) for _ in range(30)))
        assert server.accepted == 30
        assert transport.idle_count == 30
        assert server.closed_by_client == 0


async def test_an_idle_connection_to_another_origin_makes_room() -> None:
    async with AsyncioTransport(max_connections=1) as transport, Server() as one, Server() as two:
        async with client(transport, timeouts(pool=0.5)) as http:
            await http.get(one.url())
            await http.get(two.url())
            await http.get(one.url())
        assert (one.accepted, two.accepted) == (2, 1)
        assert transport.connection_count == 1


# -- the server closes or misbehaves ----------------------------------------------------------------------


async def test_server_closing_an_idle_connection_is_noticed(transport: AsyncioTransport) -> None:
    async def answer_then_close(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=b"ok"))
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.close()

    async with Server(answer_then_close) as server, client(transport) as http:
        await http.get(server.url())
        await until(lambda: transport.idle_count == 0)
        assert transport.connection_count == 0
        assert (await http.get(server.url())).text == "ok"
        assert server.accepted == 2


async def test_bytes_on_an_idle_connection_discard_it(transport: AsyncioTransport) -> None:
    async def answer_then_timeout(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=b"ok"))
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.write(reply("408 Request Timeout", "Connection: close"))

    async with Server(answer_then_timeout) as server, client(transport) as http:
        await http.get(server.url())
        await until(lambda: transport.connection_count == 0)
        assert (await http.get(server.url())).text == "ok"
        assert server.accepted == 2


async def test_extra_bytes_after_a_response_end_reuse(transport: AsyncioTransport) -> None:
    async def too_much(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=b"ok") + b"junk")

    async with Server(too_much) as server, client(transport) as http:
        assert (await http.get(server.url())).text == "ok"
        assert (await http.get(server.url())).text == "ok"
        assert server.accepted == 2


async def test_server_closing_after_the_request_is_a_remote_protocol_error(transport: AsyncioTransport) -> None:
    async def hang_up(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.close()

    async with Server(hang_up) as server:
        with pytest.raises(httpx.RemoteProtocolError, match="Server disconnected without sending a response"):
            await get(transport, server.url())
    assert transport.connection_count == 0


async def test_server_closing_in_the_middle_of_the_body(transport: AsyncioTransport) -> None:
    async def truncated(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten!!")
        await writer.drain()
        writer.close()

    async with Server(truncated) as server:
        with pytest.raises(httpx.RemoteProtocolError, match="received 10 of 100 bytes"):
            await get(transport, server.url())
    assert transport.connection_count == 0


@pytest.mark.parametrize(
    "garbage",
    [
        b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nBad Header\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
    ],
)
async def test_garbage_is_a_remote_protocol_error(transport: AsyncioTransport, garbage: bytes) -> None:
    async def nonsense(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(garbage)

    async with Server(nonsense) as server:
        with pytest.raises(httpx.RemoteProtocolError):
            await get(transport, server.url())
    assert transport.connection_count == 0


async def test_a_bad_chunk_is_a_remote_protocol_error(transport: AsyncioTransport) -> None:
    async def bad_chunk(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", "Transfer-Encoding: chunked", length=False))
        await writer.drain()
        await asyncio.sleep(0.005)
        writer.write(b"zz\r\n")

    async with Server(bad_chunk) as server, client(transport) as http, http.stream("GET", server.url()) as response:
        with pytest.raises(httpx.RemoteProtocolError, match="chunk size"):
            await response.aread()
    assert transport.connection_count == 0


# -- idle connections are checked when taken, even after the event loop was busy --------------------------


class ThreadedServer:
    """A blocking-socket server on 127.0.0.1 in its own threads, so that it acts while the client's event
    loop is blocked. Answers each request with ``<n>:<METHOD>:<body>`` (``n`` counts requests), then either
    sends ``stray`` bytes or closes the connection (``close_idle``), a moment later, and releases
    :attr:`acted`. The client blocks its loop on :attr:`acted`, so the loop reads none of it before the
    next request is sent."""

    def __init__(self, *, stray: bytes = b"", close_idle: bool = False) -> None:
        self.stray, self.close_idle = stray, close_idle
        self.accepted = self.answered = 0
        self.acted = threading.Semaphore(0)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.02)
        self.port = self._listener.getsockname()[1]
        self._stopping = False
        self._connections: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept_all)]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> ThreadedServer:
        self._threads[0].start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping = True
        for connection in self._connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept_all(self) -> None:
        while not self._stopping:
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.accepted += 1
            self._connections.append(connection)
            thread = threading.Thread(target=self._serve, args=(connection,))
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(5)
        with connection, contextlib.suppress(OSError):
            reader = connection.makefile("rb")
            while (request_line := reader.readline()) and not self._stopping:
                length = 0
                while (line := reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.partition(b":")
                    length = int(value) if name.lower() == b"content-length" else length
                self.answered += 1
                answer = b"%d:%s:%s" % (self.answered, request_line.split()[0], reader.read(length))
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(answer), answer))
                time.sleep(0.005)  # the client is blocked by now
                if self.stray:
                    connection.sendall(self.stray)
                    self.acted.release()
                elif self.close_idle:
                    connection.shutdown(socket.SHUT_RDWR)
                    self.acted.release()
                    return


STRAY = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray"


class BlockingServer:
    """A blocking-socket server on 127.0.0.1 in its own threads (so it outlives event loops), TLS when
    given a context. It answers each request (no body) with ``ok`` and never sends a TLS close_notify,
    not even in answer to the client's; :attr:`ended` counts the connections whose TCP stream the client
    ended (its socket closed or shut down)."""

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self.context = context
        self.accepted = self.ended = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.02)
        self.port = self._listener.getsockname()[1]
        self._stopping = False
        self._threads = [threading.Thread(target=self._accept_all)]

    def url(self, path: str = "/") -> str:
        return f"{'https' if self.context else 'http'}://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> BlockingServer:
        self._threads[0].start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping = True
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept_all(self) -> None:
        while not self._stopping:
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.accepted += 1
            thread = threading.Thread(target=self._serve, args=(connection,))
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        stream = connection
        with contextlib.ExitStack() as closing:
            closing.enter_context(connection)
            try:
                connection.settimeout(5)
                if self.context is not None:
                    stream = closing.enter_context(self.context.wrap_socket(connection, server_side=True))
                stream.settimeout(0.02)
                received = b""
                while data := self._receive(stream):
                    received += data
                    while b"\r\n\r\n" in received:
                        received = received.partition(b"\r\n\r\n")[2]
                        stream.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                # The client closed, or sent a close_notify, left unanswered: wait for its TCP stream to end.
                with socket.socket(fileno=os.dup(stream.fileno())) as raw:
                    raw.settimeout(0.02)
                    while self._receive(raw):
                        pass
            except OSError:  # a reset: ended as well
                pass
            if not self._stopping:
                self.ended += 1

    def _receive(self, stream: socket.socket) -> bytes:
        """The next bytes from ``stream``, or ``b""`` at its end or once the server stops."""
        while not self._stopping:
            try:
                return stream.recv(65536)
            except TimeoutError:
                continue
        return b""


def wait_for(condition: Callable[[], bool], seconds: float = 2.0) -> None:
    """Wait for ``condition`` outside any event loop."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


@pytest.mark.parametrize("behaviour", [{"stray": STRAY}, {"close_idle": True}], ids=["stray bytes", "closed"])
async def test_what_arrives_on_an_idle_connection_while_the_loop_is_busy_never_answers_a_request(
    transport: AsyncioTransport, behaviour: dict[str, Any]
) -> None:
    with ThreadedServer(**behaviour) as server:
        async with client(transport) as http:
            answers = []
            for number in range(1, 10):
                if number % 2:
                    response = await http.get(server.url())
                else:
                    response = await http.post(server.url(), content=b"lock")
                answers.append(response.text)
                assert server.acted.acquire(timeout=5)  # blocks the event loop, as a busy one would be
        assert answers == [f"{n}:GET:" if n % 2 else f"{n}:POST:lock" for n in range(1, 10)]
        assert server.accepted == 9
        await until(lambda: transport.connection_count == 0)  # the last one, once the loop reads its socket


def test_an_idle_connection_with_a_readable_socket_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the test above relies on: the socket is polled, not only the loop's callbacks."""
    import carconnect.core.asyncio_transport as module

    left, right = socket.socketpair()
    with left, right:
        assert not module._readable(left.fileno())
        right.send(b"x")
        assert module._readable(left.fileno())
        monkeypatch.setattr(module, "_poll", None)  # the select() fallback (Windows) says the same
        assert module._readable(left.fileno())


# -- timeouts and the pool --------------------------------------------------------------------------------


async def test_slow_head_is_a_read_timeout(transport: AsyncioTransport) -> None:
    async def slow(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(1)

    async with Server(slow) as server:
        with pytest.raises(httpx.ReadTimeout):
            await get(transport, server.url(), timeout=timeouts(read=0.05))
    assert transport.connection_count == 0


async def test_slow_body_is_a_read_timeout(transport: AsyncioTransport) -> None:
    async def stall(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf!")
        await writer.drain()
        await asyncio.sleep(1)

    async with Server(stall) as server:
        with pytest.raises(httpx.ReadTimeout):
            await get(transport, server.url(), timeout=timeouts(read=0.05))
    assert transport.connection_count == 0


async def answer_after(request: Received, writer: asyncio.StreamWriter) -> None:
    """Answer after the number of milliseconds in the path (``/ms/80``); other paths at once."""
    if request.target.startswith("/ms/"):
        await asyncio.sleep(int(request.target.removeprefix("/ms/")) / 1000)
    writer.write(reply(body=b"done"))


async def test_a_reused_connection_times_out_on_its_own_shorter_read_timeout(transport: AsyncioTransport) -> None:
    """The connection's one read timer, set for a long timeout, moves earlier for a shorter one."""
    async with Server(answer_after) as server:
        assert (await get(transport, server.url(), timeout=timeouts(read=30))).content == b"done"
        started = asyncio.get_running_loop().time()
        with pytest.raises(httpx.ReadTimeout):
            await get(transport, server.url("/ms/2000"), timeout=timeouts(read=0.05))
        assert asyncio.get_running_loop().time() - started < 1.0
    assert server.accepted == 1


async def test_a_longer_read_timeout_outlives_an_earlier_shorter_one(transport: AsyncioTransport) -> None:
    """A timer set for an earlier, shorter read fires early and waits again for the later deadline."""
    async with Server(answer_after) as server:
        assert (await get(transport, server.url(), timeout=timeouts(read=0.03))).content == b"done"
        slow = await get(transport, server.url("/ms/120"), timeout=timeouts(read=1.0))
        assert slow.content == b"done"
        assert (await get(transport, server.url(), timeout=timeouts(read=0.03))).content == b"done"
    assert server.accepted == 1


HEAD_IN_LINES = [
    b"HTTP/1.1 200 OK\r\n",
    *(b"X-Part: %d\r\n" % n for n in range(5)),
    b"Content-Length: 4\r\n\r\ndone",
]


@pytest.mark.parametrize(
    "pieces",
    [[b"HTTP/1.1 102 Processing\r\n\r\n"] * 6 + [reply(body=b"done")], HEAD_IN_LINES],
    ids=["102 Processing every 30 ms", "head a line every 30 ms"],
)
async def test_each_piece_of_the_head_restarts_the_read_timeout(
    transport: AsyncioTransport, pieces: list[bytes]
) -> None:
    """The read timeout bounds each wait for data, as httpx's own transport does, not the whole head: a
    long command answered with interim responses, or a head trickling in, outlasts it as a whole."""

    async def paced(request: Received, writer: asyncio.StreamWriter) -> None:
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.03)

    async with Server(paced) as server, client(transport, timeouts(read=0.15)) as http:
        response = await http.post(server.url("/commands/lock"), json={"lock": True})
        assert (response.status_code, response.text) == (200, "done")
    assert server.accepted == 1


def slow_body(release: asyncio.Event) -> Handler:
    """Half the body of /slow at once and the rest once ``release`` is set; other paths answer at once."""

    async def answer(request: Received, writer: asyncio.StreamWriter) -> None:
        if request.target != "/slow":
            writer.write(reply(body=b"quick"))
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf!")
        await writer.drain()
        await release.wait()
        writer.write(b"done!")

    return answer


async def test_full_pool_is_a_pool_timeout_and_frees_up_after() -> None:
    release = asyncio.Event()
    async with AsyncioTransport(max_connections=1) as transport, Server(slow_body(release)) as server:
        async with client(transport, timeouts(pool=0.01)) as http:
            async with http.stream("GET", server.url("/slow")) as held:
                assert held.status_code == 200
                with pytest.raises(httpx.PoolTimeout):
                    await http.get(server.url())
                release.set()
                assert await held.aread() == b"half!done!"
            assert (await http.get(server.url())).text == "quick"
        assert server.accepted == 1


async def test_a_small_response_frees_its_connection_before_it_is_read(transport: AsyncioTransport) -> None:
    async with Server() as server, client(transport) as http:
        async with http.stream("GET", server.url()) as unread:
            await until(lambda: transport.idle_count == 1)
            assert (await http.get(server.url())).json() == json.loads(JSON)
            assert await unread.aread() == JSON
        assert server.accepted == 1


async def test_waiters_get_connections_in_arrival_order() -> None:
    async def slow(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.005)
        writer.write(reply(body=request.target.encode()))

    async with AsyncioTransport(max_connections=1) as transport, Server(slow) as server, client(transport) as http:
        responses = await asyncio.gather(*(http.get(server.url(f"/{n}")) for n in range(5)))
        assert [response.text for response in responses] == [f"/{n}" for n in range(5)]
        assert [request.target for request in server.requests] == [f"/{n}" for n in range(5)]
        assert server.accepted == 1


async def test_a_woken_request_is_not_passed_over_by_a_caller_sending_again() -> None:
    """Arrival order holds between a request woken for the connection just freed and the caller that
    freed it, sending its next request as soon as it has read a response (a paging loop)."""
    first_page = asyncio.Event()

    async def pages_wait(request: Received, writer: asyncio.StreamWriter) -> None:
        if request.target == "/page/0":
            await first_page.wait()
        writer.write(reply(body=b"ok"))

    async with (
        AsyncioTransport(max_connections=1) as transport,
        Server(pages_wait) as server,
        client(transport) as http,
    ):

        async def paging() -> None:
            for page in range(4):
                assert (await http.get(server.url(f"/page/{page}"))).text == "ok"

        pager = asyncio.create_task(paging())
        await until(lambda: len(server.requests) == 1)
        single = asyncio.create_task(http.get(server.url("/single")))
        await asyncio.sleep(0.01)  # in line behind /page/0
        first_page.set()
        await pager
        assert (await single).text == "ok"
    assert [request.target for request in server.requests] == ["/page/0", "/single", "/page/1", "/page/2", "/page/3"]


async def test_concurrent_requests_share_the_allowed_connections() -> None:
    async def slow(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.005)
        writer.write(reply(body=request.target.encode()))

    async with AsyncioTransport(max_connections=3) as transport, Server(slow) as server, client(transport) as http:
        responses = await asyncio.gather(*(http.get(server.url(f"/{n}")) for n in range(12)))
        assert [response.text for response in responses] == [f"/{n}" for n in range(12)]
        assert server.accepted == 3
        assert transport.connection_count == 3


async def test_connection_refused_is_a_connect_error(transport: AsyncioTransport) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(httpx.ConnectError):
        await get(transport, f"http://127.0.0.1:{port}/")
    assert transport.connection_count == 0


@pytest.mark.parametrize(
    "error",
    [socket.gaierror(-2, "Name or service not known"), ssl.SSLError(1, "handshake failure"), OSError(113, "No route")],
)
async def test_os_errors_while_connecting_are_connect_errors(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    async def fail(self: asyncio.AbstractEventLoop, *args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(asyncio.get_running_loop().__class__, "create_connection", fail)
    async with AsyncioTransport() as transport:
        with pytest.raises(httpx.ConnectError, match=str(error.args[1])):
            await get(transport, "https://api.example.test/")
        assert transport.connection_count == 0


async def test_full_accept_queue_is_a_connect_timeout(transport: AsyncioTransport) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = [socket.socket() for _ in range(4)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    filler.connect(("127.0.0.1", port))
            with pytest.raises(httpx.ConnectTimeout):
                await get(transport, f"http://127.0.0.1:{port}/", timeout=timeouts(connect=0.1))
        finally:
            for filler in fillers:
                filler.close()
    assert transport.connection_count == 0


async def test_ipv6_literal_is_connected_without_brackets(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, ...]] = []

    async def refuse(self: asyncio.AbstractEventLoop, factory: object, host: str, port: int, **kwargs: object) -> None:
        calls.append((host, port, kwargs.get("ssl")))
        raise ConnectionRefusedError(111, "refused")

    monkeypatch.setattr(asyncio.get_running_loop().__class__, "create_connection", refuse)
    async with AsyncioTransport() as transport:
        with pytest.raises(httpx.ConnectError, match="refused"):
            await get(transport, "http://[::1]:8123/x")
    assert calls == [("::1", 8123, None)]


async def test_unsupported_scheme(transport: AsyncioTransport) -> None:
    request = httpx.Request("GET", "ftp://127.0.0.1/file")
    with pytest.raises(httpx.UnsupportedProtocol):
        await transport.handle_async_request(request)
    assert transport.connection_count == 0


# -- request bodies ---------------------------------------------------------------------------------------


async def echo(request: Received, writer: asyncio.StreamWriter) -> None:
    headers = [f"X-Method: {request.method}", f"X-Framing: {request.header('transfer-encoding') or 'length'}"]
    writer.write(reply("200 OK", *headers, body=request.body))


async def test_post_json_is_sent_in_one_piece(transport: AsyncioTransport) -> None:
    async with Server(echo) as server, client(transport) as http:
        response = await http.post(server.url("/cmd"), json={"command": "lock", "n": 1})
        assert response.json() == {"command": "lock", "n": 1}
        assert response.headers["x-method"] == "POST"
        assert server.requests[0].header("content-type") == "application/json"


async def test_post_chunked_async_generator(transport: AsyncioTransport) -> None:
    async def pieces() -> AsyncIterator[bytes]:
        for piece in (b"one ", b"", b"two ", b"three"):
            await asyncio.sleep(0)
            yield piece

    async with Server(echo) as server, client(transport) as http:
        response = await http.post(server.url(), content=pieces())
        assert response.text == "one two three"
        assert response.headers["x-framing"] == "chunked"
        assert (await http.put(server.url(), content=b"")).text == ""
        assert server.accepted == 1


async def test_streamed_body_with_a_content_length(transport: AsyncioTransport) -> None:
    async def pieces() -> AsyncIterator[bytes]:
        yield b"abc"
        yield b"def"

    async with Server(echo) as server, client(transport) as http:
        response = await http.post(server.url(), content=pieces(), headers={"Content-Length": "6"})
        assert response.text == "abcdef"
        assert response.headers["x-framing"] == "length"


@pytest.mark.parametrize("length", ["2", "10"])
async def test_streamed_body_not_matching_its_content_length(transport: AsyncioTransport, length: str) -> None:
    async def pieces() -> AsyncIterator[bytes]:
        yield b"abcdef"

    async with Server(echo) as server, client(transport) as http:
        with pytest.raises(httpx.LocalProtocolError, match="Content-Length"):
            await http.post(server.url(), content=pieces(), headers={"Content-Length": length})
    assert transport.connection_count == 0


async def test_in_memory_body_not_matching_its_content_length(transport: AsyncioTransport) -> None:
    async with Server(echo) as server:
        request = httpx.Request("POST", server.url(), content=b"abc")
        request.headers["Content-Length"] = "5"
        with pytest.raises(httpx.LocalProtocolError):
            await transport.handle_async_request(request)
    assert transport.connection_count == 0


async def test_header_injection_is_refused(transport: AsyncioTransport) -> None:
    request = httpx.Request("GET", "http://127.0.0.1:1/", headers={"X-Evil": "a\r\nInjected: 1"})
    with pytest.raises(httpx.LocalProtocolError):
        await transport.handle_async_request(request)
    assert transport.connection_count == 0


REFUSED_HEADS = {
    "NUL in a value": ("GET", [("X-A", "a\x00b")]),
    "control byte in a value": ("GET", [("X-A", "a\x01b")]),
    "trailing space in a value": ("GET", [("X-A", "a ")]),
    "space in a name": ("GET", [("X A", "b")]),
    "method not a token": ("GE(T", []),
    "two Content-Length": ("POST", [("Content-Length", "0"), ("Content-Length", "0")]),
    "Content-Length and chunked": ("POST", [("Content-Length", "0"), ("Transfer-Encoding", "chunked")]),
    "gzip transfer coding": ("POST", [("Transfer-Encoding", "gzip")]),
}


@pytest.mark.parametrize(("method", "headers"), list(REFUSED_HEADS.values()), ids=list(REFUSED_HEADS))
async def test_a_request_h11_would_refuse_is_refused_before_connecting(
    transport: AsyncioTransport, method: str, headers: list[tuple[str, str]]
) -> None:
    async with Server() as server:
        request = httpx.Request(method, server.url(), headers=headers)
        for _ in range(2):  # refused every time: nothing remembered
            with pytest.raises(httpx.LocalProtocolError):
                await transport.handle_async_request(request)
        assert server.accepted == 0
    assert transport.connection_count == 0


async def test_missing_host_header_is_added(transport: AsyncioTransport) -> None:
    async with Server() as server:
        request = httpx.Request("GET", server.url("/x"))
        del request.headers["Host"]
        response = await transport.handle_async_request(request)
        await response.aread()
        assert server.requests[0].header("host") == f"127.0.0.1:{server.port}"


async def test_large_upload_waits_for_the_socket_and_times_out_when_never_read(transport: AsyncioTransport) -> None:
    block = b"u" * (256 * 1024)
    produced = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal produced
        for _ in range(256):  # 64 MiB, far beyond what the socket buffers hold
            produced += 1
            yield block

    async def read_head_only(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(5)

    async with Server(raw=read_head_only) as server, client(transport, timeouts(write=0.1)) as http:
        with pytest.raises(httpx.WriteTimeout):
            await http.post(server.url(), content=endless())
        assert produced < 256  # without flow control every block would have been buffered at once
        assert transport.connection_count == 0


async def test_an_answer_before_the_upload_ends_is_returned_and_the_connection_dropped(
    transport: AsyncioTransport,
) -> None:
    block = b"u" * (256 * 1024)

    async def endless() -> AsyncIterator[bytes]:
        for _ in range(256):
            yield block

    async def refuse_early(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(0.02)  # the client is blocked on a full socket by now
        writer.write(reply("413 Content Too Large", "Connection: close", body=b"too big"))
        await writer.drain()
        await asyncio.sleep(5)

    async with Server(raw=refuse_early) as server, client(transport) as http:
        response = await http.post(server.url(), content=endless())
        assert response.status_code == 413
        assert response.text == "too big"
        assert transport.connection_count == 0


async def test_large_upload_is_sent_whole(transport: AsyncioTransport) -> None:
    payload = bytes(range(256)) * 8192  # 2 MiB

    async def digest(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=hashlib.sha256(request.body).hexdigest().encode()))

    async with Server(digest) as server, client(transport) as http:
        response = await http.post(server.url(), content=payload)
        assert response.text == hashlib.sha256(payload).hexdigest()


# -- response bodies --------------------------------------------------------------------------------------


async def test_five_mib_body_is_streamed_with_bounded_buffering(transport: AsyncioTransport) -> None:
    payload = bytes(range(256)) * (5 * 4096)

    async def big(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=payload))

    async with Server(big) as server, client(transport) as http:
        async with http.stream("GET", server.url()) as response:
            received = bytearray()
            sizes = []
            async for chunk in response.aiter_bytes():
                sizes.append(len(chunk))
                received += chunk
                await asyncio.sleep(0.001)  # a slow consumer: the transport must stop reading ahead
        assert received == payload
        assert len(sizes) > 5
        assert max(sizes) <= 2 * READ_HIGH_WATER
        assert (await http.get(server.url())).content == payload
        assert server.accepted == 1


async def test_a_body_that_arrives_whole_while_unread_leaves_the_connection_reading(
    transport: AsyncioTransport,
) -> None:
    payload = b"x" * (READ_HIGH_WATER + 50_000)

    async def big(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=payload))

    async with Server(big) as server, client(transport) as http:
        async with http.stream("GET", server.url()) as response:
            await until(lambda: transport.idle_count == 1)  # the whole body arrived; nothing read yet
            assert await response.aread() == payload
        assert (await http.get(server.url())).content == payload  # on the same connection, not stuck
        assert server.accepted == 1


async def test_a_reset_cuts_a_body_delimited_by_the_close_instead_of_ending_it(transport: AsyncioTransport) -> None:
    async def reset(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", "Connection: close", length=False, body=b"partial"))
        await writer.drain()
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()  # an RST, not the server's close

    async with Server(reset) as server:
        with pytest.raises(httpx.ReadError, match="lost before the response was complete"):
            await get(transport, server.url())


async def test_response_closed_before_its_end_closes_the_connection(transport: AsyncioTransport) -> None:
    payload = b"x" * (1024 * 1024)

    async def big(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply(body=payload))

    async with Server(big) as server, client(transport) as http:
        async with http.stream("GET", server.url()) as response:
            async for _chunk in response.aiter_raw():
                break
        assert transport.connection_count == 0
        assert len((await http.get(server.url())).content) == len(payload)
        assert server.accepted == 2


async def test_gzip_content_encoding_is_left_to_httpx(transport: AsyncioTransport) -> None:
    async def gzipped(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(reply("200 OK", "Content-Encoding: gzip", body=gzip.compress(JSON)))

    async with Server(gzipped) as server, client(transport) as http:
        response = await http.get(server.url())
        assert response.content == JSON
        assert response.headers["content-encoding"] == "gzip"


async def test_the_body_stream_is_plain_and_nothing_holds_a_response_once_read(transport: AsyncioTransport) -> None:
    async with Server() as server, client(transport) as http:
        response = await http.get(server.url())
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        assert not hasattr(stream, "read_all")
        assert not hasattr(stream, "content_coded")
        gone = weakref.ref(response), weakref.ref(stream)
        del response, stream
        gc.collect()
        assert [ref() for ref in gone] == [None, None]
        assert transport.idle_count == 1


# -- cancellation and closing -----------------------------------------------------------------------------


async def test_cancelled_while_waiting_for_the_head_releases_the_slot() -> None:
    async def first_hangs(request: Received, writer: asyncio.StreamWriter) -> None:
        if request.target == "/hang":
            await asyncio.sleep(5)
        writer.write(reply(body=b"ok"))

    async with AsyncioTransport(max_connections=1) as transport, Server(first_hangs) as server:
        async with client(transport, timeouts(pool=0.5)) as http:
            task = asyncio.create_task(http.get(server.url("/hang")))
            await until(lambda: len(server.requests) == 1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert transport.connection_count == 0
            assert (await http.get(server.url())).text == "ok"
        assert server.accepted == 2


async def test_cancelled_in_the_middle_of_the_body_releases_the_slot() -> None:
    async def stalls(request: Received, writer: asyncio.StreamWriter) -> None:
        if request.target == "/stall":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf!")
            await writer.drain()
            await asyncio.sleep(5)
        writer.write(reply(body=b"ok"))

    async with (
        AsyncioTransport(max_connections=1) as transport,
        Server(stalls) as server,
        client(transport, timeouts(pool=0.5)) as http,
    ):
        task = asyncio.create_task(http.get(server.url("/stall")))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert transport.connection_count == 0
        assert (await http.get(server.url())).text == "ok"


async def test_cancelled_while_waiting_for_the_pool_leaves_the_queue() -> None:
    release = asyncio.Event()
    async with AsyncioTransport(max_connections=1) as transport, Server(slow_body(release)) as server:
        async with client(transport) as http:
            async with http.stream("GET", server.url("/slow")) as held:
                waiting = asyncio.create_task(http.get(server.url()))
                await asyncio.sleep(0.01)
                waiting.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await waiting
                release.set()
                await held.aread()
            assert (await http.get(server.url())).text == "quick"
        assert transport.connection_count == 1


async def test_a_request_cancelled_in_line_leaves_the_turn_to_the_next() -> None:
    """A request cancelled while waiting for a connection, whose task has yet to run when the connection
    is freed, raises ``CancelledError``; the one behind it gets the connection at once, and whoever
    freed it sees no error."""
    release = asyncio.Event()
    async with (
        AsyncioTransport(max_connections=1) as transport,
        Server(slow_body(release)) as server,
        client(transport, timeouts(pool=1.0)) as http,
    ):
        async with http.stream("GET", server.url("/slow")) as held:
            assert held.status_code == 200
            cancelled = asyncio.create_task(http.get(server.url("/cancelled")))
            behind = asyncio.create_task(http.get(server.url("/behind")))
            await asyncio.sleep(0.01)  # both in line
            cancelled.cancel()
        # leaving the block closes /slow half read: its connection is closed and the line moves on
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert (await behind).text == "quick"
        assert transport.connection_count == 1
    assert [request.target for request in server.requests] == ["/slow", "/behind"]


async def test_a_task_group_cancelling_requests_in_flight_and_in_line_leaves_the_pool_working() -> None:
    async with (
        AsyncioTransport(max_connections=1) as transport,
        Server(answer_after) as server,
        client(transport) as http,
    ):

        async def fails_once_the_first_is_sent() -> None:
            await until(lambda: len(server.requests) == 1)
            raise LookupError("one read failed")

        async def three_reads_and_a_failure() -> None:
            async with asyncio.TaskGroup() as group:
                for _ in range(3):
                    group.create_task(http.get(server.url("/ms/2000")))
                group.create_task(fails_once_the_first_is_sent())

        with pytest.raises(ExceptionGroup) as raised:
            await three_reads_and_a_failure()
        assert [type(error) for error in raised.value.exceptions] == [LookupError]
        assert transport.connection_count == 0
        assert (await http.get(server.url())).text == "done"


async def test_aclose_closes_every_connection_and_refuses_new_requests() -> None:
    transport = AsyncioTransport()
    async with Server() as server:
        async with client(transport) as http:
            await http.get(server.url())
            await http.get(server.url("/again"))
            assert transport.idle_count == 1
        await transport.aclose()
        assert transport.connection_count == 0
        await until(lambda: server.closed_by_client == 1)
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(httpx.Request("GET", server.url()))


async def test_aclose_fails_a_response_in_progress_and_wakes_waiters() -> None:
    async def stalls(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf!")
        await writer.drain()
        await asyncio.sleep(5)

    transport = AsyncioTransport(max_connections=1)
    async with Server(stalls) as server, client(transport) as http, http.stream("GET", server.url()) as response:
        waiting = asyncio.create_task(http.get(server.url()))
        await asyncio.sleep(0.01)
        await transport.aclose()
        with pytest.raises(httpx.ReadError):
            await response.aread()
        with pytest.raises(RuntimeError, match="closed"):
            await waiting
    assert transport.connection_count == 0


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_asyncio_run_ending_closes_the_connections_of_its_loop(certificate: tuple[Path, Path], tls: bool) -> None:
    """A transport kept across ``asyncio.run()`` jobs (a worker running one per job): each job's
    connections are closed as its event loop shuts down, in that loop, so that no socket waits for the
    garbage collector (nor warns when it comes); the next job opens its own."""
    transport = AsyncioTransport(ssl_context=ssl.create_default_context(cafile=str(certificate[0])))

    async def job() -> None:
        async with client(transport) as http:
            answers = await asyncio.gather(*(http.get(server.url()) for _ in range(3)))
        assert [answer.text for answer in answers] == ["ok"] * 3

    with BlockingServer(server_context(certificate) if tls else None) as server:
        for _ in range(2):
            asyncio.run(job())
            assert transport.connection_count == 0
            wait_for(lambda: server.ended == server.accepted)  # closed at once: with TLS, no close_notify waited for
        assert server.accepted == 6
        asyncio.run(transport.aclose())
    gc.collect()  # nothing is left for the collector: a ResourceWarning would fail the test


@pytest.mark.filterwarnings("ignore:asynchronous generator:ResourceWarning")  # httpx's auth flow, started late
def test_a_request_sent_while_the_loop_shuts_down_is_answered_and_its_connection_closed() -> None:
    """An async generator closed as ``asyncio.run()`` ends may still send a request (an unsubscribe, say):
    it is answered whether it runs before or after the transport closes the loop's idle connections,
    and the connection it used is closed once the answer is complete."""
    transport = AsyncioTransport()
    answers: list[str] = []

    async def subscription() -> AsyncIterator[None]:
        try:
            yield
        finally:
            answers.append((await get(transport, server.url("/unsubscribe"))).text)

    open_subscriptions = [subscription()]

    async def job() -> None:
        answers.append((await get(transport, server.url("/subscribe"))).text)
        await anext(open_subscriptions[0])  # left open: the loop closes it as it shuts down

    with BlockingServer() as server:
        asyncio.run(job())
        assert answers == ["ok", "ok"]
        assert transport.connection_count == 0
        wait_for(lambda: server.ended == server.accepted)
    gc.collect()


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # asyncio's, for the transport of a loop never shut down
def test_connections_of_a_loop_closed_without_shutting_down_are_never_reused() -> None:
    transport = AsyncioTransport()
    loop = asyncio.new_event_loop()
    with BlockingServer() as server:
        try:
            assert loop.run_until_complete(get(transport, server.url())).text == "ok"
        finally:
            loop.close()  # without loop.shutdown_asyncgens(), which asyncio.run() calls
        assert transport.idle_count == 1
        assert asyncio.run(get(transport, server.url())).text == "ok"
        assert server.accepted == 2
        assert transport.connection_count == 0
        wait_for(lambda: server.ended == 2)  # the first loop's connection is shut down when found
        asyncio.run(transport.aclose())
    gc.collect()


def test_a_proxy_is_refused_not_ignored() -> None:
    with pytest.raises(ValueError, match=r"httpx\.AsyncHTTPTransport\(proxy="):
        AsyncioTransport(proxy="http://127.0.0.1:3128")


def test_without_httptools_construction_names_the_speed_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httptools", None)  # an import of it fails
    monkeypatch.setattr(http11, "_httptools", None)
    with pytest.raises(ImportError, match=re.escape('pip install "carconnect-core[speed]"')):
        AsyncioTransport()


def test_invalid_options_are_refused() -> None:
    with pytest.raises(ValueError, match="max_connections"):
        AsyncioTransport(max_connections=0)
    with pytest.raises(ValueError, match="max_keepalive_connections"):
        AsyncioTransport(max_keepalive_connections=-1)
    with pytest.raises(ValueError, match="keepalive_expiry"):
        AsyncioTransport(keepalive_expiry=-1)


# -- TLS --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key (PEM files)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "carconnect test")])
    now = datetime.datetime.now(datetime.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


async def test_https_with_a_context_trusting_the_server(certificate: tuple[Path, Path]) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    async with (
        AsyncioTransport(ssl_context=trusting) as transport,
        Server(ssl_context=server_context(certificate)) as server,
        client(transport) as http,
    ):
        for _ in range(3):
            response = await http.get(server.url("/secure"))
            assert response.json() == json.loads(JSON)
        assert server.accepted == 1


async def test_https_default_context_refuses_a_self_signed_server(certificate: tuple[Path, Path]) -> None:
    async with AsyncioTransport() as transport, Server(ssl_context=server_context(certificate)) as server:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await get(transport, server.url())
        assert transport.connection_count == 0


async def test_https_host_name_must_match(certificate: tuple[Path, Path]) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    async with (
        AsyncioTransport(ssl_context=trusting) as transport,
        Server(ssl_context=server_context(certificate)) as server,
    ):
        request = httpx.Request("GET", server.url(), extensions={"sni_hostname": "other.test"})
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await transport.handle_async_request(request)


@pytest.mark.parametrize("trust_env", [True, False])
async def test_ssl_cert_file_is_trusted_only_with_trust_env(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, trust_env: bool
) -> None:
    """The default context trusts the bundle ``SSL_CERT_FILE`` names only with ``trust_env``, as httpx does."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    async with (
        AsyncioTransport(trust_env=trust_env) as transport,
        Server(ssl_context=server_context(certificate)) as server,
    ):
        if trust_env:
            assert (await get(transport, server.url())).json() == json.loads(JSON)
        else:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await get(transport, server.url())


@pytest.mark.parametrize("ended_by", ["aclose", "keep-alive limit", "keep-alive expiry", "Connection: close"])
async def test_tls_connections_are_closed_at_once(certificate: tuple[Path, Path], ended_by: str) -> None:
    """A TLS connection done with is closed without waiting for the server to answer a close_notify
    (its socket would stay open until asyncio's 30 s shutdown timeout, or the event loop's end)."""
    transport = AsyncioTransport(
        ssl_context=ssl.create_default_context(cafile=str(certificate[0])),
        max_keepalive_connections=0 if ended_by == "keep-alive limit" else None,
        keepalive_expiry=0 if ended_by == "keep-alive expiry" else 5.0,
    )
    with BlockingServer(server_context(certificate)) as server:
        async with transport:
            headers = {"Connection": "close"} if ended_by == "Connection: close" else {}
            assert (await get(transport, server.url("/first"), headers=headers)).text == "ok"
            if ended_by == "aclose":
                await transport.aclose()
            elif ended_by == "keep-alive expiry":
                assert (await get(transport, server.url("/second"))).text == "ok"  # finds the first expired
            await until(lambda: server.ended == 1)
            assert transport.connection_count == (1 if ended_by == "keep-alive expiry" else 0)


# -- end to end through httpx.AsyncClient -----------------------------------------------------------------


async def test_async_client_end_to_end() -> None:
    async def api(request: Received, writer: asyncio.StreamWriter) -> None:
        seen = {"method": request.method, "target": request.target, "agent": request.header("user-agent")}
        seen["token"] = request.header("authorization")
        seen["body"] = json.loads(request.body) if request.body else None
        body = json.dumps(seen).encode()
        writer.write(reply("200 OK", "Content-Type: application/json", "Set-Cookie: a=1", "Set-Cookie: b=2", body=body))

    async with Server(api) as server:
        headers = {"Authorization": "Bearer t0k3n", "User-Agent": "carconnect-test"}
        async with httpx.AsyncClient(transport=AsyncioTransport(), base_url=server.url(), headers=headers) as http:
            got = await http.get("/vehicles", params={"vin": "YV1", "page": 2})
            assert got.json() == {
                "method": "GET",
                "target": "/vehicles?vin=YV1&page=2",
                "agent": "carconnect-test",
                "token": "Bearer t0k3n",
                "body": None,
            }
            assert got.headers.get_list("set-cookie") == ["a=1", "b=2"]
            assert got.cookies["b"] == "2"
            posted = await http.post("/vehicles/YV1/commands/lock", json={"force": True})
            assert posted.json()["body"] == {"force": True}
            assert (await http.delete("/vehicles/YV1")).json()["method"] == "DELETE"
        assert server.accepted == 1


async def test_a_read_on_a_dropped_connection_is_retried_by_the_pipeline() -> None:
    answered = 0

    async def flaky(request: Received, writer: asyncio.StreamWriter) -> None:
        nonlocal answered
        answered += 1
        if answered == 1:
            writer.close()
            return
        writer.write(reply(body=b"ok"))

    retry = RetryPolicy(backoff_base=0.0, rng=lambda: 0.0)
    async with Server(flaky) as server:
        async with AsyncClientBase("token", transport=AsyncioTransport(), retry=retry) as base:
            response = await acall_detailed(base.http_client_for(server.url()).get, "/")
            assert response.text == "ok"
        assert server.accepted == 2


# -- under a client base, as the brand clients use it ------------------------------------------------------


async def split_body(request: Received, writer: asyncio.StreamWriter) -> None:
    """:func:`slow_body` with its rest sent at once, after a separate write."""
    released = asyncio.Event()
    released.set()
    await slow_body(released)(request, writer)


async def gzipped_text(request: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(reply("200 OK", "Content-Encoding: gzip", body=gzip.compress(b"unzipped")))


@pytest.mark.parametrize(
    ("handler", "path", "body"),
    [(split_body, "/slow", b"half!done!"), (split_body, "/", b"quick"), (gzipped_text, "/", b"unzipped")],
)
async def test_a_client_base_reads_each_body_and_reuses_the_connection(
    transport: AsyncioTransport, handler: Handler, path: str, body: bytes
) -> None:
    async with Server(handler) as server:
        base = AsyncClientBase("tok", transport=_Borrowed(transport), timeout=timeouts())
        async with base:
            http = base.http_client_for(server.url())
            for _ in range(2):
                response = await http.get(path)
                assert response.content == body
                assert response.is_closed
        assert server.accepted == 1
        assert transport.idle_count == 1
