"""Where an iteration over one of Smartcar's paged lists stands: one cursor holds the logic.

Three paging styles: v2 ``limit``/``offset`` with ``paging.count`` (vehicles, permissions), the
Management API's opaque ``paging.cursor`` (null on the last page) and v3 ``page[number]`` with
``meta.totalCount`` and ``links.next``. Pages are fetched only when the iteration gets there;
``max_pages`` bounds how many one iteration may fetch. :func:`carconnect.smartcar.pages.iterate`
(and its async source) walk the pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from carconnect.core import ResponseParseError

from ._generated.management import models as management_models
from ._generated.vehicles_v2 import models as v2_models
from ._generated.vehicles_v3.types import Unset

if TYPE_CHECKING:
    from ._generated.management.models import Connection as ManagementConnection
    from ._generated.management.models import ConnectionList as ManagementConnectionList
    from ._generated.vehicles_v2.models import Paging, Permission, PermissionList, VehicleList
    from ._generated.vehicles_v3.models import Connection, ConnectionList

P = TypeVar("P")
T = TypeVar("T")
K = TypeVar("K")

DEFAULT_MAX_PAGES = 100


class Cursor(Generic[P, T, K]):
    """Where an iteration stands: the key of the next page (offset, cursor, page number), if any."""

    def __init__(
        self,
        first: K,
        items_of: Callable[[P], Sequence[T]],
        next_of: Callable[[P, K, int], K | None],
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self._items_of, self._next_of = items_of, next_of
        self.max_pages = max_pages
        self.key: K = first
        self.pages = 0
        self.done = False

    def take(self, page: P) -> Sequence[T]:
        """Record a fetched page and return its items."""
        items = self._items_of(page)
        if not _is_list(items):
            raise ResponseParseError("a page's list of items is missing or not a list")
        following = self._next_of(page, self.key, len(items)) if items else None
        if following is not None and following == self.key:
            raise ResponseParseError("the server sent the same page twice; stopping to avoid a loop")
        self.pages += 1
        self.done = following is None or self.pages >= self.max_pages
        if following is not None:
            self.key = following
        return items


def _is_list(value: object) -> bool:
    """A page's items: a list, not an unset optional member (or anything else a model let through)."""
    return isinstance(value, Sequence) and not isinstance(value, str)


def _known(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _next_offset(paging: Paging | Unset, offset: int, count: int) -> int | None:
    total = _known(paging.count) if isinstance(paging, v2_models.Paging) else None
    following = offset + count
    return following if total is None or following < total else None


def vehicle_pages(max_pages: int = DEFAULT_MAX_PAGES) -> Cursor[VehicleList, str, int]:
    """Offset paging over ``GET /vehicles``."""
    return Cursor(0, lambda page: page.vehicles, lambda page, key, n: _next_offset(page.paging, key, n), max_pages)


def permission_pages(max_pages: int = DEFAULT_MAX_PAGES) -> Cursor[PermissionList, Permission, int]:
    """Offset paging over ``GET /vehicles/{id}/permissions``."""
    return Cursor(0, lambda page: page.permissions, lambda page, key, n: _next_offset(page.paging, key, n), max_pages)


def _next_cursor(page: ManagementConnectionList) -> str | None:
    cursor = page.paging.cursor if isinstance(page.paging, management_models.CursorPaging) else None
    return cursor if isinstance(cursor, str) and cursor else None


def management_connection_pages(
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Cursor[ManagementConnectionList, ManagementConnection, str | None]:
    """Cursor paging over the Management API's connections (the first page has no cursor)."""
    return Cursor[management_models.ConnectionList, management_models.Connection, str | None](
        None, lambda page: page.connections, lambda page, key, n: _next_cursor(page), max_pages
    )


def _next_page(page: ConnectionList, number: int, count: int) -> int | None:
    links, meta = page.links, page.meta
    if not isinstance(links, Unset) and isinstance(links.next_, str) and links.next_:
        return number + 1
    if isinstance(meta, Unset):
        return None
    total, size = _known(meta.total_count), _known(meta.page_size) or count
    return number + 1 if total is not None and number * size < total else None


def connection_pages(max_pages: int = DEFAULT_MAX_PAGES) -> Cursor[ConnectionList, Connection, int]:
    """Page-number paging over v3 ``GET /connections`` (pages start at 1)."""
    return Cursor(1, lambda page: page.data, lambda page, key, n: _next_page(page, key, n), max_pages)
