"""A sans-IO HTTP/1.1 client codec: request heads validated and encoded, responses parsed by httptools.

Nothing here does I/O, so an asyncio protocol (:mod:`carconnect.core.asyncio_transport`) or a blocking
socket loop can drive it alike.

Requests: :func:`encode_request_head` checks what h11 checks before anything is written. The method
must be a token, the target visible ASCII, every header name a token and every value free of control
bytes (NUL, CR, LF and the rest) and of surrounding whitespace; at most one ``Content-Length`` (digits
only), ``Transfer-Encoding`` only as one ``chunked``, never both. A violation raises
:class:`LocalProtocolError`, which names the header but never repeats its value.

Responses: :class:`ResponseParser` hands the bytes to llhttp through ``httptools``, which validates the
status line, header syntax (no obs-fold, bare CR or LF, control bytes), ``Content-Length``, chunk sizes,
chunk extensions and trailers. This module does what llhttp leaves to its caller:

* It finds where each head ends and feeds llhttp one head at a time, so the ``max_head_size`` limit
  depends only on the bytes, never on how reads split them. The trailer section has the same limit
  (names and values).
* Body framing follows RFC 9112 section 6.3: no body for ``HEAD``, 1xx, 204 and 304; else chunked
  (``Transfer-Encoding`` must be exactly ``chunked``); else ``Content-Length``; else the body runs until
  the server closes the connection (:meth:`ResponseParser.feed_eof`). Interim 1xx responses are
  skipped; ``101`` is returned as a final response after which the connection is not reused.
* Only HTTP/1.0 and HTTP/1.1; the keep-alive decision; whether bytes arrived after the response ended
  (the connection is then not reused).

``httptools`` is imported when the first parser is built; without it that raises ``ImportError``
naming ``pip install "carconnect-core[speed]"``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType

__all__ = [
    "LAST_CHUNK",
    "IncompleteResponseError",
    "LocalProtocolError",
    "ProtocolError",
    "RequestFraming",
    "ResponseHead",
    "ResponseParser",
    "encode_chunk",
    "encode_request_head",
    "load_httptools",
]

MAX_HEAD_SIZE = 64 * 1024
"""Largest response head (status line, headers, blank line) and trailer section accepted, in bytes."""
TRAILER_STALL_FACTOR = 4
"""Reads after the last chunk that bring no progress stop after this many ``max_head_size`` bytes: a
memory bound on what llhttp's wrapper buffers for one unfinished trailer line."""
LAST_CHUNK = b"0\r\n\r\n"
SPEED_HINT = 'AsyncioTransport needs httptools: pip install "carconnect-core[speed]"'

_VERSIONS = {"1.1": b"HTTP/1.1", "1.0": b"HTTP/1.0"}
_NO_BODY_STATUSES = frozenset({204, 304})
_TOKEN_CHARS = b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_VISIBLE = bytes(range(0x21, 0x7F))
_FIELD_CHARS = _VISIBLE + bytes(range(0x80, 0x100)) + b" \t"
_OWS = b" \t"
_REQUEST_FRAMING_LENGTHS = frozenset(map(len, [b"host", b"content-length", b"transfer-encoding", b"connection"]))
_HEAD_END = b"\r\n\r\n"

# Body framing of the response being read.
_NONE, _LENGTH, _CHUNKED, _UNTIL_CLOSE = range(4)

_httptools: ModuleType | None = None


class ProtocolError(Exception):
    """The server sent something that is not valid HTTP/1.1."""


class IncompleteResponseError(ProtocolError):
    """The input ended (the server closed the connection) before the response was complete."""


class LocalProtocolError(ValueError):
    """The request to serialise is not valid HTTP/1.1 (CR or LF in a header, say)."""


def load_httptools() -> ModuleType:
    """The ``httptools`` module; ``ImportError`` naming the ``speed`` extra when it is not installed."""
    global _httptools
    if _httptools is None:
        try:
            _httptools = importlib.import_module("httptools")
        except ImportError as exc:
            raise ImportError(SPEED_HINT) from exc
    return _httptools


class ResponseHead:
    """A parsed status line and header block; header names keep their case, lookups ignore it."""

    __slots__ = ("headers", "http_version", "reason", "status")

    def __init__(self, http_version: bytes, status: int, reason: bytes, headers: list[tuple[bytes, bytes]]) -> None:
        self.http_version = http_version
        self.status = status
        self.reason = reason
        self.headers = headers

    def get_all(self, name: bytes) -> list[bytes]:
        """Every value of header ``name``, in order."""
        name = name.lower()
        return [value for key, value in self.headers if key.lower() == name]

    def get(self, name: bytes) -> bytes | None:
        """The values of header ``name`` joined with ``", "``, or ``None`` when absent."""
        values = self.get_all(name)
        return b", ".join(values) if values else None

    def __repr__(self) -> str:
        return f"ResponseHead({self.http_version!r}, {self.status}, {self.reason!r}, {len(self.headers)} headers)"


class RequestFraming:
    """What a request's own headers say about sending it: body framing, ``Host`` and keep-alive."""

    __slots__ = ("chunked", "close", "content_length", "has_host")

    def __init__(self, has_host: bool, content_length: int | None, chunked: bool, close: bool) -> None:
        self.has_host = has_host
        self.content_length = content_length
        self.chunked = chunked
        self.close = close


def encode_request_head(
    method: bytes, target: bytes, headers: Sequence[tuple[bytes, bytes]], *, host: bytes
) -> tuple[bytes, RequestFraming]:
    """The request line and header lines ready to write, and what the headers say about framing.

    A ``Host: host`` line is added first when ``headers`` has none. Raises :class:`LocalProtocolError`
    for anything h11 would refuse to send (see the module docstring).
    """
    if not method or method.translate(None, _TOKEN_CHARS):
        raise LocalProtocolError("Illegal method: it must be an HTTP token")
    if not target or target.translate(None, _VISIBLE):
        raise LocalProtocolError("Illegal request target: it must be visible ASCII without spaces")
    parts = [method, b" ", target, b" HTTP/1.1\r\n", b""]
    has_host = chunked = close = False
    content_length = None
    for name, value in headers:
        _check_field(name, value)
        parts += (name, b": ", value, b"\r\n")
        if len(name) not in _REQUEST_FRAMING_LENGTHS:  # skips lower() for most headers
            continue
        lname = name.lower()
        if lname == b"host":
            has_host = True
        elif lname == b"content-length":
            if content_length is not None:
                raise LocalProtocolError("more than one Content-Length header")
            if not value.isdigit() or len(value) > 18:
                raise LocalProtocolError("bad Content-Length: it must be a decimal number")
            content_length = int(value)
        elif lname == b"transfer-encoding":
            if chunked:
                raise LocalProtocolError("multiple Transfer-Encoding headers")
            if value.lower() != b"chunked":
                raise LocalProtocolError("Only Transfer-Encoding: chunked is supported")
            chunked = True
        elif lname == b"connection":
            close = b"close" in _tokens(value)
    if chunked and content_length is not None:
        raise LocalProtocolError("both Content-Length and Transfer-Encoding in one request")
    if not has_host:
        _check_field(b"Host", host)
        parts[4] = b"Host: %s\r\n" % host
    parts.append(b"\r\n")
    return b"".join(parts), RequestFraming(has_host, content_length, chunked, close)


def _check_field(name: bytes, value: bytes) -> None:
    if not name or name.translate(None, _TOKEN_CHARS):
        raise LocalProtocolError("Illegal header name: it must be an HTTP token")
    if value.translate(None, _FIELD_CHARS) or (value and (value[0] in _OWS or value[-1] in _OWS)):
        shown = name.decode("ascii")
        raise LocalProtocolError(
            f"Illegal header value in {shown!r}: control characters and surrounding whitespace are not allowed"
        )


def encode_chunk(data: bytes) -> bytes:
    """One chunk of a ``Transfer-Encoding: chunked`` body (``data`` must not be empty)."""
    return b"%x\r\n%s\r\n" % (len(data), data)


def _tokens(value: bytes) -> list[bytes]:
    return [token.strip(_OWS).lower() for token in value.split(b",")]


class _Events:
    """What httptools reports for one response (its callbacks); keeps no reference to the parser."""

    __slots__ = (
        "body",
        "head_done",
        "headers",
        "in_body",
        "message_done",
        "progress",
        "reason",
        "received",
        "stray",
        "trailer_limit",
        "trailer_size",
    )

    def __init__(self, trailer_limit: int) -> None:
        self.trailer_limit = trailer_limit
        self.body: list[bytes] = []
        self.in_body = False  # headers from now on are trailers
        self.stray = False  # a message began after the response ended
        self.trailer_size = 0
        self.progress = 0  # body pieces and chunk boundaries seen
        self.received = 0  # body bytes
        self.next_head()

    def next_head(self) -> None:
        self.reason = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_done = False
        self.message_done = False

    def on_message_begin(self) -> None:
        if self.message_done and self.in_body:
            self.stray = True

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.stray:  # a head after the response's end: it only prevents reuse
            return
        if self.in_body:  # a trailer: checked by llhttp, limited here, dropped
            self.trailer_size += len(name) + len(value)
        else:
            self.headers.append((name, value.rstrip(_OWS)))

    def on_headers_complete(self) -> None:
        self.head_done = True

    def on_body(self, data: bytes) -> None:
        if self.message_done:
            self.stray = True
            return
        self.body.append(data)
        self.received += len(data)
        self.progress += 1

    def on_chunk_complete(self) -> None:
        self.progress += 1

    def on_message_complete(self) -> None:
        self.message_done = True


class ResponseParser:
    """Parses one response at a time from the bytes :meth:`feed` receives.

    Call :meth:`start` before each request, then :meth:`feed` with every read (it raises
    :class:`ProtocolError` on invalid input), :meth:`next_head` until it returns the final head, and
    :meth:`next_body` for the body bytes so far, until :attr:`complete`. :meth:`feed_eof` tells it the
    server closed the connection. After a complete response, :attr:`reusable` says whether the
    connection may carry another request; :meth:`clear` then drops the response's state.
    """

    __slots__ = (
        "_eof",
        "_events",
        "_expected",
        "_extra",
        "_head",
        "_head_size",
        "_httptools",
        "_mode",
        "_no_body",
        "_parser",
        "_stalled",
        "_tail",
        "complete",
        "keep_alive",
        "max_head_size",
    )

    def __init__(self, *, max_head_size: int = MAX_HEAD_SIZE) -> None:
        self._httptools = load_httptools()
        self.max_head_size = max_head_size
        self.start()

    def start(self, method: bytes = b"GET") -> None:
        """Expect the response to a request with ``method`` (a ``HEAD`` response has no body)."""
        self._events = events = _Events(self.max_head_size)
        self._parser = self._httptools.HttpResponseParser(events)
        self._no_body = method == b"HEAD"
        self._head: ResponseHead | None = None
        self._head_size = 0  # bytes of the current head so far
        self._tail = b""  # its last three bytes, to find its end across reads
        self._mode = _NONE
        self._expected = 0
        self._stalled = 0
        self._extra = False
        self._eof = False
        self.complete = False
        self.keep_alive = False

    def clear(self) -> None:
        """Drop what the finished response left (its head and any unread body bytes)."""
        self._head = None
        self._events.body.clear()
        self._events.next_head()

    @property
    def reusable(self) -> bool:
        """Whether the response is complete, the server keeps the connection open and sent nothing more."""
        return self.complete and self.keep_alive and not self._extra and not self._eof and not self._events.stray

    def feed(self, data: bytes) -> None:
        """Parse bytes received from the server; raises :class:`ProtocolError` on invalid input."""
        if not data:
            return
        if self.complete:
            self._extra = True
            return
        if self._head is None:
            data = self._feed_heads(data)
            if not data:
                return
        self._feed_body(data)

    def feed_eof(self) -> None:
        """The server closed the connection: completes a close-delimited body, else raises.

        Raises :class:`IncompleteResponseError` when the head or the body had not been fully received.
        """
        self._eof = True
        if self.complete:
            return
        if self._head is None:
            raise IncompleteResponseError("connection closed before a complete response head")
        if self._mode == _UNTIL_CLOSE:
            self.complete = True
            return
        expected = f" of {self._expected}" if self._mode == _LENGTH else ""
        raise IncompleteResponseError(
            f"connection closed in the middle of the body (received {self._events.received}{expected} bytes)"
        )

    def next_head(self) -> ResponseHead | None:
        """The final response head once fully received (interim 1xx heads are skipped), else ``None``."""
        return self._head

    def next_body(self) -> bytes:
        """Body bytes received so far and not yet returned (possibly ``b""``)."""
        body = self._events.body
        if not body:
            return b""
        data = body[0] if len(body) == 1 else b"".join(body)
        body.clear()
        return data

    # -- heads ----------------------------------------------------------------------------------------

    def _feed_heads(self, data: bytes) -> bytes:
        """Feed llhttp head bytes only, one head at a time; the body bytes after the final head are returned."""
        while data:
            tail = self._tail
            end = (tail + data[:3]).find(_HEAD_END) if tail else -1  # an end split across two reads
            if end >= 0:
                used = end + 4 - len(tail)
            else:
                end = data.find(_HEAD_END)
                used = -1 if end < 0 else end + 4
            if used < 0:
                self._head_size += len(data)
                self._check_head_size()
                self._execute(data)
                self._tail = data[-3:] if len(data) >= 3 else (tail + data)[-3:]
                return b""
            self._head_size += used
            self._check_head_size()
            self._execute(data[:used])
            data = data[used:]
            self._tail = b""
            self._head_size = 0
            if self._end_head():
                if self.complete and data:  # bytes after a response that has no body
                    self._extra = True
                    return b""
                return data
        return b""

    def _check_head_size(self) -> None:
        if self._head_size > self.max_head_size:
            raise ProtocolError("response head too large")

    def _end_head(self) -> bool:
        """Take the head llhttp has just parsed; ``True`` when it is the final one."""
        events, parser = self._events, self._parser
        if not events.head_done:
            raise ProtocolError("malformed response head")
        status = parser.get_status_code()
        version = _VERSIONS.get(parser.get_http_version())
        if version is None or status < 100:
            raise ProtocolError("unsupported HTTP version or malformed status line")
        if status < 200 and status != 101:  # interim (100 Continue, 103 Early Hints): skipped
            events.next_head()
            return False
        self._head = head = ResponseHead(version, status, events.reason, events.headers)
        events.in_body = True
        self._frame(head)
        return True

    def _frame(self, head: ResponseHead) -> None:
        """Choose the body framing and the keep-alive decision from the final head."""
        connection = [token for value in head.get_all(b"connection") for token in _tokens(value)]
        if head.http_version == b"HTTP/1.1":
            self.keep_alive = b"close" not in connection
        else:
            self.keep_alive = b"keep-alive" in connection and b"close" not in connection
        status = head.status
        if self._no_body or status < 200 or status in _NO_BODY_STATUSES:
            self._mode = _NONE
            self.complete = True
            self.keep_alive = self.keep_alive and status != 101
            return
        codings = head.get_all(b"transfer-encoding")
        length = head.get(b"content-length")  # llhttp refuses duplicates, and both framings at once
        if codings:
            if [token for value in codings for token in _tokens(value)] != [b"chunked"]:
                raise ProtocolError("unsupported Transfer-Encoding (only chunked is)")
            self._mode = _CHUNKED
        elif length is not None:
            self._mode = _LENGTH
            self._expected = int(length)
            self.complete = self._events.message_done
        else:
            self._mode = _UNTIL_CLOSE
            self.keep_alive = False

    # -- bodies ---------------------------------------------------------------------------------------

    def _feed_body(self, data: bytes) -> None:
        events = self._events
        progress = events.progress
        self._execute(data)
        if events.trailer_size > self.max_head_size:
            raise ProtocolError("trailer section too large")
        if self._mode == _CHUNKED and not events.message_done:
            self._stalled = 0 if events.progress != progress else self._stalled + len(data)
            if self._stalled > TRAILER_STALL_FACTOR * self.max_head_size:
                raise ProtocolError("chunk framing or trailer section too large")
        if events.message_done:
            self.complete = True

    def _execute(self, data: bytes) -> None:
        """Run llhttp over ``data``; its errors become :class:`ProtocolError`."""
        httptools = self._httptools
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if not self._is_switch():
                raise ProtocolError("unexpected protocol upgrade") from None
        except httptools.HttpParserError as exc:
            if self._events.message_done and self._events.in_body:  # garbage after the response's end
                self._events.stray = True
            elif not self._is_switch():
                raise ProtocolError(str(exc) or type(exc).__name__) from None

    def _is_switch(self) -> bool:
        """llhttp stops after a ``101`` head; that head is final."""
        events = self._events
        return events.head_done and not events.in_body and self._parser.get_status_code() == 101
