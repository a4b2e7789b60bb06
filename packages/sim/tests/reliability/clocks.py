"""Clocks for runs with real concurrency: simulated time that moves on its own.

:class:`TickingClock` is a :class:`~carconnect.core.FakeClock` moved by a ticker thread in fixed steps
(time only changes at ticks, so "which token was stale when" is exact) and whose sleeps wait for the
ticks instead of jumping ahead. (Several processes share ``durability_worker.ScaledClock`` instead.)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from carconnect.core import FakeClock

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


class TickingClock(FakeClock):
    """Simulated time advanced by ``step`` seconds every ``interval`` real seconds while running."""

    def __init__(self, step: float, interval: float) -> None:
        super().__init__(START)
        self.step, self.interval = step, interval
        self.ticks = 0
        self._moved = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def advance(self, seconds: float) -> None:
        with self._moved:
            super().advance(seconds)
            self._moved.notify_all()

    def _waiting(self) -> bool:
        return self._thread is not None and not self._stop.is_set()

    def sleep(self, seconds: float) -> None:
        """Wait (really) until the ticks have moved time by ``seconds``; instant once stopped."""
        if not self._waiting():
            super().sleep(seconds)
            return
        self.sleeps.append(seconds)
        target = self.monotonic() + seconds
        with self._moved:
            while self.monotonic() < target and self._waiting():
                self._moved.wait(self.interval)

    async def asleep(self, seconds: float) -> None:
        if not self._waiting():
            await super().asleep(seconds)
            return
        self.sleeps.append(seconds)
        target = self.monotonic() + seconds
        while self.monotonic() < target and self._waiting():
            await asyncio.sleep(self.interval / 4)

    def start(self, on_tick: Callable[[], None] = lambda: None) -> None:
        """Tick in a background thread; ``on_tick`` runs right after each step."""

        def run() -> None:
            while not self._stop.wait(self.interval):
                self.advance(self.step)
                self.ticks += 1
                on_tick()

        self._thread = threading.Thread(target=run, name="ticking-clock", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._moved:
            self._moved.notify_all()
