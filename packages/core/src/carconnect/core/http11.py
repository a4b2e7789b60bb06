"""A sans-IO HTTP/1.1 client codec: request heads out, responses parsed incrementally from bytes in.

Nothing here does I/O, so an asyncio protocol (:mod:`carconnect.core.asyncio_transport`) or a blocking
socket loop can drive it alike. The parser is strict: a malformed status line or header line, obs-fold,
bare CR or LF, control characters, a conflicting or invalid ``Content-Length``, an unsupported
``Transfer-Encoding``, a bad chunk size or a head over ``max_head_size`` raise :class:`ProtocolError`.
Hot paths use plain bytes methods (``find``, ``split``, ``partition``, ``translate``), no regexes.

Body framing follows RFC 9112 section 6.3: no body for ``HEAD``, 1xx, 204 and 304; else chunked when
``Transfer-Encoding`` says so (chunk extensions and trailers are accepted and dropped); else
``Content-Length``; else the body runs until the server closes the connection. Interim 1xx responses
(``100 Continue``, ``103 Early Hints``) are skipped; ``101`` is returned as a final response after which
the connection is not reused.
"""

from __future__ import annotations

from collections.abc import Sequence

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
]

MAX_HEAD_SIZE = 64 * 1024
MAX_CHUNK_LINE = 4 * 1024
PARSED_HEAD_CACHE_SIZE = 256
"""Distinct response heads remembered once parsed (emptied when full). A server repeats its heads byte
for byte, Date included, for every response of the same status and length within one second."""
CACHED_HEAD_MAX = 1024
"""Longer heads are parsed every time (the cache holds at most 256 KiB)."""
LAST_CHUNK = b"0\r\n\r\n"

_VERSIONS = frozenset({b"HTTP/1.1", b"HTTP/1.0"})
_NO_BODY_STATUSES = frozenset({204, 304})
_TOKEN_CHARS = b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HEX_DIGITS = b"0123456789abcdefABCDEF"
# Bytes a head may contain: everything but the control characters, plus HTAB and the CR LF line ends.
_HEAD_CHARS = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100)) + b"\t\r\n"
_OWS = b" \t"
# Lengths of the header names that matter for framing (and Content-Encoding), so that other names need no lower().
_REQUEST_FRAMING_LENGTHS = frozenset(map(len, [b"host", b"content-length", b"transfer-encoding", b"connection"]))
_RESPONSE_FRAMING_NAMES = frozenset({b"content-length", b"transfer-encoding", b"connection", b"content-encoding"})
_RESPONSE_FRAMING_LENGTHS = frozenset(map(len, _RESPONSE_FRAMING_NAMES))

# Body framing of the response being read.
_NONE, _LENGTH, _CHUNKED, _UNTIL_CLOSE = range(4)
# Where the chunked decoder is.
_SIZE, _DATA, _DATA_END, _TRAILERS = range(4)


class ProtocolError(Exception):
    """The server sent something that is not valid HTTP/1.1."""


class IncompleteResponseError(ProtocolError):
    """The input ended (the server closed the connection) before the response was complete."""


class LocalProtocolError(ValueError):
    """The request to serialise is not valid HTTP/1.1 (CR or LF in a header, say)."""


class ResponseHead:
    """A parsed status line and header block; header names keep their case, lookups ignore it."""

    __slots__ = ("content_coded", "headers", "http_version", "reason", "status")

    def __init__(
        self,
        http_version: bytes,
        status: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
        *,
        content_coded: bool = False,
    ) -> None:
        self.http_version = http_version
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content_coded = content_coded
        """The head has a ``Content-Encoding`` header: the body bytes are not the body yet."""

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
    when a header name is not a token, or a CR, LF or space would split the request line or inject a
    header line.
    """
    parts = [method, b" ", target, b" HTTP/1.1\r\n", b""]
    has_host = chunked = close = False
    content_length = None
    for name, value in headers:
        if not name or name.translate(None, _TOKEN_CHARS):
            raise LocalProtocolError(f"invalid header name {name!r}")
        parts += (name, b": ", value, b"\r\n")
        if len(name) not in _REQUEST_FRAMING_LENGTHS:  # skips lower() for most headers
            continue
        lname = name.lower()
        if lname == b"host":
            has_host = True
        elif lname == b"content-length":
            if not value.isdigit():
                raise LocalProtocolError(f"invalid Content-Length {value!r}")
            content_length = int(value)
        elif lname == b"transfer-encoding":
            chunked = _last_token(value) == b"chunked"
        elif lname == b"connection":
            close = b"close" in _tokens(value)
    lines = len(headers) + 2
    if not has_host:
        parts[4] = b"Host: %s\r\n" % host
        lines += 1
    parts.append(b"\r\n")
    head = b"".join(parts)
    if head.count(b"\n") != lines or head.count(b"\r") != lines or b" " in target or b" " in method:
        raise LocalProtocolError("CR, LF or a space in the request line or a header")
    return head, RequestFraming(has_host, content_length, chunked, close)


def encode_chunk(data: bytes) -> bytes:
    """One chunk of a ``Transfer-Encoding: chunked`` body (``data`` must not be empty)."""
    return b"%x\r\n%s\r\n" % (len(data), data)


def _tokens(value: bytes) -> list[bytes]:
    return [token.strip(_OWS).lower() for token in value.split(b",")]


def _last_token(value: bytes) -> bytes:
    return value.rpartition(b",")[2].strip(_OWS).lower()


class ResponseParser:
    """Parses one response at a time from the bytes :meth:`feed` receives.

    Call :meth:`start` before each request, then :meth:`next_head` until it returns the final head, then
    :meth:`next_body` after each :meth:`feed` until :attr:`complete`. :meth:`feed_eof` tells it the
    server closed the connection. After a complete response, :attr:`reusable` says whether the
    connection may carry another request.
    """

    __slots__ = (
        "_buffer",
        "_chunk_state",
        "_eof",
        "_head",
        "_head_scanned",
        "_mode",
        "_no_body",
        "_received",
        "_remaining",
        "complete",
        "keep_alive",
        "max_head_size",
    )

    def __init__(self, *, max_head_size: int = MAX_HEAD_SIZE) -> None:
        self.max_head_size = max_head_size
        self._buffer: bytes | bytearray = b""
        self._eof = False
        self.start()

    def start(self, method: bytes = b"GET") -> None:
        """Expect the response to a request with ``method`` (a ``HEAD`` response has no body)."""
        self._no_body = method == b"HEAD"
        self._head: ResponseHead | None = None
        self._head_scanned = 0
        self._mode = _NONE
        self._remaining = 0
        self._received = 0
        self._chunk_state = _SIZE
        self.complete = False
        self.keep_alive = False

    @property
    def reusable(self) -> bool:
        """Whether the response is complete, the server keeps the connection open and sent nothing more."""
        return self.complete and self.keep_alive and not self._buffer and not self._eof

    def feed(self, data: bytes) -> None:
        """Add bytes received from the server."""
        buffer = self._buffer
        if not buffer:
            self._buffer = data
        elif isinstance(buffer, bytearray):
            buffer += data
        else:
            self._buffer = bytearray(buffer) + data

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
        expected = f" of {self._received + self._remaining}" if self._mode == _LENGTH else ""
        raise IncompleteResponseError(
            f"connection closed in the middle of the body (received {self._received}{expected} bytes)"
        )

    # -- the head -------------------------------------------------------------------------------------

    def next_head(self) -> ResponseHead | None:
        """The final response head once fully received (interim 1xx heads are skipped), else ``None``."""
        while self._head is None:
            buffer = self._buffer
            end = buffer.find(b"\r\n\r\n", self._head_scanned)
            if end < 0:
                self._check_incomplete_head(buffer)
                return None
            if end + 4 > self.max_head_size:
                raise ProtocolError("response head too large")
            head = bytes(buffer[:end])
            self._consume(end + 4)
            self._head_scanned = 0
            parsed, framing = _parsed_head(head)
            if parsed.status >= 200 or parsed.status == 101:
                self._head = parsed
                self._frame(parsed, framing)
        return self._head

    def _check_incomplete_head(self, buffer: bytes | bytearray) -> None:
        if len(buffer) > self.max_head_size:
            raise ProtocolError("response head too large")
        if b"\n\n" in buffer:
            raise ProtocolError("bare LF line ending in the response head")
        self._head_scanned = max(len(buffer) - 3, 0)

    def _consume(self, count: int) -> None:
        buffer = self._buffer
        if count >= len(buffer):
            self._buffer = b""
        elif isinstance(buffer, bytearray):
            del buffer[:count]
        else:
            self._buffer = buffer[count:]

    # -- framing --------------------------------------------------------------------------------------

    def _frame(self, head: ResponseHead, framing: dict[bytes, list[bytes]]) -> None:
        """Choose the body framing and the keep-alive decision from the final head."""
        lengths = framing.get(b"content-length")
        codings = framing.get(b"transfer-encoding")
        connection = (
            [token for value in framing[b"connection"] for token in _tokens(value)] if b"connection" in framing else ()
        )
        if head.http_version == b"HTTP/1.1":
            self.keep_alive = b"close" not in connection
        else:
            self.keep_alive = b"keep-alive" in connection and b"close" not in connection
        status = head.status
        if self._no_body or status < 200 or status in _NO_BODY_STATUSES:
            self._mode = _NONE
            self.complete = True
            self.keep_alive = self.keep_alive and status != 101
        elif codings:
            self._frame_chunked(codings, has_length=bool(lengths))
        elif lengths:
            self._mode = _LENGTH
            self._remaining = _content_length(lengths)
            self.complete = self._remaining == 0
        else:
            self._mode = _UNTIL_CLOSE
            self.keep_alive = False

    def _frame_chunked(self, codings: list[bytes], *, has_length: bool) -> None:
        if [token for value in codings for token in _tokens(value)] != [b"chunked"]:
            raise ProtocolError(f"unsupported Transfer-Encoding {b', '.join(codings)!r}")
        self._mode = _CHUNKED
        if has_length:  # both framings: a smuggling attempt or a broken proxy; read it, never reuse
            self.keep_alive = False

    # -- the body -------------------------------------------------------------------------------------

    def next_body(self) -> bytes:
        """Body bytes received so far and not yet returned (possibly ``b""``); sets :attr:`complete`."""
        mode = self._mode
        if mode == _LENGTH:
            return self._next_sized()
        if mode == _CHUNKED:
            return self._next_chunked()
        if mode == _UNTIL_CLOSE:
            data = bytes(self._buffer)
            self._buffer = b""
            self._received += len(data)
            return data
        return b""

    def _next_sized(self) -> bytes:
        buffer = self._buffer
        remaining = self._remaining
        if not buffer or not remaining:
            return b""
        if len(buffer) <= remaining:
            data = buffer if isinstance(buffer, bytes) else bytes(buffer)
            self._buffer = b""
        else:
            data = bytes(buffer[:remaining])
            self._consume(remaining)
        self._remaining = remaining = remaining - len(data)
        self._received += len(data)
        self.complete = not remaining
        return data

    def _next_chunked(self) -> bytes:
        buffer = self._buffer
        size = len(buffer)
        position = 0
        pieces: list[bytes] = []
        while position < size and not self.complete:
            state = self._chunk_state
            if state == _DATA:
                take = min(self._remaining, size - position)
                pieces.append(bytes(buffer[position : position + take]))
                position += take
                self._remaining -= take
                self._received += take
                if not self._remaining:
                    self._chunk_state = _DATA_END
                continue
            end = buffer.find(b"\r\n", position)
            if end < 0:
                self._check_incomplete_line(size - position)
                break
            line = bytes(buffer[position:end])
            position = end + 2
            if state == _SIZE:
                self._start_chunk(line)
            elif state == _DATA_END:
                if line:
                    raise ProtocolError("chunk data longer than its size")
                self._chunk_state = _SIZE
            elif not line:
                self.complete = True
            elif b":" not in line:
                raise ProtocolError(f"malformed trailer line {line[:100]!r}")
        self._consume(position)
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def _check_incomplete_line(self, pending: int) -> None:
        if self._chunk_state == _DATA_END and pending >= 2:
            raise ProtocolError("chunk data longer than its size")
        limit = self.max_head_size if self._chunk_state == _TRAILERS else MAX_CHUNK_LINE
        if pending > limit:
            raise ProtocolError("chunk size line or trailer too long")

    def _start_chunk(self, line: bytes) -> None:
        digits = line.partition(b";")[0].rstrip(_OWS)
        if not digits or len(digits) > 16 or digits.translate(None, _HEX_DIGITS):
            raise ProtocolError(f"invalid chunk size line {line[:100]!r}")
        self._remaining = int(digits, 16)
        self._chunk_state = _DATA if self._remaining else _TRAILERS


_ParsedHead = tuple[ResponseHead, dict[bytes, list[bytes]]]
_parsed_heads: dict[bytes, _ParsedHead] = {}


def _parsed_head(head: bytes) -> _ParsedHead:
    """:func:`_parse_head`, remembered for short heads: a repeated head costs one dictionary lookup
    instead of about 9 µs. Parsed heads are shared and never changed after parsing."""
    parsed = _parsed_heads.get(head)
    if parsed is None:
        parsed = _parse_head(head)  # a malformed head raises and is not remembered
        if len(head) <= CACHED_HEAD_MAX:
            if len(_parsed_heads) >= PARSED_HEAD_CACHE_SIZE:
                _parsed_heads.clear()
            _parsed_heads[head] = parsed
    return parsed


def _parse_head(head: bytes) -> _ParsedHead:
    """The head, and the values of its framing headers by lower-case name."""
    lines = head.split(b"\r\n")
    count = len(lines) - 1
    if head.count(b"\n") != count or head.count(b"\r") != count or head.translate(None, _HEAD_CHARS):
        raise ProtocolError("bare CR or LF, or a control character, in the response head")
    version, _, rest = lines[0].partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in _VERSIONS or len(code) != 3 or not code.isdigit() or code[0] == 0x30:
        raise ProtocolError(f"malformed status line {lines[0][:100]!r}")
    headers = []
    framing: dict[bytes, list[bytes]] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name.translate(None, _TOKEN_CHARS):
            raise ProtocolError(_header_line_problem(line))
        value = value.strip(_OWS)
        headers.append((name, value))
        if len(name) in _RESPONSE_FRAMING_LENGTHS:
            lname = name.lower()
            if lname in _RESPONSE_FRAMING_NAMES:
                framing.setdefault(lname, []).append(value)
    coded = b"content-encoding" in framing
    return ResponseHead(version, int(code), reason, headers, content_coded=coded), framing


def _content_length(values: list[bytes]) -> int:
    """The one length all ``Content-Length`` values agree on (``"42, 42"`` is accepted)."""
    if len(values) == 1 and values[0].isdigit() and len(values[0]) <= 18:
        return int(values[0])
    lengths = {item.strip(_OWS) for value in values for item in value.split(b",")}
    if len(lengths) != 1:
        raise ProtocolError(f"conflicting Content-Length values {values!r}")
    (length,) = lengths
    if not length.isdigit() or len(length) > 18:
        raise ProtocolError(f"invalid Content-Length {length!r}")
    return int(length)


def _header_line_problem(line: bytes) -> str:
    if line[:1] in (b" ", b"\t"):
        return f"obs-fold (continuation line) not allowed: {line[:100]!r}"
    return f"malformed header line {line[:100]!r}"
