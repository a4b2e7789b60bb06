"""Helpers for tests of streaming clients against :class:`~.broker.CarDataBroker`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any

from carconnect.core import FakeClock, Token

from ..server import Simulator

STREAMING_SCOPES = ("authenticate_user", "openid", "cardata:api:read", "cardata:streaming:read")


class SteppedClock(FakeClock):
    """A :class:`FakeClock` whose ``asleep`` returns once the test has advanced time past its end.

    Long-lived tasks (renewal timers, reconnect backoff) then run on simulated time the test moves
    with :meth:`advance` or :func:`run_until`, never on wall time. Advance it from the event loop's thread.
    """

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__(start)
        self._waiters: list[tuple[float, asyncio.Future[None]]] = []

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        for end, waiter in list(self._waiters):
            if end <= self.monotonic() and not waiter.done():
                waiter.set_result(None)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        end = self.monotonic() + max(seconds, 0.0)
        if end <= self.monotonic():
            await asyncio.sleep(0)
            return
        entry = (end, asyncio.get_running_loop().create_future())
        self._waiters.append(entry)
        try:
            await entry[1]
        finally:
            self._waiters.remove(entry)


async def run_until(
    done: Callable[[], bool], clock: FakeClock, *, step: float = 1.0, limit: float = 3600.0, wall: float = 15.0
) -> float:
    """Advance ``clock`` by ``step`` until ``done()`` (at most ``limit`` simulated seconds); returns seconds moved."""
    moved = 0.0
    async with asyncio.timeout(wall):
        while not done():
            if moved >= limit:
                raise AssertionError(f"not done after {limit} simulated seconds")
            clock.advance(step)
            moved += step
            await asyncio.sleep(0.005)
    return moved


def streaming_token(sim: Simulator, now: datetime | None = None) -> Token:
    """A BMW token set for the demo account as the device login stores it (gcid and id_token included)."""
    minted: dict[str, Any] = dict(sim.issue_token("bmw", scopes=STREAMING_SCOPES))
    minted["gcid"] = minted.pop("user_id")
    minted["token_type"] = "Bearer"
    return Token.from_response(minted, now=now or sim.clock.now())
