"""Injectable time: every wait and every expiry check in core goes through a :class:`Clock`."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Wall clock (aware UTC) and monotonic time, plus the two ways of waiting."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # loaded already wherever a coroutine runs; not at import

        await asyncio.sleep(max(seconds, 0))


class FakeClock:
    """A clock for tests: sleeping advances time instantly and is recorded in ``sleeps``.

    It models one sleeper at a time: every :meth:`sleep` and :meth:`asleep` call advances the one
    shared clock by its own duration, so concurrent sleeps add up instead of overlapping (five tasks
    each awaiting ``asleep(10)`` together move it 50 s, where real time would pass 10 s). Tests of
    concurrent code should expect that serialized time, or drive the clock themselves.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 1, tzinfo=UTC)
        self._monotonic = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(max(seconds, 0))

    async def asleep(self, seconds: float) -> None:
        import asyncio

        self.sleep(seconds)
        await asyncio.sleep(0)


SYSTEM_CLOCK = SystemClock()
