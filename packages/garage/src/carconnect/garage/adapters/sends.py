"""Commands whose one request is both the send and the answer (Volvo, Smartcar v2): send, then wait.

The request runs as a task of its own, so a command always goes out whatever ``wait`` is; ``wait``
bounds only how long the caller waits for its answer, measured on the client's clock. A request
whose answer is not awaited any more runs on, bounded by the client's own timeouts; its late answer
is logged, and the adapter waits for it before closing the client.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from carconnect.core import Clock, SystemClock

logger = logging.getLogger("carconnect.garage")
T = TypeVar("T")

CLOCK_CHECK = 0.05
"""Real seconds between two looks at a test clock (one that moves only when told) while an answer is awaited."""


class Sends:
    """The command requests of one adapter still on their way."""

    def __init__(self) -> None:
        self._running: set[asyncio.Task[Any]] = set()
        self._unawaited: set[asyncio.Task[Any]] = set()

    async def answer(self, request: Coroutine[Any, Any, T], *, within: float, clock: Clock, what: str) -> T:
        """Send ``request`` and return its answer, or raise ``TimeoutError`` once ``within`` seconds have
        passed on ``clock`` (the request runs on). Cancelling the caller cancels the request."""
        task = asyncio.ensure_future(request)
        self._running.add(task)
        task.add_done_callback(lambda done: self._finished(done, what))
        try:
            return await answer_within(clock, within, task)
        except TimeoutError:
            self._unawaited.add(task)
            raise

    def _finished(self, task: asyncio.Task[Any], what: str) -> None:
        self._running.discard(task)
        if task not in self._unawaited:
            return
        self._unawaited.discard(task)
        if task.cancelled():
            logger.info("%s: cancelled before its late answer", what)
        elif task.exception() is not None:
            logger.info("%s: late answer %s", what, type(task.exception()).__name__)
        else:
            result = task.result()
            status = getattr(result, "status", None) or getattr(result, "invoke_status", None)
            logger.info("%s: late answer %s", what, status or "received")

    @property
    def running(self) -> int:
        """How many requests are on their way."""
        return len(self._running)

    async def drain(self) -> None:
        """Wait for every request still on its way (each is bounded by its client's timeouts)."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)


async def answer_within(clock: Clock, seconds: float, request: asyncio.Future[T]) -> T:
    """``request``'s result, or ``TimeoutError`` once ``seconds`` have passed on ``clock``.

    A test clock is looked at every :data:`CLOCK_CHECK` real seconds, so its waits end when the test
    moves it, not at once. ``request`` is not cancelled by the timeout; cancelling the caller cancels it.
    """
    deadline = clock.monotonic() + seconds
    try:
        while not request.done():
            remaining = deadline - clock.monotonic()
            if remaining <= 0:
                raise TimeoutError
            step = remaining if isinstance(clock, SystemClock) else min(remaining, CLOCK_CHECK)
            await asyncio.wait({request}, timeout=step)
    except asyncio.CancelledError:
        request.cancel()
        raise
    return request.result()
