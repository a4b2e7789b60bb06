"""Simulated time: every expiry, charge curve and engine timer in the simulator reads one clock.

Any object with ``now()`` (aware UTC datetime) and ``advance(seconds)`` works, so a test can share
one fake clock between carconnect-core and the simulator: carconnect-core's ``FakeClock``, or
:class:`ManualClock`, which is a carconnect-core ``Clock`` too (``monotonic``, ``sleep``, ``asleep``).
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


MONOTONIC_START = 1000.0
"""What :meth:`ManualClock.monotonic` reads before the clock first moves."""


class ManualClock:
    """A clock that only moves when told to: fully deterministic runs.

    It is also a carconnect-core ``Clock`` (``carconnect.core.clock.Clock``), so the code under test
    can be given the simulator's own clock: :meth:`sleep` and :meth:`asleep` return at once after
    moving the clock by the time asked (a negative time moves nothing), and :meth:`monotonic` moves
    with every :meth:`advance`. Like core's ``FakeClock`` it models one sleeper at a time: concurrent
    sleeps add up.
    """

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._monotonic = MONOTONIC_START
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        """Seconds on a counter that moves with the clock (:data:`MONOTONIC_START` at first)."""
        return self._monotonic

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._monotonic += seconds

    def sleep(self, seconds: float) -> None:
        """Move the clock by ``seconds`` (nothing when not positive) and return at once."""
        self.advance(max(seconds, 0.0))

    async def asleep(self, seconds: float) -> None:
        """:meth:`sleep`, then one turn of the event loop (as a real ``asyncio.sleep`` gives)."""
        import asyncio  # loaded already wherever a coroutine runs; not at import

        self.sleep(seconds)
        await asyncio.sleep(0)
