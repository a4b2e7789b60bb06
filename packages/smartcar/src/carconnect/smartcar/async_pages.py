"""Walking a paged list: the items of every page, each page fetched only when the caller gets there."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from .paging import Cursor

P = TypeVar("P")
T = TypeVar("T")
K = TypeVar("K")


async def iterate(fetch: Callable[[K], Awaitable[P]], cursor: Cursor[P, T, K]) -> AsyncIterator[T]:
    """Items of every page ``fetch`` returns for the cursor's keys, until the cursor is done."""
    while not cursor.done:
        for item in cursor.take(await fetch(cursor.key)):
            yield item
