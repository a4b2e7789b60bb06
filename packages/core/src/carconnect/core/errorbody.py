"""How much of an error answer's body is read: :func:`bound_error_body`.

An error body is read before the error is raised (its vendor code and message decide the error's
class), also inside ``stream()``. A gateway that answers an error with a huge or never-ending body
(a page streamed one byte at a time) would otherwise hold the call, and the memory it reads, without
limit: each read is within the timeout, and the retry deadline only bounds retries. So an error body
is read up to :data:`ERROR_BODY_LIMIT` bytes and for at most :data:`ERROR_BODY_SECONDS` seconds;
the rest is never read and the connection is closed rather than reused.

A compressed body counts by what it decompresses to, through every layer httpx will decode
(``Content-Encoding: gzip, gzip`` is two; deflate with or without its zlib header, as httpx accepts
both; ``br`` and ``zstd`` when the module httpx decodes them with is installed). Each layer is
decompressed alongside, only to count, in bounded steps, so a small compressed page cannot expand to
gigabytes. A body that does not decode fails as httpx reports it.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from .clock import Clock
from .redact import describe_request

logger = logging.getLogger("carconnect.core.auth")

ERROR_BODY_LIMIT = 1024 * 1024
"""Bytes of an error body read at most (as they come off the wire, before any decompression)."""
ERROR_BODY_SECONDS = 30.0
"""Seconds spent reading an error body at most (checked as each chunk arrives)."""


STEP = 64 * 1024
"""Bytes a zlib layer puts out at most per step while counting."""
SLICE = 64
"""Bytes a ``br`` or ``zstd`` layer is fed at a time while counting (their decompressors take no
output bound, and a few bytes can expand a long way)."""


class _Zlib:
    """A gzip or deflate layer, decoded as httpx decodes it (deflate: zlib header, else raw)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding == "gzip"
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._first = True

    def pieces(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                piece = self._inflate.decompress(data, STEP)
            except zlib.error:
                if self._gzip or not self._first:
                    raise
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # httpx's fallback: raw deflate
                piece = self._inflate.decompress(data, STEP)
            self._first = False
            data = self._inflate.unconsumed_tail
            yield piece


class _Sliced:
    """A ``br`` or ``zstd`` layer: ``decompress`` fed :data:`SLICE` bytes at a time."""

    def __init__(self, decompress: Callable[[bytes], bytes]) -> None:
        self._decompress = decompress

    def pieces(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), SLICE):
            yield self._decompress(data[start : start + SLICE])


def _brotli() -> _Sliced | None:
    try:
        import brotlicffi as brotli  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:
            import brotli  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            return None  # httpx leaves the body as it is too
    decompressor = brotli.Decompressor()
    return _Sliced(getattr(decompressor, "decompress", None) or decompressor.process)


class _ZstdFrames:
    """zstd frames one after another, decompressed as httpx reads them."""

    def __init__(self, zstandard: Any) -> None:
        self._zstandard = zstandard
        self._frame = zstandard.ZstdDecompressor().decompressobj()

    def decompress(self, data: bytes) -> bytes:
        out = bytes(self._frame.decompress(data))
        while self._frame.eof and self._frame.unused_data:
            rest = self._frame.unused_data
            self._frame = self._zstandard.ZstdDecompressor().decompressobj()
            out += self._frame.decompress(rest)
        return out


def _zstd() -> _Sliced | None:
    try:
        import zstandard  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None  # httpx leaves the body as it is too
    return _Sliced(_ZstdFrames(zstandard).decompress)


_Layer = _Zlib | _Sliced


def _layer(encoding: str) -> _Layer | None:
    """The counting twin of the decoder httpx uses for ``encoding`` (``None``: httpx does not decode it)."""
    if encoding in ("gzip", "deflate"):
        return _Zlib(encoding)
    if encoding == "br":
        return _brotli()
    if encoding == "zstd":
        return _zstd()
    return None


class _Counter:
    """How many bytes a body becomes once decoded, counted without keeping them."""

    def __init__(self, encodings: list[str]) -> None:
        # httpx undoes the last encoding applied first
        layers = (_layer(encoding) for encoding in reversed(encodings))
        self._layers = [layer for layer in layers if layer is not None]
        self.encoded = bool(self._layers)
        self.decoded = 0

    def _count(self, data: bytes, depth: int) -> None:
        if depth == len(self._layers):
            self.decoded += len(data)
            return
        for piece in self._layers[depth].pieces(data):
            self._count(piece, depth + 1)
            if self.decoded > ERROR_BODY_LIMIT:
                return

    def exceeds(self, chunk: bytes, taken: int) -> bool:
        """Whether the body, ``taken`` bytes of it read before ``chunk``, goes past the limit with it.

        Once a chunk does not decode, httpx fails on it as well (its decoders see the same bytes)
        and reports the decoding error; from there on bytes are counted as they come.
        """
        if not self.encoded:
            return taken + len(chunk) > ERROR_BODY_LIMIT
        try:
            self._count(chunk, 0)
        except Exception:  # zlib.error, brotli.error, zstandard.ZstdError
            self.encoded = False
            return taken + len(chunk) > ERROR_BODY_LIMIT
        return self.decoded > ERROR_BODY_LIMIT


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``inner`` cut after ``limit`` bytes or once ``seconds`` of ``clock`` have passed."""

    def __init__(
        self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, what: str, encodings: list[str], clock: Clock
    ) -> None:
        self.inner = inner
        self.what = what
        self.counter = _Counter(encodings)
        self.clock = clock
        self.cut = False

    def _take(self, chunk: bytes, taken: int, started: float) -> bytes:
        """``chunk``, or once it would pass the bounds (then :attr:`cut` is set) the part of it within
        the byte limit of a body sent as it is, nothing of a compressed one."""
        if self.counter.exceeds(chunk, taken) or self.clock.monotonic() - started >= ERROR_BODY_SECONDS:
            self.cut = True
            kept = b"" if self.counter.encoded else chunk[: max(ERROR_BODY_LIMIT - taken, 0)]
            logger.warning(
                "%s: the error body was cut after %d bytes (%d bytes or %.0f s at most are read)",
                self.what,
                taken + len(kept),
                ERROR_BODY_LIMIT,
                ERROR_BODY_SECONDS,
            )
            return kept
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self.inner, httpx.SyncByteStream)
        taken, started = 0, self.clock.monotonic()
        for chunk in self.inner:
            chunk = self._take(chunk, taken, started)
            taken += len(chunk)
            yield chunk
            if self.cut:
                return

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self.inner, httpx.AsyncByteStream)
        taken, started = 0, self.clock.monotonic()
        async for chunk in self.inner:
            chunk = self._take(chunk, taken, started)
            taken += len(chunk)
            yield chunk
            if self.cut:
                return

    def close(self) -> None:
        if isinstance(self.inner, httpx.SyncByteStream):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncByteStream):
            await self.inner.aclose()


def bound_error_body(response: httpx.Response, clock: Clock) -> None:
    """Make reading ``response``'s (error) body stop at the bounds above (a body already read is
    left as it is)."""
    if response.is_stream_consumed:
        return
    encodings = [value.strip().lower() for value in response.headers.get_list("content-encoding", split_commas=True)]
    response.stream = _BoundedStream(response.stream, describe_request(response.request), encodings, clock)
