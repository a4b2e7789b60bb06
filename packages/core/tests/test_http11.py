"""The sans-IO HTTP/1.1 codec: request heads, every response framing, keep-alive and every malformed case."""

from __future__ import annotations

import pytest

from carconnect.core import http11
from carconnect.core.http11 import (
    LAST_CHUNK,
    MAX_HEAD_SIZE,
    IncompleteResponseError,
    LocalProtocolError,
    ProtocolError,
    ResponseHead,
    ResponseParser,
    encode_chunk,
    encode_request_head,
)

STEPS = [None, 1, 7]
"""Feed a response all at once, one byte at a time, and in 7-byte pieces."""


def parse(
    data: bytes, *, method: bytes = b"GET", step: int | None = None, eof: bool = False
) -> tuple[ResponseHead, bytes, ResponseParser]:
    """Feed ``data`` in pieces of ``step`` bytes, collecting the head and every body piece."""
    parser = ResponseParser()
    parser.start(method)
    head = None
    body = []
    pieces = [data] if step is None else [data[i : i + step] for i in range(0, len(data), step)]
    for piece in pieces:
        parser.feed(piece)
        if head is None:
            head = parser.next_head()
            if head is None:
                continue
        body.append(parser.next_body())
    if eof:
        parser.feed_eof()
    assert head is not None, "no head parsed"
    return head, b"".join(body), parser


def response(*headers: str, status: str = "200 OK", version: str = "HTTP/1.1", body: bytes = b"") -> bytes:
    head = "".join(f"{line}\r\n" for line in (f"{version} {status}", *headers))
    return head.encode("latin-1") + b"\r\n" + body


# -- requests ---------------------------------------------------------------------------------------------


def test_request_head_is_serialised_in_order_with_host_first_when_missing() -> None:
    head, framing = encode_request_head(
        b"GET", b"/v1/cars?x=1", [(b"Accept", b"application/json"), (b"X-Id", b"7")], host=b"api.test:8080"
    )
    assert head == (b"GET /v1/cars?x=1 HTTP/1.1\r\nHost: api.test:8080\r\nAccept: application/json\r\nX-Id: 7\r\n\r\n")
    assert not framing.has_host
    assert framing.content_length is None
    assert not framing.chunked
    assert not framing.close


def test_request_head_keeps_an_existing_host_and_reads_the_framing_headers() -> None:
    headers = [
        (b"HOST", b"a.test"),
        (b"Content-Length", b"12"),
        (b"Transfer-Encoding", b"gzip, Chunked"),
        (b"Connection", b"keep-alive, Close"),
    ]
    head, framing = encode_request_head(b"POST", b"/", headers, host=b"ignored.test")
    assert head.lower().count(b"host:") == 1
    assert b"ignored" not in head
    assert head.startswith(b"POST / HTTP/1.1\r\nHOST: a.test\r\n")
    assert framing.has_host
    assert framing.content_length == 12
    assert framing.chunked
    assert framing.close


@pytest.mark.parametrize(
    ("method", "target", "headers"),
    [
        (b"GET", b"/", [(b"X-Evil", b"a\r\nInjected: yes")]),
        (b"GET", b"/", [(b"X-Evil", b"a\nb")]),
        (b"GET", b"/", [(b"X-Evil", b"a\rb")]),
        (b"GET", b"/ HTTP/1.0\r\nX: y", []),
        (b"GET", b"/a b", []),
        (b"GE T", b"/", []),
        (b"GET", b"/", [(b"Bad Name", b"v")]),
        (b"GET", b"/", [(b"Bad:Name", b"v")]),
        (b"GET", b"/", [(b"", b"v")]),
        (b"POST", b"/", [(b"Content-Length", b"-1")]),
        (b"POST", b"/", [(b"Content-Length", b"ten")]),
    ],
)
def test_request_heads_that_would_split_or_lie_are_refused(
    method: bytes, target: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    with pytest.raises(LocalProtocolError):
        encode_request_head(method, target, headers, host=b"h.test")


def test_chunk_encoding() -> None:
    assert encode_chunk(b"hello") == b"5\r\nhello\r\n"
    assert encode_chunk(b"x" * 26) == b"1a\r\n" + b"x" * 26 + b"\r\n"
    assert LAST_CHUNK == b"0\r\n\r\n"


# -- heads ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_content_length_body(step: int | None) -> None:
    data = response("Content-Type: application/json", "Content-Length: 11", body=b'{"ok": true}'[:11])
    head, body, parser = parse(data, step=step)
    assert (head.http_version, head.status, head.reason) == (b"HTTP/1.1", 200, b"OK")
    assert head.headers == [(b"Content-Type", b"application/json"), (b"Content-Length", b"11")]
    assert body == b'{"ok": true'
    assert parser.complete
    assert parser.keep_alive
    assert parser.reusable


def test_header_lookups_ignore_case_and_keep_every_value() -> None:
    data = response("Set-Cookie: a=1", "content-length: 0", "SET-COOKIE: b=2", "X-Spaced:   padded value \t")
    head, _, _ = parse(data)
    assert head.get_all(b"set-cookie") == [b"a=1", b"b=2"]
    assert head.get(b"Set-Cookie") == b"a=1, b=2"
    assert head.get(b"x-spaced") == b"padded value"
    assert head.get(b"missing") is None
    assert head.headers[0] == (b"Set-Cookie", b"a=1")
    assert "200" in repr(head)


@pytest.mark.parametrize(("extra", "coded"), [((), False), (("content-ENCODING: gzip",), True)])
def test_a_head_says_whether_its_body_has_a_content_encoding(extra: tuple[str, ...], coded: bool) -> None:
    head, _, _ = parse(response(*extra, "Content-Length: 0"))
    assert head.content_coded is coded


@pytest.mark.parametrize(
    ("status_line", "status", "reason"),
    [("HTTP/1.1 404 Not Found", 404, b"Not Found"), ("HTTP/1.1 200 ", 200, b""), ("HTTP/1.1 200", 200, b"")],
)
def test_status_lines(status_line: str, status: int, reason: bytes) -> None:
    head, _, _ = parse(status_line.encode() + b"\r\nContent-Length: 0\r\n\r\n")
    assert (head.status, head.reason) == (status, reason)


@pytest.mark.parametrize("step", STEPS)
def test_interim_responses_are_skipped(step: int | None) -> None:
    data = (
        response(status="100 Continue")
        + response("Link: </style.css>; rel=preload", status="103 Early Hints")
        + response("Content-Length: 2", status="201 Created", body=b"ok")
    )
    head, body, parser = parse(data, step=step)
    assert head.status == 201
    assert body == b"ok"
    assert parser.reusable


def test_switching_protocols_is_final_and_ends_reuse() -> None:
    head, body, parser = parse(response("Upgrade: websocket", "Connection: upgrade", status="101 Switching Protocols"))
    assert head.status == 101
    assert body == b""
    assert parser.complete
    assert not parser.reusable


# -- framing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_chunked_body_with_extensions_and_trailers(step: int | None) -> None:
    body = b"5;name=value\r\nhello\r\n6 ; ext\r\n world\r\n0\r\nExpires: never\r\nX-Sum: 1\r\n\r\n"
    head, received, parser = parse(response("Transfer-Encoding: chunked", body=body), step=step)
    assert head.status == 200
    assert received == b"hello world"
    assert parser.complete
    assert parser.reusable


def test_chunked_body_with_upper_case_hex_and_no_trailers() -> None:
    _, received, parser = parse(response("Transfer-Encoding: Chunked", body=b"A\r\n0123456789\r\n0\r\n\r\n"))
    assert received == b"0123456789"
    assert parser.reusable


def test_chunked_wins_over_content_length_but_ends_reuse() -> None:
    data = response("Content-Length: 99", "Transfer-Encoding: chunked", body=b"2\r\nhi\r\n0\r\n\r\n")
    _, received, parser = parse(data)
    assert received == b"hi"
    assert parser.complete
    assert not parser.reusable


@pytest.mark.parametrize("step", STEPS)
def test_body_until_close(step: int | None) -> None:
    _, received, parser = parse(response("Content-Type: text/plain", body=b"all of it"), step=step, eof=True)
    assert received == b"all of it"
    assert parser.complete
    assert not parser.keep_alive
    assert not parser.reusable


def test_body_until_close_is_incomplete_before_eof() -> None:
    _, _, parser = parse(response(body=b"partial"))
    assert not parser.complete


@pytest.mark.parametrize(
    ("data", "method"),
    [
        (response("Content-Length: 10", status="204 No Content"), b"GET"),
        (response("Content-Length: 10", status="304 Not Modified"), b"GET"),
        (response("Content-Length: 10"), b"HEAD"),
        (response("Transfer-Encoding: chunked"), b"HEAD"),
        (response("Content-Length: 0"), b"GET"),
    ],
)
def test_responses_without_a_body(data: bytes, method: bytes) -> None:
    _, received, parser = parse(data, method=method)
    assert received == b""
    assert parser.complete
    assert parser.reusable


@pytest.mark.parametrize("values", [["7", "7"], ["7, 7"], [" 7 "]])
def test_repeated_identical_content_lengths_are_accepted(values: list[str]) -> None:
    data = response(*(f"Content-Length: {value}" for value in values), body=b"1234567")
    _, received, parser = parse(data)
    assert received == b"1234567"
    assert parser.complete


@pytest.mark.parametrize(
    ("version", "connection", "keep_alive"),
    [
        ("HTTP/1.1", None, True),
        ("HTTP/1.1", "close", False),
        ("HTTP/1.1", "Keep-Alive, CLOSE", False),
        ("HTTP/1.1", "keep-alive", True),
        ("HTTP/1.0", None, False),
        ("HTTP/1.0", "Keep-Alive", True),
        ("HTTP/1.0", "close", False),
    ],
)
def test_keep_alive_decision(version: str, connection: str | None, keep_alive: bool) -> None:
    headers = ["Content-Length: 0"] + ([f"Connection: {connection}"] if connection else [])
    head, _, parser = parse(response(*headers, version=version))
    assert head.http_version == version.encode()
    assert parser.keep_alive is keep_alive
    assert parser.reusable is keep_alive


def test_bytes_after_the_response_end_reuse() -> None:
    _, received, parser = parse(response("Content-Length: 2", body=b"okEXTRA"))
    assert received == b"ok"
    assert parser.complete
    assert not parser.reusable


def test_one_parser_reads_consecutive_responses() -> None:
    parser = ResponseParser()
    parser.start(b"GET")
    parser.feed(
        response("Content-Length: 1", body=b"a") + response("Transfer-Encoding: chunked", body=b"1\r\nb\r\n0\r\n\r\n")
    )
    assert parser.next_head() is not None
    assert parser.next_body() == b"a"
    assert parser.complete
    parser.start(b"GET")
    assert parser.next_head() is not None
    assert parser.next_body() == b"b"
    assert parser.reusable


def test_a_repeated_head_is_parsed_once_and_framed_for_its_own_request() -> None:
    data = response("Content-Length: 2", "X-Id: repeated-head", body=b"ok")
    first, body, _ = parse(data)
    again, body_again, _ = parse(data)
    assert again is first, "the second response reuses the parsed head"
    assert body == body_again == b"ok"
    _, body_of_head, parser = parse(data[:-2], method=b"HEAD")
    assert body_of_head == b"", "a HEAD response has no body, whichever request parsed the head first"
    assert parser.complete


def test_remembered_heads_are_bounded_and_long_heads_are_not_kept() -> None:
    long_value = "x" * http11.CACHED_HEAD_MAX
    long_head, _, _ = parse(response(f"X-Long: {long_value}", "Content-Length: 0"))
    assert parse(response(f"X-Long: {long_value}", "Content-Length: 0"))[0] is not long_head
    for number in range(http11.PARSED_HEAD_CACHE_SIZE + 5):
        parse(response(f"X-Id: bound-{number}", "Content-Length: 0"))
    assert 0 < len(http11._parsed_heads) <= http11.PARSED_HEAD_CACHE_SIZE


def test_a_malformed_head_raises_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ProtocolError):
            parse(response("Bad Header: 1", "Content-Length: 0"))


def test_large_body_fed_in_pieces_comes_out_whole() -> None:
    payload = bytes(range(256)) * 4096
    parser = ResponseParser()
    parser.start(b"GET")
    parser.feed(response(f"Content-Length: {len(payload)}"))
    assert parser.next_head() is not None
    received = bytearray()
    for start in range(0, len(payload), 65536):
        parser.feed(payload[start : start + 65536])
        received += parser.next_body()
    assert received == payload
    assert parser.reusable


# -- end of input -----------------------------------------------------------------------------------------


def test_eof_before_any_byte_is_incomplete() -> None:
    parser = ResponseParser()
    with pytest.raises(IncompleteResponseError, match="before a complete response head"):
        parser.feed_eof()


def test_eof_in_the_head_is_incomplete() -> None:
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\nContent-Le")
    assert parser.next_head() is None
    with pytest.raises(IncompleteResponseError, match="before a complete response head"):
        parser.feed_eof()


def test_eof_in_a_sized_body_says_how_much_arrived() -> None:
    with pytest.raises(IncompleteResponseError, match="received 3 of 10 bytes"):
        parse(response("Content-Length: 10", body=b"abc"), eof=True)


def test_eof_in_a_chunked_body_is_incomplete() -> None:
    with pytest.raises(IncompleteResponseError, match="middle of the body"):
        parse(response("Transfer-Encoding: chunked", body=b"5\r\nhel"), eof=True)


def test_eof_after_a_complete_response_is_fine_but_ends_reuse() -> None:
    _, _, parser = parse(response("Content-Length: 2", body=b"ok"), eof=True)
    assert parser.complete
    assert not parser.reusable


# -- malformed responses ----------------------------------------------------------------------------------

MALFORMED = {
    "not HTTP": b"garbage\r\n\r\n",
    "ICY status": b"ICY 200 OK\r\n\r\n",
    "HTTP/2 status": b"HTTP/2.0 200 OK\r\n\r\n",
    "lower-case version": b"http/1.1 200 OK\r\n\r\n",
    "two-digit status": b"HTTP/1.1 20 OK\r\n\r\n",
    "four-digit status": b"HTTP/1.1 2000 OK\r\n\r\n",
    "status below 100": b"HTTP/1.1 099 Odd\r\n\r\n",
    "non-digit status": b"HTTP/1.1 2x0 OK\r\n\r\n",
    "no colon": b"HTTP/1.1 200 OK\r\nContent-Length 0\r\n\r\n",
    "space before colon": b"HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n",
    "empty name": b"HTTP/1.1 200 OK\r\n: value\r\n\r\n",
    "separator in name": b"HTTP/1.1 200 OK\r\nX(y): 1\r\n\r\n",
    "obs-fold": b"HTTP/1.1 200 OK\r\nX-Long: a\r\n  continued\r\nContent-Length: 0\r\n\r\n",
    "obs-fold with tab": b"HTTP/1.1 200 OK\r\nX-Long: a\r\n\tcontinued\r\n\r\n",
    "bare LF in a header": b"HTTP/1.1 200 OK\r\nX-A: 1\nX-B: 2\r\n\r\n",
    "bare CR in a header": b"HTTP/1.1 200 OK\r\nX-A: 1\rX-B: 2\r\n\r\n",
    "NUL in a value": b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\n\r\n",
    "control character in a value": b"HTTP/1.1 200 OK\r\nX-A: a\x1bb\r\n\r\n",
    "bare LF line endings": b"HTTP/1.1 200 OK\nContent-Length: 0\n\n",
    "conflicting Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    "conflicting Content-Length list": b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n",
    "negative Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
    "signed Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: +1\r\n\r\n",
    "non-numeric Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n",
    "empty Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n",
    "huge Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: 1234567890123456789012\r\n\r\n",
    "gzip transfer coding": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
    "gzip then chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
    "chunked twice": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
}
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
MALFORMED_CHUNKS = {
    "non-hex size": CHUNKED + b"zz\r\n",
    "0x prefix": CHUNKED + b"0x5\r\nhello\r\n",
    "signed size": CHUNKED + b"+5\r\nhello\r\n",
    "underscore in size": CHUNKED + b"1_0\r\n",
    "empty size": CHUNKED + b"\r\n",
    "space inside size": CHUNKED + b"1 0\r\n",
    "oversized size": CHUNKED + b"1" * 17 + b"\r\n",
    "data longer than size": CHUNKED + b"2\r\nhello\r\n0\r\n\r\n",
    "missing CRLF after data": CHUNKED + b"2\r\nhi0\r\n",
    "malformed trailer": CHUNKED + b"0\r\nnot a trailer\r\n\r\n",
    "endless size line": CHUNKED + b"1" + b";" * 5000,
}


@pytest.mark.parametrize("data", list(MALFORMED.values()), ids=list(MALFORMED))
@pytest.mark.parametrize("step", [None, 1])
def test_malformed_heads_raise(data: bytes, step: int | None) -> None:
    with pytest.raises(ProtocolError):
        parse(data, step=step)


@pytest.mark.parametrize("data", list(MALFORMED_CHUNKS.values()), ids=list(MALFORMED_CHUNKS))
@pytest.mark.parametrize("step", [None, 1])
def test_malformed_chunked_bodies_raise(data: bytes, step: int | None) -> None:
    with pytest.raises(ProtocolError):
        parse(data, step=step)


def test_obs_fold_has_its_own_message() -> None:
    with pytest.raises(ProtocolError, match="obs-fold"):
        parse(MALFORMED["obs-fold"])


def test_oversized_head_raises_without_a_terminator() -> None:
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\n")
    filler = b"X-Filler: " + b"a" * 1000 + b"\r\n"
    for _ in range(MAX_HEAD_SIZE // len(filler)):
        parser.feed(filler)
        assert parser.next_head() is None
    parser.feed(filler)
    with pytest.raises(ProtocolError, match="too large"):
        parser.next_head()


def test_oversized_head_raises_even_when_complete() -> None:
    parser = ResponseParser(max_head_size=100)
    parser.feed(b"HTTP/1.1 200 OK\r\nX-Filler: " + b"a" * 100 + b"\r\n\r\n")
    with pytest.raises(ProtocolError, match="too large"):
        parser.next_head()


def test_head_just_under_the_limit_is_accepted() -> None:
    data = response("X-Filler: " + "a" * 40, "Content-Length: 0")
    parser = ResponseParser(max_head_size=len(data))
    parser.feed(data)
    head = parser.next_head()
    assert head is not None
    assert head.status == 200
