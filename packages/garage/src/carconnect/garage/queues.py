"""Queues for readers that may fall behind: bounded, they keep the newest items (newest state matters most)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

logger = logging.getLogger("carconnect.garage")
T = TypeVar("T")

DEFAULT_MAX_PENDING = 1000
"""Items a car's event stream keeps by default for a reader that stops reading: BMW stream messages
(about 4 KB each) or webhook readings (a delivery brings about ten)."""


def checked_max_pending(max_pending: int | None) -> int:
    """``max_pending`` as an ``asyncio.Queue`` ``maxsize`` (``None``: ``0``, unbounded); below 1 is a ``ValueError``."""
    if max_pending is None:
        return 0
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1 (None keeps every update)")
    return max_pending


class NewestQueue(asyncio.Queue[T]):
    """An ``asyncio.Queue`` of at most ``maxsize`` items (``0``: unbounded) whose ``put`` never waits:
    when full, the oldest item is dropped to make room, and counted in :attr:`dropped`.

    The first drop of an episode of falling behind logs one WARNING naming the queue (``name``) and
    the total dropped before; the episode ends when the reader has taken every item kept, which is
    logged at INFO with the number dropped in it. ``on_drop`` is called for each item dropped.
    """

    def __init__(self, maxsize: int, name: str, on_drop: Callable[[], None] | None = None) -> None:
        super().__init__(maxsize)
        self.name = name
        self.dropped = 0
        """Items dropped to make room for newer ones."""
        self._behind = 0
        """Items dropped since the reader last emptied the queue."""
        self._on_drop = on_drop

    def put_nowait(self, item: T) -> None:
        """Queue ``item``, dropping the oldest item when full."""
        if self.full():
            super().get_nowait()
            self.task_done()
            self._count_drop()
        super().put_nowait(item)

    async def put(self, item: T) -> None:
        """:meth:`put_nowait`: a full queue drops its oldest item rather than wait."""
        self.put_nowait(item)

    def get_nowait(self) -> T:
        """The oldest item kept (``get()`` takes it through here); ends an episode of falling behind once empty."""
        item = super().get_nowait()
        if self._behind and self.empty():
            logger.info("%s caught up: %d items were dropped while its reader was behind", self.name, self._behind)
            self._behind = 0
        return item

    def _count_drop(self) -> None:
        if not self._behind:
            logger.warning(
                "%s: its reader is %d items behind, dropping the oldest until it catches up (%d dropped before)",
                self.name,
                self.maxsize,
                self.dropped,
            )
        self._behind += 1
        self.dropped += 1
        if self._on_drop is not None:
            self._on_drop()
