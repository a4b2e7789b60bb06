"""The clock a live stream runs on: the command's clock for time, real waits for its timers."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

from carconnect.core import SYSTEM_CLOCK, Clock


class WallWaits:
    """``clock``'s time with real waits: a stream's renewal timer must not fire at once on a FakeClock,
    and its token expiries must be judged on the clock that issued them."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def now(self) -> datetime:
        return self.clock.now()

    def monotonic(self) -> float:
        return self.clock.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(seconds, 0))

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0))


def stream_clock(clock: Clock) -> Clock:
    """The clock for a stream under a command running on ``clock`` (the system clock stays itself)."""
    return clock if clock is SYSTEM_CLOCK else WallWaits(clock)
