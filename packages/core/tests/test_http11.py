"""The HTTP/1.1 codec: request-head validation, every response framing on httptools, limits and splits."""

from __future__ import annotations

import pytest

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


def pieces_of(data: bytes, step: int | None) -> list[bytes]:
    return [data] if step is None else [data[i : i + step] for i in range(0, len(data), step)]


def feed_all(
    pieces: list[bytes], *, method: bytes = b"GET", eof: bool = False, max_head_size: int = MAX_HEAD_SIZE
) -> tuple[ResponseHead, bytes, ResponseParser]:
    """Feed ``pieces`` one read at a time, collecting the head and every body piece."""
    parser = ResponseParser(max_head_size=max_head_size)
    parser.start(method)
    body = []
    for piece in pieces:
        parser.feed(piece)
        body.append(parser.next_body())
    head = parser.next_head()
    if eof:
        parser.feed_eof()
    assert head is not None, "no head parsed"
    return head, b"".join(body), parser


def parse(
    data: bytes, *, method: bytes = b"GET", step: int | None = None, eof: bool = False
) -> tuple[ResponseHead, bytes, ResponseParser]:
    return feed_all(pieces_of(data, step), method=method, eof=eof)


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
    headers = [(b"HOST", b"a.test"), (b"Content-Length", b"12"), (b"Connection", b"keep-alive, Close")]
    head, framing = encode_request_head(b"POST", b"/", headers, host=b"ignored.test")
    assert head == b"POST / HTTP/1.1\r\nHOST: a.test\r\nContent-Length: 12\r\nConnection: keep-alive, Close\r\n\r\n"
    assert framing.has_host
    assert framing.content_length == 12
    assert framing.close
    _, chunked = encode_request_head(b"POST", b"/", [(b"Transfer-Encoding", b"Chunked")], host=b"h.test")
    assert chunked.chunked


REFUSED_REQUESTS = {
    "CR LF in a value": (b"GET", b"/", [(b"X-Evil", b"a\r\nInjected: yes")]),
    "LF in a value": (b"GET", b"/", [(b"X-Evil", b"a\nb")]),
    "CR in a value": (b"GET", b"/", [(b"X-Evil", b"a\rb")]),
    "NUL in a value": (b"GET", b"/", [(b"X-Evil", b"a\x00b")]),
    "ESC in a value": (b"GET", b"/", [(b"X-Evil", b"a\x1bb")]),
    "DEL in a value": (b"GET", b"/", [(b"X-Evil", b"a\x7fb")]),
    "leading space in a value": (b"GET", b"/", [(b"X-A", b" a")]),
    "trailing tab in a value": (b"GET", b"/", [(b"X-A", b"a\t")]),
    "space in a name": (b"GET", b"/", [(b"Bad Name", b"v")]),
    "colon in a name": (b"GET", b"/", [(b"Bad:Name", b"v")]),
    "NUL in a name": (b"GET", b"/", [(b"X-\x00", b"v")]),
    "empty name": (b"GET", b"/", [(b"", b"v")]),
    "CR LF in the target": (b"GET", b"/ HTTP/1.0\r\nX: y", []),
    "space in the target": (b"GET", b"/a b", []),
    "empty target": (b"GET", b"", []),
    "space in the method": (b"GE T", b"/", []),
    "separator in the method": (b"GET/", b"/", []),
    "empty method": (b"", b"/", []),
    "negative Content-Length": (b"POST", b"/", [(b"Content-Length", b"-1")]),
    "non-numeric Content-Length": (b"POST", b"/", [(b"Content-Length", b"ten")]),
    "two Content-Length": (b"POST", b"/", [(b"Content-Length", b"1"), (b"content-length", b"1")]),
    "Content-Length list": (b"POST", b"/", [(b"Content-Length", b"1, 1")]),
    "gzip Transfer-Encoding": (b"POST", b"/", [(b"Transfer-Encoding", b"gzip, chunked")]),
    "two Transfer-Encoding": (b"POST", b"/", [(b"Transfer-Encoding", b"chunked")] * 2),
    "Content-Length and chunked": (b"POST", b"/", [(b"Content-Length", b"2"), (b"Transfer-Encoding", b"chunked")]),
}


@pytest.mark.parametrize(("method", "target", "headers"), list(REFUSED_REQUESTS.values()), ids=list(REFUSED_REQUESTS))
def test_request_heads_that_h11_would_refuse_are_refused(
    method: bytes, target: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    with pytest.raises(LocalProtocolError):
        encode_request_head(method, target, headers, host=b"h.test")


def test_a_refused_header_value_is_named_never_repeated() -> None:
    with pytest.raises(LocalProtocolError, match="Authorization") as refused:
        encode_request_head(b"GET", b"/", [(b"Authorization", b"Bearer s3cret\r\n")], host=b"h.test")
    assert "s3cret" not in str(refused.value)


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
    assert head.get(b"link") is None, "an interim head's headers are not the final head's"
    assert body == b"ok"
    assert parser.reusable


@pytest.mark.parametrize("upgrade", [("Upgrade: websocket", "Connection: upgrade"), ()])
def test_switching_protocols_is_final_and_ends_reuse(upgrade: tuple[str, ...]) -> None:
    head, body, parser = parse(response(*upgrade, status="101 Switching Protocols"))
    assert head.status == 101
    assert body == b""
    assert parser.complete
    assert not parser.reusable


# -- framing ----------------------------------------------------------------------------------------------

CHUNKED_BODY = b'5;name=value\r\nhello\r\n6;ext;q="a b"\r\n world\r\n0;last\r\nExpires: never\r\nX-Sum: 1\r\n\r\n'


@pytest.mark.parametrize("step", STEPS)
def test_chunked_body_with_extensions_and_trailers(step: int | None) -> None:
    head, received, parser = parse(response("Transfer-Encoding: chunked", body=CHUNKED_BODY), step=step)
    assert head.status == 200
    assert head.get(b"expires") is None, "trailers are dropped"
    assert received == b"hello world"
    assert parser.complete
    assert parser.reusable


def test_chunked_body_with_upper_case_hex_and_no_trailers() -> None:
    _, received, parser = parse(response("Transfer-Encoding: Chunked", body=b"A\r\n0123456789\r\n0\r\n\r\n"))
    assert received == b"0123456789"
    assert parser.reusable


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
@pytest.mark.parametrize("step", STEPS)
def test_responses_without_a_body(data: bytes, method: bytes, step: int | None) -> None:
    _, received, parser = parse(data, method=method, step=step)
    assert received == b""
    assert parser.complete
    assert parser.reusable


@pytest.mark.parametrize(
    ("data", "method"),
    [(response("Content-Length: 5", body=b"hello"), b"HEAD"), (response(status="204 No Content", body=b"x"), b"GET")],
)
def test_a_body_where_none_may_be_is_stray_and_ends_reuse(data: bytes, method: bytes) -> None:
    _, received, parser = parse(data, method=method)
    assert received == b""
    assert parser.complete
    assert not parser.reusable


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


@pytest.mark.parametrize("extra", [b"EXTRA", response("Content-Length: 0"), b"HTTP/1.1 200 OK\r\n"])
def test_bytes_after_the_response_end_prevent_reuse(extra: bytes) -> None:
    _, received, parser = parse(response("Content-Length: 2", body=b"ok" + extra))
    assert received == b"ok"
    assert parser.complete
    assert not parser.reusable


def test_a_large_stray_response_after_the_end_only_prevents_reuse() -> None:
    stray = response("X-T: " + "a" * 2000, "Content-Length: 0")
    head, received, parser = feed_all([response("Content-Length: 2", body=b"ok" + stray)], max_head_size=1000)
    assert (head.status, received, parser.complete, parser.reusable) == (200, b"ok", True, False)


def test_bytes_in_a_later_read_prevent_reuse() -> None:
    _, received, parser = feed_all([response("Content-Length: 2", body=b"ok"), b"late"])
    assert received == b"ok"
    assert not parser.reusable


def test_a_parser_starts_afresh_for_each_request() -> None:
    parser = ResponseParser()
    for method, data, body in [
        (b"HEAD", response("Content-Length: 4"), b""),
        (b"GET", response("Content-Length: 4", body=b"body"), b"body"),
        (b"GET", response("Transfer-Encoding: chunked", body=b"1\r\nb\r\n0\r\n\r\n"), b"b"),
    ]:
        parser.start(method)
        parser.feed(data)
        assert parser.next_head() is not None
        assert parser.next_body() == body
        assert parser.reusable
        parser.clear()
        assert parser.next_head() is None


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


# -- split reads: the same outcome wherever the reads split -----------------------------------------------

SPLIT_CASES = {
    "sized": (response("Content-Length: 5", "X-Id: 1", body=b"hello"), b"GET", False),
    "chunked with extensions and trailers": (response("Transfer-Encoding: chunked", body=CHUNKED_BODY), b"GET", False),
    "interim then final": (response(status="100 Continue") + response("Content-Length: 1", body=b"x"), b"GET", False),
    "HEAD": (response("Content-Length: 5"), b"HEAD", False),
    "until close": (response("Connection: close", body=b"to the end"), b"GET", True),
}


def outcome(pieces: list[bytes], method: bytes, eof: bool) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool, bool]:
    head, body, parser = feed_all(pieces, method=method, eof=eof)
    return head.status, head.headers, body, parser.complete, parser.reusable


@pytest.mark.parametrize(("data", "method", "eof"), list(SPLIT_CASES.values()), ids=list(SPLIT_CASES))
def test_every_split_into_two_and_three_reads_gives_the_same_response(data: bytes, method: bytes, eof: bool) -> None:
    whole = outcome([data], method, eof)
    assert whole[3], "complete"
    for first in range(1, len(data)):
        assert outcome([data[:first], data[first:]], method, eof) == whole, f"split at {first}"
        second = (first + len(data)) // 2
        if first < second < len(data):
            assert outcome([data[:first], data[first:second], data[second:]], method, eof) == whole


def test_the_head_limit_holds_at_every_split() -> None:
    data = response("X-Filler: " + "a" * 40, "Content-Length: 2", body=b"ok")
    size = data.index(b"\r\n\r\n") + 4
    for first in range(1, len(data)):
        pieces = [data[:first], data[first:]]
        assert feed_all(pieces, max_head_size=size)[1] == b"ok", f"split at {first}"
        with pytest.raises(ProtocolError, match="too large"):
            feed_all(pieces, max_head_size=size - 1)


def test_the_head_limit_counts_each_interim_head_on_its_own() -> None:
    final = response("Content-Length: 0")
    data = response("X-A: " + "a" * len(final), status="103 Early Hints") + final
    interim_size = data.index(b"\r\n\r\n") + 4
    for first in range(1, len(data)):
        head, _, _ = feed_all([data[:first], data[first:]], max_head_size=interim_size)
        assert head.status == 200


def test_an_oversized_head_raises_before_its_end_arrives() -> None:
    parser = ResponseParser()
    parser.feed(b"HTTP/1.1 200 OK\r\n")
    filler = b"X-Filler: " + b"a" * 1000 + b"\r\n"
    for _ in range(MAX_HEAD_SIZE // len(filler)):
        parser.feed(filler)
    with pytest.raises(ProtocolError, match="too large"):
        parser.feed(filler)


def test_an_oversized_trailer_section_raises() -> None:
    trailers = b"".join(b"X-T%d: %s\r\n" % (number, b"t" * 50) for number in range(10))
    data = response("Transfer-Encoding: chunked", body=b"1\r\nx\r\n0\r\n" + trailers + b"\r\n")
    assert feed_all([data], max_head_size=1000)[1] == b"x"
    with pytest.raises(ProtocolError, match="trailer"):
        feed_all([data], max_head_size=400)


def test_an_endless_trailer_line_is_cut_off() -> None:
    parser = ResponseParser(max_head_size=1000)
    parser.feed(response("Transfer-Encoding: chunked", body=b"1\r\nx\r\n0\r\nX-Endless: "))
    for _ in range(39):  # 3,900 bytes: within four times the limit
        parser.feed(b"e" * 100)
    with pytest.raises(ProtocolError, match="too large"):
        parser.feed(b"e" * 200)


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
    "repeated Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
    "Content-Length list": b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n",
    "negative Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
    "signed Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: +1\r\n\r\n",
    "non-numeric Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n",
    "empty Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n",
    "huge Content-Length": b"HTTP/1.1 200 OK\r\nContent-Length: 1234567890123456789012\r\n\r\n",
    "Content-Length and chunked": b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n",
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
    "space in an extension name": CHUNKED + b"2;a b\r\nhi\r\n0\r\n\r\n",
    "control byte in an extension": CHUNKED + b"2;a=\x01\r\nhi\r\n0\r\n\r\n",
    "malformed trailer": CHUNKED + b"0\r\nnot a trailer\r\n\r\n",
    "control byte in a trailer": CHUNKED + b"0\r\nX-T: a\x00b\r\n\r\n",
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
