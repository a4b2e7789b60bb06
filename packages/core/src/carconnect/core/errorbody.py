"""How much of an error answer's body is read: :func:`bound_error_body`.

An error body is read before the error is raised (its vendor code and message decide the error's
class), also inside ``stream()``. A gateway that answers an error with a huge or never-ending body
(a page streamed one byte at a time) would otherwise hold the call, and the memory it reads, without
limit: each read is within the timeout, and the retry deadline only bounds retries. So an error body
is read up to :data:`ERROR_BODY_LIMIT` bytes and for at most :data:`ERROR_BODY_SECONDS` seconds;
the rest is never read and the connection is closed rather than reused. A compressed body counts by
what it decompresses to (gzip and deflate are decompressed alongside, only to count; a body in
another encoding is cut at :data:`ENCODED_LIMIT` bytes as they come), so a small compressed page
cannot expand to gigabytes.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from .clock import Clock
from .redact import describe_request

logger = logging.getLogger("carconnect.core.auth")

ERROR_BODY_LIMIT = 1024 * 1024
"""Bytes of an error body read at most (as they come off the wire, before any decompression)."""
ERROR_BODY_SECONDS = 30.0
"""Seconds spent reading an error body at most (checked as each chunk arrives)."""
ENCODED_LIMIT = 64 * 1024
"""Bytes read at most of an error body in an encoding other than gzip or deflate."""


class _Counter:
    """How many bytes a body becomes once decoded, counted without keeping them."""

    def __init__(self, encoding: str) -> None:
        wbits = {"gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}.get(encoding)
        self._inflate = zlib.decompressobj(wbits) if wbits is not None else None
        self.encoded = encoding not in ("", "identity")
        self.decoded = 0

    def exceeds(self, chunk: bytes, taken: int) -> bool:
        """Whether the body, ``taken`` bytes of it read before ``chunk``, goes past the limit with it."""
        if self._inflate is not None:
            try:
                while chunk and self.decoded <= ERROR_BODY_LIMIT:
                    self.decoded += len(self._inflate.decompress(chunk, ERROR_BODY_LIMIT + 1))
                    chunk = self._inflate.unconsumed_tail
            except zlib.error:
                return False  # not what it says it is: httpx reports the decoding error
            return self.decoded > ERROR_BODY_LIMIT
        limit = ENCODED_LIMIT if self.encoded else ERROR_BODY_LIMIT
        return taken + len(chunk) > limit


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``inner`` cut after ``limit`` bytes or once ``seconds`` of ``clock`` have passed."""

    def __init__(
        self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, what: str, encoding: str, clock: Clock
    ) -> None:
        self.inner = inner
        self.what = what
        self.counter = _Counter(encoding)
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
    encoding = response.headers.get("content-encoding", "").strip().lower()
    response.stream = _BoundedStream(response.stream, describe_request(response.request), encoding, clock)
