# Generated from async_pages.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""Walking a paged list: the items of every page, each page fetched only when the caller gets there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from .paging import Cursor

P = TypeVar("P")
T = TypeVar("T")
K = TypeVar("K")


def iterate(fetch: Callable[[K], P], cursor: Cursor[P, T, K]) -> Iterator[T]:
    """Items of every page ``fetch`` returns for the cursor's keys, until the cursor is done."""
    while not cursor.done:
        yield from cursor.take(fetch(cursor.key))
