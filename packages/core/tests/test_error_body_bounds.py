"""An error answer's body is read only so far: a huge or endless one neither holds the call nor fills memory."""

from __future__ import annotations

import asyncio
import gzip
import sys
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from carconnect.core import CarConnectAuth, FakeClock, RetryPolicy, ServerError
from carconnect.core.errorbody import ERROR_BODY_LIMIT, ERROR_BODY_SECONDS, _Counter

API = "https://api.example.test"
CHUNK = 64 * 1024


class Body:
    """A 500's body: ``chunks`` chunks of ``size`` bytes, ``clock`` advanced by ``pause`` before each."""

    def __init__(self, chunks: int, size: int, clock: FakeClock, pause: float = 0.0) -> None:
        self.chunks, self.size, self.clock, self.pause = chunks, size, clock, pause
        self.data: bytes | None = None
        """The bytes to send, ``size`` at a time (``b"x"`` repeated when ``None``)."""
        self.sent = 0

    def _next(self) -> bytes:
        self.clock.advance(self.pause)
        start, self.sent = self.sent, self.sent + self.size
        return b"x" * self.size if self.data is None else self.data[start : self.sent]

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            yield self._next()

    def streamed(self, use_async: bool) -> Iterator[bytes] | AsyncIterator[bytes]:
        """The body as httpx streams it to a sync or an async client."""
        if not use_async:
            return iter(self)

        async def chunks() -> AsyncIterator[bytes]:
            for chunk in self:
                yield chunk

        return chunks()


def answer_with(body: Body, use_async: bool) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(500, content=body.streamed(use_async)))


def fetch(transport: httpx.MockTransport, clock: FakeClock, *, use_async: bool, retry: RetryPolicy) -> None:
    auth = CarConnectAuth(None, retry=retry, clock=clock)
    if use_async:

        async def run() -> None:
            async with httpx.AsyncClient(base_url=API, transport=transport, auth=auth) as http:
                await http.get("/x")

        asyncio.run(run())
        return
    with httpx.Client(base_url=API, transport=transport, auth=auth) as http:
        http.get("/x")


@pytest.mark.parametrize("use_async", [False, True])
def test_a_huge_error_body_is_read_up_to_the_limit(clock: FakeClock, use_async: bool) -> None:
    body = Body(chunks=1000, size=CHUNK, clock=clock)  # 64 MiB
    with pytest.raises(ServerError) as raised:
        fetch(answer_with(body, use_async), clock, use_async=use_async, retry=RetryPolicy.disabled())
    assert body.sent <= ERROR_BODY_LIMIT + CHUNK
    assert raised.value.status_code == 500


@pytest.mark.parametrize("use_async", [False, True])
def test_an_endless_trickle_is_read_for_a_bounded_time(clock: FakeClock, use_async: bool) -> None:
    body = Body(chunks=10_000, size=1, clock=clock, pause=1.0)
    with pytest.raises(ServerError):
        fetch(answer_with(body, use_async), clock, use_async=use_async, retry=RetryPolicy.disabled())
    assert body.sent == ERROR_BODY_SECONDS


@pytest.mark.parametrize("use_async", [False, True])
def test_an_answer_with_a_cut_body_is_still_retried(clock: FakeClock, use_async: bool) -> None:
    bodies = [Body(chunks=100, size=CHUNK, clock=clock), Body(chunks=100, size=CHUNK, clock=clock)]
    answers = iter(bodies)
    transport = httpx.MockTransport(lambda request: httpx.Response(503, content=next(answers).streamed(use_async)))
    with pytest.raises(ServerError):
        fetch(transport, clock, use_async=use_async, retry=RetryPolicy(max_retries=1, rng=lambda: 0.0))
    assert all(body.sent <= ERROR_BODY_LIMIT + CHUNK for body in bodies)


def test_a_small_error_body_is_read_whole(clock: FakeClock) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(500, json={"message": "broken gateway"}))
    with pytest.raises(ServerError, match="broken gateway"):
        fetch(transport, clock, use_async=False, retry=RetryPolicy.disabled())


@pytest.mark.parametrize("use_async", [False, True])
def test_a_small_compressed_error_body_counts_by_what_it_decompresses_to(clock: FakeClock, use_async: bool) -> None:
    bomb = gzip.compress(b"x" * (64 * ERROR_BODY_LIMIT))  # a few dozen KiB on the wire
    body = Body(chunks=len(bomb) // 1024 + 1, size=1024, clock=clock)
    body.data = bomb
    headers = {"content-encoding": "gzip", "content-length": str(len(bomb))}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(500, headers=headers, content=body.streamed(use_async))
    )
    with pytest.raises(ServerError):
        fetch(transport, clock, use_async=use_async, retry=RetryPolicy.disabled())
    assert body.sent < len(bomb)  # stopped once a MiB came out of it


@pytest.mark.parametrize("use_async", [False, True])
def test_a_slow_body_of_stated_length_is_read_for_a_bounded_time(clock: FakeClock, use_async: bool) -> None:
    body = Body(chunks=100, size=1, clock=clock, pause=1.0)
    headers = {"content-length": "100"}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(500, headers=headers, content=body.streamed(use_async))
    )
    with pytest.raises(ServerError):
        fetch(transport, clock, use_async=use_async, retry=RetryPolicy.disabled())
    assert body.sent == ERROR_BODY_SECONDS


def compressed(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


GZIP, RAW_DEFLATE = zlib.MAX_WBITS | 16, -zlib.MAX_WBITS


def send_compressed(clock: FakeClock, data: bytes, encoding: str, *, use_async: bool) -> Body:
    """Answer a 500 with ``data`` (already compressed) in 1 KiB chunks; the body as it was sent."""
    body = Body(chunks=len(data) // 1024 + 1, size=1024, clock=clock)
    body.data = data
    headers = {"content-encoding": encoding}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(500, headers=headers, content=body.streamed(use_async))
    )
    with pytest.raises(ServerError):
        fetch(transport, clock, use_async=use_async, retry=RetryPolicy.disabled())
    return body


@pytest.mark.parametrize("use_async", [False, True])
def test_stacked_encodings_count_by_what_every_layer_decompresses_to(clock: FakeClock, use_async: bool) -> None:
    inner = compressed(b"\0" * (256 * ERROR_BODY_LIMIT), GZIP)  # 256 MiB once httpx undoes both layers
    bomb = compressed(inner, GZIP)
    memory = memory_of(lambda: send_compressed(clock, bomb, "gzip, gzip", use_async=use_async))
    assert memory < 16 * ERROR_BODY_LIMIT


@pytest.mark.parametrize("use_async", [False, True])
def test_raw_deflate_counts_by_what_it_decompresses_to(clock: FakeClock, use_async: bool) -> None:
    bomb = compressed(b"\0" * (64 * ERROR_BODY_LIMIT), RAW_DEFLATE)  # deflate without its zlib header
    body = send_compressed(clock, bomb, "deflate", use_async=use_async)
    assert body.sent < len(bomb)


def test_a_small_body_in_stacked_encodings_is_read_whole(clock: FakeClock) -> None:
    data = compressed(compressed(b'{"message": "broken gateway"}', zlib.MAX_WBITS), GZIP)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(500, headers={"content-encoding": "deflate, gzip"}, content=data)
    )
    with pytest.raises(ServerError, match="broken gateway"):
        fetch(transport, clock, use_async=False, retry=RetryPolicy.disabled())


class ZlibAsBrotli:
    """Stands in for the brotli module's API (``Decompressor().process``), decoding zlib data."""

    class Decompressor:
        def __init__(self) -> None:
            self.process = zlib.decompressobj().decompress


def test_a_brotli_layer_is_counted_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "brotlicffi", None)
    monkeypatch.setitem(sys.modules, "brotli", ZlibAsBrotli)
    bomb = compressed(b"\0" * (64 * ERROR_BODY_LIMIT), zlib.MAX_WBITS)
    counter = _Counter(["br"])
    assert memory_of(lambda: counter.exceeds(bomb, 0)) < 8 * ERROR_BODY_LIMIT
    assert counter.decoded > ERROR_BODY_LIMIT


def test_without_the_brotli_module_a_brotli_body_counts_as_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "brotlicffi", None)
    monkeypatch.setitem(sys.modules, "brotli", None)  # httpx then leaves it undecoded too
    counter = _Counter(["br"])
    assert not counter.exceeds(b"x" * 1024, 0)
    assert counter.exceeds(b"x" * 1024, ERROR_BODY_LIMIT)


def memory_of(action: Callable[[], object]) -> int:
    """The peak of memory allocated while ``action`` runs, in bytes."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
