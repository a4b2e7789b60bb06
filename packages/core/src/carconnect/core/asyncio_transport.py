"""An HTTP/1.1 transport for ``httpx.AsyncClient`` written on :class:`asyncio.Protocol` (opt-in).

``httpx.AsyncClient(transport=AsyncioTransport())`` (or a brand client's ``transport=`` argument) sends
requests through a small connection pool whose connections are protocols fed by the event loop's own
callbacks: no asyncio streams, no anyio, no task per request. Request heads are validated and encoded,
and responses parsed by llhttp through ``httptools``, in :mod:`carconnect.core.http11`; ``httptools``
comes with the ``speed`` extra (``pip install "carconnect-core[speed]"``) and is imported when the
transport is built. It is opt-in: carconnect's clients default to httpx's own transport.

Pooled connections are checked when taken: one that received bytes or an end of stream since it went
idle (the socket is polled, so this holds even when the event loop was too busy to read it) is closed
and another used or opened. The check runs right before the request is written, with no suspension in
between, so no request is written to a connection whose close or stray bytes had already reached this
host: those bytes never become its response, and a command is never lost to such a close.

No proxies: a ``proxy=`` argument raises ``ValueError`` naming ``httpx.AsyncHTTPTransport(proxy=...)``.
Environment proxies are the client's business: a stock ``httpx.AsyncClient(trust_env=True)`` built
without ``transport=`` mounts httpx's own proxy transports for the URLs ``HTTP_PROXY`` / ``HTTPS_PROXY`` /
``ALL_PROXY`` cover (``NO_PROXY`` respected), so they keep working on the default transport. httpx reads
no proxy variables once any ``transport=`` is given, this one included: to combine a proxy with this
transport, mount ``httpx.AsyncHTTPTransport(proxy=...)`` for the proxied URLs with ``mounts=``. So that
this is never silent, the transport looks at those variables itself (once per origin): one that names
a proxy for a URL it connects to directly is logged once as a WARNING, and named in its connect errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import select
import socket
import ssl
import sys
import time
import urllib.request
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Mapping, Sequence
from typing import Any, cast

import httpx

from .errors import TRANSPORT_CLOSED
from .http11 import (
    LAST_CHUNK,
    IncompleteResponseError,
    LocalProtocolError,
    ProtocolError,
    RequestFraming,
    ResponseHead,
    ResponseParser,
    encode_chunk,
    encode_request_head,
    load_httptools,
)

__all__ = ["AsyncioTransport"]

logger = logging.getLogger("carconnect.core.asyncio_transport")

Origin = tuple[bytes, bytes, int | None]
"""(scheme, host, port); the port is ``None`` for the scheme's default, as ``httpx.URL.port`` gives it."""

DEFAULT_PORTS = {b"http": 80, b"https": 443}
SMALL_BODY = 64 * 1024
"""Request bodies up to this size go out in the same write as the head."""
READ_HIGH_WATER = 256 * 1024
"""Reading pauses while this many body bytes wait for the consumer, and resumes once it takes them."""
NO_RESPONSE = "Server disconnected without sending a response."
_NO_TIMEOUTS: Mapping[str, float | None] = {}
NO_PROXY = (
    "AsyncioTransport does not support proxies: use httpx.AsyncHTTPTransport(proxy=...) "
    "(or httpx.AsyncClient(proxy=...)) instead"
)
TIMER_SLACK = 1e-3
"""A timer that fires this close to its deadline (the loop runs timers a clock tick early) counts as on time."""


class AsyncioTransport(httpx.AsyncBaseTransport):
    """A fast HTTP/1.1 transport for ``httpx.AsyncClient``, for the asyncio event loop only.

    Options (keyword only):

    * ``max_connections`` (100): connections open or opening at once, over every origin; ``None`` for
      no limit. A request that finds none free waits, up to the ``pool`` timeout, in arrival order (a
      caller sending again as soon as it has read a response queues behind those already waiting; a
      request cancelled while waiting leaves the line); an idle connection to another origin is closed
      to make room rather than waited for.
    * ``max_keepalive_connections`` (``None``: no limit beyond ``max_connections``): idle connections
      kept for reuse; beyond it the oldest is closed. By default every connection a burst opened stays
      ready for the next burst (httpx's own transports keep 20 and close the rest as they finish).
    * ``keepalive_expiry`` (5.0 s): an idle connection older than this is closed instead of reused.
    * ``ssl_context``: for ``https`` (default ``httpx.create_ssl_context(trust_env=trust_env)``:
      certifi's roots, or with ``trust_env`` the bundle ``SSL_CERT_FILE`` names, else the directory
      ``SSL_CERT_DIR`` names, instead; certificate and host name verification on). Verification cannot
      be turned off here; pass a context that trusts your own CA instead.
    * ``trust_env`` (``True``): use ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` for the default
      ``ssl_context``, and look at the proxy variables (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``,
      ``NO_PROXY`` respected) as a client that trusts the environment would. This transport never uses
      a proxy: the first origin one names is logged as a WARNING (once per transport), and a
      ``ConnectError`` or ``ConnectTimeout`` to such an origin names the variable. ``False`` for a
      client built with ``trust_env=False``: none of these variables is read.

    Timeouts come from ``request.extensions["timeout"]`` as httpx sets them (``connect``, ``read`` per
    wait for data, ``write`` per wait for the socket to drain, ``pool``). Failures are httpx exceptions:
    ``ConnectError`` / ``ConnectTimeout`` (the request was not sent), ``PoolTimeout``, ``WriteError`` /
    ``WriteTimeout``, ``ReadError`` / ``ReadTimeout``, ``RemoteProtocolError`` (the server closed the
    connection before a complete response, or sent invalid HTTP) and ``LocalProtocolError`` (the request
    cannot be sent as HTTP/1.1, such as a body that does not match its ``Content-Length``). A request
    after :meth:`aclose` raises ``RuntimeError``, as ``httpx.AsyncClient`` does once closed.

    Connections belong to the event loop that opened them. As the loop shuts down (the end of
    ``asyncio.run()`` or ``asyncio.Runner``, through ``loop.shutdown_asyncgens()``) its idle connections
    are closed, and one still in use once its response is complete, so a transport kept across
    ``asyncio.run()`` jobs holds no socket between them; the next loop opens its own. A loop closed
    without that step leaves its connections to asyncio: each is shut down (never reused) when the
    pool finds it, and its descriptor is freed by the garbage collector, with asyncio's
    ``ResourceWarning`` for the transport. Use one transport from one thread.

    Connections are closed at once (idle ones, those of a closed transport, and those done with): a TLS
    connection sends no close_notify and waits for none, as httpx's own transport closes.

    Idle connections are checked when taken (see the module docstring): bytes or an end of stream that
    arrived while a connection sat idle never become the next request's response. Request heads are
    validated as h11 validates them; a violation is ``LocalProtocolError`` before anything is sent.

    HTTP/1.1 only (no HTTP/2, no upgrades) and no proxies: ``proxy=...`` raises ``ValueError``; use
    ``httpx.AsyncHTTPTransport(proxy=...)``. ``Content-Encoding`` is left to httpx to decode. Needs
    ``httptools`` (``pip install "carconnect-core[speed]"``): without it, construction raises ``ImportError``.
    """

    def __init__(
        self,
        *,
        max_connections: int | None = 100,
        max_keepalive_connections: int | None = None,
        keepalive_expiry: float | None = 5.0,
        ssl_context: ssl.SSLContext | None = None,
        proxy: httpx.Proxy | httpx.URL | str | None = None,
        trust_env: bool = True,
    ) -> None:
        if proxy is not None:
            raise ValueError(NO_PROXY)
        load_httptools()
        if max_connections is not None and max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        if max_keepalive_connections is not None and max_keepalive_connections < 0:
            raise ValueError("max_keepalive_connections must not be negative")
        if keepalive_expiry is not None and keepalive_expiry < 0:
            raise ValueError("keepalive_expiry must not be negative")
        self._max_connections = sys.maxsize if max_connections is None else max_connections
        self._max_idle = sys.maxsize if max_keepalive_connections is None else max_keepalive_connections
        self._keepalive_expiry = math.inf if keepalive_expiry is None else keepalive_expiry
        self._ssl_context = ssl_context
        self._trust_env = trust_env
        self._unused_proxies: dict[Origin, str | None] = {}  # per origin, the variable naming a proxy
        self._proxy_warned = False
        self._idle: dict[_Connection, None] = {}  # every idle connection, oldest first
        self._idle_by_origin: dict[Origin, dict[_Connection, None]] = {}  # newest last: popitem() is LIFO
        self._connections: set[_Connection] = set()
        self._slots_used = 0  # connections open or opening
        self._waiters: deque[asyncio.Future[None]] = deque()  # in arrival order; woken ones are popped
        self._woken: set[asyncio.Future[None]] = set()  # woken, their requests not yet resumed: still in line
        # per event loop connections were opened in, what closes them when it shuts down (None once it has)
        self._loop_watches: dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None] | None] = {}
        self._closed = False

    @property
    def connection_count(self) -> int:
        """Connections open or being opened (idle ones included)."""
        return self._slots_used

    @property
    def idle_count(self) -> int:
        """Idle connections kept for reuse."""
        return len(self._idle)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError(TRANSPORT_CLOSED)
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        timeouts: Mapping[str, float | None] = request.extensions.get("timeout", _NO_TIMEOUTS)
        method = request.method.encode("ascii")
        head, framing = _encode_head(method, url, request.headers.raw)
        connection = None if self._waiters or self._woken else self._take_idle(origin)
        if connection is None:
            connection = await self._acquire(origin, timeouts, request.extensions)
        stream = connection.begin(method, framing.close)
        body = request.stream
        try:
            if isinstance(body, httpx.ByteStream):  # in memory (content=, json=, data=): one write, no await
                _write_bytes(connection, head, b"".join(body), framing)
                if connection.write_paused:
                    await _sending(connection, stream, connection.drain(timeouts.get("write")))
            else:
                await _sending(connection, stream, _write_stream(connection, head, body, framing, timeouts))
            response_head = await stream.receive_head(timeouts.get("read"))
        except BaseException:
            stream.abort()
            raise
        return httpx.Response(
            response_head.status,
            headers=response_head.headers,
            stream=stream,
            extensions={"http_version": response_head.http_version, "reason_phrase": response_head.reason},
        )

    async def aclose(self) -> None:
        """Close every connection at once (TLS ones too: no close_notify exchange is waited for);
        requests in flight fail with ``httpx.ReadError``, and those waiting for a connection raise
        ``RuntimeError``."""
        self._closed = True
        for connection in list(self._connections):
            connection.shut_down(httpx.ReadError("the transport was closed"))
        while self._waiters:
            waiter = self._waiters.popleft()
            if _in_line(waiter):
                waiter.set_result(None)
        await asyncio.sleep(0)  # let the loop deliver connection_lost, which releases the sockets

    # -- the pool -------------------------------------------------------------------------------------

    def _take_idle(self, origin: Origin) -> _Connection | None:
        """The most recently used idle connection to ``origin`` that has not expired and is still quiet
        (nothing received, not closed: :meth:`_Connection.still_idle`), if any; the others are closed."""
        idle = self._idle_by_origin.get(origin)
        if not idle:
            return None
        now = time.monotonic()
        while idle:
            connection = idle.popitem()[0]
            del self._idle[connection]
            # (asyncio.get_running_loop() would cost a getpid() system call per request on Python 3.11)
            if (
                now - connection.idle_since < self._keepalive_expiry
                and not connection.loop.is_closed()
                and connection.still_idle()
            ):
                return connection
            connection.abort()  # expired, spoken to or closed while idle, or from an event loop that has ended
        return None

    async def _acquire(
        self, origin: Origin, timeouts: Mapping[str, float | None], extensions: Mapping[str, Any]
    ) -> _Connection:
        """An idle connection or a new one, waiting in line for a slot when the pool is full."""
        deadline: float | None = None
        woken = False
        while True:
            if self._closed:
                raise RuntimeError(TRANSPORT_CLOSED)
            if woken or not self._queued():
                connection = self._take_idle(origin)
                reserved = connection is None and self._reserve_slot()
                if connection is not None or reserved:
                    if self._waiters and (self._idle or self._slots_used < self._max_connections):
                        self._wake_one()  # room beyond what the requests woken before took: the next in line
                    if connection is not None:
                        return connection
                    return await self._connect(origin, timeouts.get("connect"), extensions)
            if deadline is None:
                pool_timeout = timeouts.get("pool")
                deadline = math.inf if pool_timeout is None else asyncio.get_running_loop().time() + pool_timeout
            await self._wait_turn(deadline, front=woken)
            woken = True

    def _reserve_slot(self) -> bool:
        if self._slots_used >= self._max_connections:
            if not self._idle:
                return False
            next(iter(self._idle)).abort()  # an idle connection to another origin makes room
        self._slots_used += 1
        return True

    def _queued(self) -> bool:
        """Whether other requests are ahead in line: waiting, or woken and about to take their turn. A
        woken request counts until it has run, so a caller sending again right after its response was
        read queues behind it instead of taking the connection back."""
        woken = self._woken
        return any(_in_line(waiter) for waiter in self._waiters) or (
            bool(woken) and any(not waiter.get_loop().is_closed() for waiter in woken)
        )

    async def _wait_turn(self, deadline: float, *, front: bool) -> None:
        waiter = asyncio.get_running_loop().create_future()
        if front:
            self._waiters.appendleft(waiter)
        else:
            self._waiters.append(waiter)
        try:
            async with asyncio.timeout_at(None if deadline == math.inf else deadline):
                await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():  # woken, but leaving: pass the turn on
                self._woken.discard(waiter)
                self._wake_one()
            else:
                waiter.cancel()
                with contextlib.suppress(ValueError):  # already dropped from the line by _wake_one
                    self._waiters.remove(waiter)
            if isinstance(exc, TimeoutError):
                raise httpx.PoolTimeout("Timed out waiting for a connection from the pool.") from None
            raise
        self._woken.discard(waiter)

    def _wake_one(self) -> None:
        """Wake the first request in line; one cancelled before its turn came (its task has yet to run
        and leave the line) or left from an event loop that has ended is dropped instead."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if _in_line(waiter):
                waiter.set_result(None)
                self._woken.add(waiter)
                return

    async def _connect(
        self, origin: Origin, connect_timeout: float | None, extensions: Mapping[str, Any]
    ) -> _Connection:
        """Open a connection in the slot just reserved (released again if opening fails)."""
        scheme, raw_host, port = origin
        loop = asyncio.get_running_loop()
        connection = _Connection(self, origin, loop)
        host = raw_host.decode("ascii")
        unused_proxy = self._unused_proxy(origin)
        try:
            if loop not in self._loop_watches:
                await self._watch(loop)
            if scheme not in DEFAULT_PORTS:
                raise httpx.UnsupportedProtocol(f"Unsupported URL scheme {scheme.decode('ascii', 'replace')!r}")
            port = port or DEFAULT_PORTS[scheme]
            tls = self._tls_context() if scheme == b"https" else None
            server_hostname = (extensions.get("sni_hostname") or host) if tls else None
            async with asyncio.timeout(connect_timeout):
                await loop.create_connection(lambda: connection, host, port, ssl=tls, server_hostname=server_hostname)
        except BaseException as exc:
            connection.abort()  # frees the slot
            if isinstance(exc, TimeoutError):
                raise httpx.ConnectTimeout(_naming(f"Timed out connecting to {host}:{port}.", unused_proxy)) from exc
            if isinstance(exc, OSError):
                raise httpx.ConnectError(_naming(str(exc) or repr(exc), unused_proxy)) from exc
            raise
        if self._closed:
            connection.abort()
            raise RuntimeError(TRANSPORT_CLOSED)
        if connection.closed:
            raise httpx.ConnectError("The server closed the connection as soon as it was opened.")
        return connection

    def _unused_proxy(self, origin: Origin) -> str | None:
        """The environment variable that names a proxy for ``origin``, which this transport does not
        use (decided once per origin); the first one found is logged."""
        try:
            return self._unused_proxies[origin]
        except KeyError:
            pass
        scheme, host, _ = origin
        variable = environment_proxy(scheme.decode("ascii"), host.decode("ascii")) if self._trust_env else None
        self._unused_proxies[origin] = variable
        if variable is not None and not self._proxy_warned:
            self._proxy_warned = True
            logger.warning(
                "%s names a proxy for %s://%s, but AsyncioTransport connects directly: it uses no proxy, "
                "and httpx reads no proxy variables once transport= is given. Mount "
                "httpx.AsyncHTTPTransport(proxy=...) for the proxied URLs (mounts=), or leave transport= out",
                variable,
                scheme.decode("ascii"),
                host.decode("ascii"),
            )
        return variable

    async def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Have the connections opened in ``loop`` closed when it shuts down (see :meth:`_loop_shuts_down`)."""
        for ended in [ended for ended in self._loop_watches if ended.is_closed()]:
            del self._loop_watches[ended]
        watch = self._loop_watches[loop] = self._loop_shuts_down(loop)
        await anext(watch)  # the loop's first-iteration hook registers it, as for any async generator

    async def _loop_shuts_down(self, loop: asyncio.AbstractEventLoop) -> AsyncGenerator[None, None]:
        """Suspended while ``loop`` runs. ``asyncio.run()`` (and ``asyncio.Runner``) close the async
        generators of their loop with ``loop.shutdown_asyncgens()`` once its tasks are cancelled, before
        closing it: this one then closes the loop's idle connections, and a connection of the loop still
        in use is closed as soon as its response is complete, so that none outlives its loop holding a
        socket. A loop closed without that step leaves its connections to be shut down when found."""
        try:
            yield
        finally:
            self._loop_watches[loop] = None
            for connection in [connection for connection in self._idle if connection.loop is loop]:
                connection.abort()

    def _tls_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            context = httpx.create_ssl_context(trust_env=self._trust_env)
            context.set_alpn_protocols(["http/1.1"])
            self._ssl_context = context
        return self._ssl_context

    # -- called by connections ------------------------------------------------------------------------

    def _opened(self, connection: _Connection) -> None:
        self._connections.add(connection)

    def _release(self, connection: _Connection) -> None:
        """Keep a connection whose response is complete for the next request to its origin."""
        if self._closed or not self._max_idle or self._loop_watches.get(connection.loop) is None:
            connection.abort()  # (None: its event loop has shut down)
            return
        now = time.monotonic()
        idle = self._idle
        while idle:  # drop expired connections, oldest first, then the oldest one beyond the limit
            oldest = next(iter(idle))
            if now - oldest.idle_since < self._keepalive_expiry and len(idle) < self._max_idle:
                break
            oldest.abort()
        connection.idle_since = now
        idle[connection] = None
        by_origin = self._idle_by_origin.get(connection.origin)
        if by_origin is None:
            by_origin = self._idle_by_origin[connection.origin] = {}
        by_origin[connection] = None
        if self._waiters:
            self._wake_one()

    def _discard(self, connection: _Connection) -> None:
        """Forget a closed connection and free its slot (called exactly once per connection)."""
        self._slots_used -= 1
        self._connections.discard(connection)
        if connection in self._idle:
            del self._idle[connection]
            del self._idle_by_origin[connection.origin][connection]
        if self._waiters:
            self._wake_one()


def environment_proxy(scheme: str, host: str) -> str | None:
    """What names a proxy for requests to ``scheme://host`` in a client that trusts the environment:
    the variable (``HTTPS_PROXY``, ``all_proxy``...) or the system's setting, as httpx reads them
    through ``urllib.request.getproxies()`` (the scheme's own before ``all``; ``NO_PROXY`` respected:
    ``*``, a host, or a domain and its subdomains, a leading dot for subdomains only). ``None`` when
    nothing does."""
    proxies = urllib.request.getproxies()
    kind = next((kind for kind in (scheme, "all") if proxies.get(kind)), None)
    if kind is None or _bypassed(host.lower(), proxies.get("no", "")):
        return None
    lower = f"{kind}_proxy"
    return next((name for name in (lower, lower.upper()) if os.environ.get(name)), f"the system's {kind} proxy setting")


def _bypassed(host: str, no_proxy: str) -> bool:
    for entry in (entry.strip().lower() for entry in no_proxy.split(",")):
        if entry == "*" or host == entry:
            return True
        if entry.startswith("."):
            if host.endswith(entry):
                return True
        elif entry and host.endswith(f".{entry}"):
            return True
    return False


def _naming(message: str, unused_proxy: str | None) -> str:
    """A connect error's message, naming the proxy variable the transport did not use."""
    if unused_proxy is None:
        return message
    return f"{message} ({unused_proxy} names a proxy for this URL, which AsyncioTransport does not use)"


def _encode_head(method: bytes, url: httpx.URL, headers: Sequence[tuple[bytes, bytes]]) -> tuple[bytes, RequestFraming]:
    try:
        return encode_request_head(method, url.raw_path, headers, host=url.netloc)
    except LocalProtocolError as exc:
        raise httpx.LocalProtocolError(str(exc)) from None


async def _sending(connection: _Connection, stream: _ResponseStream, writing: Awaitable[None]) -> None:
    """Await the rest of a request write; a write error after the server has answered (a 413, say) is ignored."""
    connection.sending = True
    try:
        await writing
    except httpx.WriteError:
        if not stream.answered():
            raise
    finally:
        connection.sending = False


def _write_bytes(connection: _Connection, head: bytes, body: bytes, framing: RequestFraming) -> None:
    if framing.chunked:
        body = encode_chunk(body) + LAST_CHUNK if body else LAST_CHUNK
    elif len(body) != (framing.content_length or 0):
        raise httpx.LocalProtocolError("The request body does not match its Content-Length.")
    if len(body) <= SMALL_BODY:
        connection.write(head + body)
    else:
        connection.write(head)
        connection.write(body)


async def _write_stream(
    connection: _Connection,
    head: bytes,
    body: httpx.SyncByteStream | httpx.AsyncByteStream,
    framing: RequestFraming,
    timeouts: Mapping[str, float | None],
) -> None:
    if not isinstance(body, httpx.AsyncByteStream):
        raise RuntimeError("Attempted to send a sync request with an AsyncClient instance.")
    timeout = timeouts.get("write")
    connection.write(head)
    chunked = framing.chunked
    allowed = framing.content_length or 0
    sent = 0
    async for chunk in body:
        if not chunk:
            continue
        sent += len(chunk)
        if not chunked and sent > allowed:
            raise httpx.LocalProtocolError("The request body is longer than its Content-Length.")
        connection.write(encode_chunk(chunk) if chunked else chunk)
        if connection.write_paused:
            await connection.drain(timeout)
    if chunked:
        connection.write(LAST_CHUNK)
    elif sent != allowed:
        raise httpx.LocalProtocolError("The request body is shorter than its Content-Length.")
    if connection.write_paused:
        await connection.drain(timeout)


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: feeds received bytes to the codec and the current response stream."""

    __slots__ = (
        "_close_after",
        "_drain_waiter",
        "_exchange",
        "_fd",
        "_parser",
        "_pool",
        "_read_deadline",
        "_read_wait",
        "_timed",
        "_transport",
        "_watchdog",
        "closed",
        "idle_since",
        "loop",
        "origin",
        "sending",
        "write_paused",
    )

    def __init__(self, pool: AsyncioTransport, origin: Origin, loop: asyncio.AbstractEventLoop) -> None:
        self._pool = pool
        self.origin = origin
        self.loop = loop
        self._transport: asyncio.Transport | None = None
        self._fd = -1  # the socket, polled when the connection is taken from the pool
        self._parser = ResponseParser()
        self._exchange: _ResponseStream | None = None
        self._drain_waiter: asyncio.Future[None] | None = None
        self._close_after = False
        self.closed = False
        self.sending = False
        self.write_paused = False
        self.idle_since = 0.0
        self._timed: _ResponseStream | None = None  # the stream waiting under the read timeout
        self._read_deadline = math.inf
        self._read_wait = math.inf  # the read timeout the deadline was set from
        self._watchdog: asyncio.TimerHandle | None = None

    def begin(self, method: bytes, close_after: bool) -> _ResponseStream:
        """Start an exchange: the returned stream receives the response to the request about to be sent."""
        stream = self._exchange = _ResponseStream(self)
        self._parser.start(method)
        self._close_after = close_after
        return stream

    # -- writing --------------------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        transport = self._transport
        if self.closed or transport is None:
            raise httpx.WriteError("The connection was closed while sending the request.")
        transport.write(data)

    async def drain(self, write_timeout: float | None) -> None:
        """Wait until the socket's write buffer has room again."""
        if not self.write_paused:
            return
        if self.closed:
            raise httpx.WriteError("The connection was closed while sending the request.")
        waiter = self._drain_waiter = self.loop.create_future()
        timer = None if write_timeout is None else self.loop.call_later(write_timeout, self._write_timed_out)
        try:
            await waiter
        finally:
            self._drain_waiter = None
            if timer is not None:
                timer.cancel()

    def _write_timed_out(self) -> None:
        self._wake_drain(httpx.WriteTimeout("Timed out while sending the request."))

    def _wake_drain(self, error: Exception | None) -> None:
        waiter = self._drain_waiter
        if waiter is not None and not waiter.done():
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        self._wake_drain(None)

    # -- the read timeout -----------------------------------------------------------------------------

    def arm_read_timeout(self, stream: _ResponseStream, timeout: float) -> None:
        """Fail ``stream`` with ``ReadTimeout`` unless :meth:`disarm_read_timeout` comes within ``timeout``.

        One timer per connection, moved only when it would fire too late: a read's arm and disarm are
        two attribute writes, not a timer scheduled and cancelled.
        """
        deadline = self.loop.time() + timeout
        self._timed, self._read_deadline, self._read_wait = stream, deadline, timeout
        watchdog = self._watchdog
        if watchdog is None or watchdog.when() > deadline:
            if watchdog is not None:
                watchdog.cancel()
            self._watchdog = self.loop.call_at(deadline, self._watch_read)

    def disarm_read_timeout(self, stream: _ResponseStream) -> None:
        if self._timed is stream:
            self._timed = None

    def _watch_read(self) -> None:
        self._watchdog = None
        stream = self._timed
        if stream is None:
            return
        if self._read_deadline - self.loop.time() > TIMER_SLACK:  # re-armed since: wait for the new deadline
            self._watchdog = self.loop.call_at(self._read_deadline, self._watch_read)
            return
        self._timed = None
        if stream is self._exchange:
            self.fail(httpx.ReadTimeout("Timed out while receiving the response."))

    def _stop_watchdog(self) -> None:
        self._timed = None
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None

    # -- reading --------------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            self._fd = sock.fileno()
        self._pool._opened(self)

    def still_idle(self) -> bool:
        """Whether this idle connection can carry a request: not closed, and nothing readable on its socket
        (no stray bytes, no end of stream), even if the event loop has not yet delivered it."""
        transport = self._transport
        if self.closed or transport is None or transport.is_closing():
            return False
        return self._fd < 0 or not _readable(self._fd)

    def data_received(self, data: bytes) -> None:
        stream = self._exchange
        if stream is None:  # bytes on an idle connection (a 408, say): never reuse it
            self.abort()
            return
        parser = self._parser
        try:
            parser.feed(data)
            if not stream.has_head:
                head = parser.next_head()
                if head is None:
                    if self._timed is stream:  # bytes of the head (or an interim 1xx) arrived: wait anew
                        self._read_deadline = self.loop.time() + self._read_wait
                    return
                stream.deliver_head(head)
        except ProtocolError as exc:
            self.fail(httpx.RemoteProtocolError(str(exc)))
            return
        body = parser.next_body()
        if body:
            stream.push(body)
        if parser.complete:
            self._complete()

    def eof_received(self) -> None:
        self._end_of_input(None)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_watchdog()
        if not self.closed:
            self.closed = True
            self._pool._discard(self)
        if self._exchange is not None:
            self._end_of_input(exc)
        self._wake_drain(httpx.WriteError(str(exc) if exc else "The connection was closed while sending."))

    def _end_of_input(self, exc: Exception | None) -> None:
        stream = self._exchange
        if stream is None:  # the server closed an idle connection
            self.abort()
            return
        try:
            if exc is not None:  # a reset, not the server's close: a close-delimited body is cut, not complete
                raise IncompleteResponseError("the connection was lost before the response was complete")
            self._parser.feed_eof()
        except IncompleteResponseError as incomplete:
            self.fail(_input_error(stream.has_head, self.sending, incomplete, exc))
            return
        self._complete()

    def pause_reading(self) -> None:
        if self._transport is not None and not self.closed:
            self._transport.pause_reading()

    def resume_reading(self) -> None:
        if self._transport is not None and not self.closed:
            self._transport.resume_reading()

    # -- ending an exchange ---------------------------------------------------------------------------

    def _complete(self) -> None:
        stream = self._exchange
        assert stream is not None
        self._exchange = None
        stream.finish()
        parser = self._parser
        reusable = parser.reusable
        parser.clear()
        if reusable and not self.sending and not self._close_after:
            self._pool._release(self)
        else:  # not to be reused, or answered before the request was fully sent: never wait to flush the rest
            self.abort()

    def fail(self, error: Exception) -> None:
        """End the current exchange with ``error`` and drop the connection."""
        stream = self._exchange
        self._exchange = None
        if stream is not None:
            stream.fail(error)
        self.abort()

    def detach(self, stream: _ResponseStream) -> None:
        """The consumer gave up on ``stream`` before its end: the connection is in an unknown state."""
        if self._exchange is stream:
            self._exchange = None
            self.abort()

    def shut_down(self, error: Exception) -> None:
        """Close now; a response in progress fails with ``error``."""
        if self._exchange is not None:
            self.fail(error)
        else:
            self.abort()

    def abort(self) -> None:
        """Close at once, discarding anything not yet written: a connection is closed once nothing is
        left to send on it, or when what it was sending is given up. A TLS connection sends no
        close_notify and waits for none (as httpx's own transport closes), so its socket is released
        at once, even when the server would never answer one."""
        if self.closed:
            return
        self.closed = True
        transport = self._transport
        if transport is None:
            pass
        elif self.loop.is_closed():  # the loop was closed without shutting down: only the socket is left
            _shut_socket(transport)
        else:
            transport.abort()
        self._pool._discard(self)
        self._stop_watchdog()
        self._wake_drain(httpx.WriteError("The connection was closed while sending the request."))


def _in_line(waiter: asyncio.Future[None]) -> bool:
    """Whether a request waiting for a connection is still in line: not cancelled (nor already woken),
    and its event loop has not ended."""
    return not waiter.done() and not waiter.get_loop().is_closed()


def _readable(fd: int) -> bool:
    """Whether the socket has bytes or an end of stream waiting (never blocks)."""
    try:
        if _poll is None:
            return bool(select.select([fd], [], [], 0)[0])
        poller = _poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(0))
    except (OSError, ValueError):
        return True


_poll = getattr(select, "poll", None)


def _shut_socket(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _input_error(
    has_head: bool, sending: bool, incomplete: IncompleteResponseError, exc: Exception | None
) -> Exception:
    """The httpx error for a connection that ended before the response did."""
    if exc is not None and sending:
        return httpx.WriteError(str(exc) or repr(exc))
    if not has_head:
        return httpx.RemoteProtocolError(NO_RESPONSE if exc is None else f"{NO_RESPONSE} ({exc!r})")
    if exc is not None:
        return httpx.ReadError(f"{incomplete} ({exc!r})")
    return httpx.RemoteProtocolError(str(incomplete))


class _ResponseStream(httpx.AsyncByteStream):
    """The body of one response, as httpx reads it; fed by its connection until complete."""

    __slots__ = (
        "_buffered",
        "_chunks",
        "_connection",
        "_done",
        "_error",
        "_head",
        "_loop",
        "_read_timeout",
        "_reading_paused",
        "_waiter",
        "has_head",
    )

    def __init__(self, connection: _Connection) -> None:
        self._connection: _Connection | None = connection
        self._loop = connection.loop
        self._head: asyncio.Future[ResponseHead] = connection.loop.create_future()
        self._chunks: list[bytes] = []
        self._buffered = 0
        self._done = False
        self._error: Exception | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._read_timeout: float | None = None
        self._reading_paused = False
        self.has_head = False

    # -- the consumer's side --------------------------------------------------------------------------

    async def receive_head(self, read_timeout: float | None) -> ResponseHead:
        """Wait for the response head; ``read_timeout`` also bounds every later wait for body bytes."""
        self._read_timeout = timeout = read_timeout
        head = self._head
        if head.done():
            return head.result()
        connection = self._connection
        if timeout is None or connection is None:
            return await head
        connection.arm_read_timeout(self, timeout)
        try:
            return await head
        finally:
            connection.disarm_read_timeout(self)

    def answered(self) -> bool:
        """Whether a response head has arrived (consumes a stored error, which the caller replaces)."""
        head = self._head
        return head.done() and not head.cancelled() and head.exception() is None

    def __aiter__(self) -> _ResponseStream:
        return self

    async def __anext__(self) -> bytes:
        while not self._chunks:
            if self._done:
                raise StopAsyncIteration
            if self._error is not None:
                raise self._error
            await self._wait_for_data()
        return self._take()

    async def aclose(self) -> None:
        self._chunks.clear()
        if not self._done:
            self.abort()

    def abort(self) -> None:
        """Give up on the response: its connection, if still reading it, is closed."""
        connection = self._connection
        self._connection = None
        head = self._head
        if not head.done():
            head.cancel()
        elif not head.cancelled():
            head.exception()  # mark a stored error as retrieved: the caller raises its own
        if not self._done and self._error is None:
            self._error = httpx.StreamClosed()
        if connection is not None:
            connection.detach(self)

    async def _wait_for_data(self) -> None:
        waiter = self._waiter = self._loop.create_future()
        timeout, connection = self._read_timeout, self._connection
        if timeout is not None and connection is not None:
            connection.arm_read_timeout(self, timeout)
        try:
            await waiter
        except BaseException:  # cancelled mid-body: the connection cannot be reused
            self.abort()
            raise
        finally:
            self._waiter = None
            if connection is not None:
                connection.disarm_read_timeout(self)

    def _take(self) -> bytes:
        chunks = self._chunks
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._buffered = 0
        if self._reading_paused:
            self._reading_paused = False
            if self._connection is not None:
                self._connection.resume_reading()
        return data

    # -- the connection's side ------------------------------------------------------------------------

    def deliver_head(self, head: ResponseHead) -> None:
        self.has_head = True
        if not self._head.done():
            self._head.set_result(head)

    def push(self, data: bytes) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > READ_HIGH_WATER and not self._reading_paused and self._connection is not None:
            self._reading_paused = True
            self._connection.pause_reading()
        self._wake()

    def finish(self) -> None:
        if self._reading_paused and self._connection is not None:
            self._connection.resume_reading()  # the body is complete: the pooled connection reads again
        self._reading_paused = False
        self._connection = None
        self._done = True
        self._wake()

    def fail(self, error: Exception) -> None:
        self._connection = None
        if not self._head.done():
            self._head.set_exception(error)
        else:
            self._error = error
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
