"""Where an iteration over CarData's page tokens stands (the clients' ``iter_*`` methods drive it).

Charging history sends its token as ``next_token`` in the body, location-based charging settings as
``nextToken``; both take it back as the ``nextToken`` query parameter. Every page is one call of the
daily quota, so ``max_pages`` bounds how many an iteration may spend.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from carconnect.core import ResponseParseError

from ._generated.cardata.types import Unset

if TYPE_CHECKING:
    from ._generated.cardata.models import (
        ChargingHistoryPage,
        ChargingSession,
        LocationBasedChargingSetting,
        LocationBasedChargingSettingsPage,
    )

P = TypeVar("P")
T = TypeVar("T")


class Cursor(Generic[P, T]):
    """Where an iteration stands: the token to send next, and whether it is over."""

    def __init__(self, items_of: Callable[[P], list[T]], token_of: Callable[[P], str | None], max_pages: int) -> None:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self._items_of, self._token_of = items_of, token_of
        self.max_pages = max_pages
        self.token: str | None = None
        self.pages = 0
        self.done = False

    def take(self, page: P) -> list[T]:
        """Record a fetched page and return its items."""
        token = self._token_of(page)
        if token is not None and token == self.token:
            raise ResponseParseError("the server sent the same page token twice; stopping to avoid a loop")
        self.pages += 1
        self.token = token
        self.done = token is None or self.pages >= self.max_pages
        return self._items_of(page)


def _token(value: str | Unset | None) -> str | None:
    return value if isinstance(value, str) and value else None


def charging_sessions(max_pages: int) -> Cursor[ChargingHistoryPage, ChargingSession]:
    """A cursor over charging-history pages (token in ``next_token``)."""
    return Cursor(lambda page: list(page.data), lambda page: _token(page.next_token), max_pages)


def charging_settings(max_pages: int) -> Cursor[LocationBasedChargingSettingsPage, LocationBasedChargingSetting]:
    """A cursor over location-based charging settings pages (token in ``nextToken``)."""
    return Cursor(
        lambda page: list(page.data) if isinstance(page.data, list) else [],
        lambda page: _token(page.next_token),
        max_pages,
    )
