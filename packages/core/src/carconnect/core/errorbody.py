"""How much of an error answer's body is read: :func:`bound_error_body`.

An error body is read before the error is raised (its vendor code and message decide the error's
class), also inside ``stream()``. A gateway that answers an error with a huge or never-ending body
(a page streamed one byte at a time) would otherwise hold the call, and the memory it reads, without
limit: each read is within the timeout, and the retry deadline only bounds retries. So an error body
is read up to :data:`ERROR_BODY_LIMIT` bytes and for at most :data:`ERROR_BODY_SECONDS` seconds;
the rest is never read and the connection is closed rather than reused.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import httpx

from .clock import Clock
from .redact import describe_request

logger = logging.getLogger("carconnect.core.auth")

ERROR_BODY_LIMIT = 1024 * 1024
"""Bytes of an error body read at most (as they come off the wire, before any decompression)."""
ERROR_BODY_SECONDS = 30.0
"""Seconds spent reading an error body at most (checked as each chunk arrives)."""


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``inner`` cut after ``limit`` bytes or once ``seconds`` of ``clock`` have passed."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, what: str, clock: Clock) -> None:
        self.inner = inner
        self.what = what
        self.clock = clock
        self.cut = False

    def _take(self, chunk: bytes, taken: int, started: float) -> bytes:
        """The part of ``chunk`` within the bounds; sets :attr:`cut` when the bounds are reached."""
        room = ERROR_BODY_LIMIT - taken
        if len(chunk) >= room or self.clock.monotonic() - started >= ERROR_BODY_SECONDS:
            self.cut = True
            logger.warning(
                "%s: the error body was cut after %d bytes (%d bytes or %.0f s at most are read)",
                self.what,
                taken + min(len(chunk), room),
                ERROR_BODY_LIMIT,
                ERROR_BODY_SECONDS,
            )
            return chunk[:room]
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
    """Make reading ``response``'s (error) body stop at the bounds above. A body already read, or
    one whose stated length is within them, is left as it is."""
    length = response.headers.get("content-length", "")
    if response.is_stream_consumed or (length.isdigit() and int(length) <= ERROR_BODY_LIMIT):
        return
    response.stream = _BoundedStream(response.stream, describe_request(response.request), clock)
