"""Simulated time: every expiry, charge curve and engine timer in the simulator reads one clock.

Any object with ``now()`` (aware UTC datetime) and ``advance(seconds)`` works, so a test can share
one fake clock between carconnect-core and the simulator.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

DEFAULT_START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


@runtime_checkable
class SimClock(Protocol):
    """What the simulator needs from a clock."""

    def now(self) -> datetime: ...

    def advance(self, seconds: float) -> None: ...


class WallClock:
    """Real UTC time plus an offset that :meth:`advance` grows (the default clock)."""

    def __init__(self) -> None:
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += timedelta(seconds=seconds)


class ManualClock:
    """A clock that only moves when told to: fully deterministic runs."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)
