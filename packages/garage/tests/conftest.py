"""One simulator on a fake clock, and an async client of every installed brand signed in to it."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import httpx
import pytest

from carconnect.core import FakeClock
from carconnect.garage.testing import simulated_brands, simulated_client
from carconnect.sim import Simulator

BRANDS = simulated_brands()
"""Every installed brand the garage has an adapter for."""


class Requests:
    """Counts the HTTP requests each brand's client sends (an ``event_hooks`` request hook)."""

    def __init__(self) -> None:
        self.sent: Counter[str] = Counter()

    def hook(self, brand: str) -> Callable[[httpx.Request], Any]:
        async def count(request: httpx.Request) -> None:
            self.sent[brand] += 1

        return count


def client_of(brand: str, sim: Simulator, clock: FakeClock, requests: Requests) -> Any:
    """An async client of ``brand`` on the simulator, signed in as the simulator's demo user."""
    return simulated_client(brand, sim, clock=clock, event_hooks={"request": [requests.hook(brand)]})


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def running(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as sim:
        yield sim


@pytest.fixture
def sim(running: Simulator) -> Simulator:
    running.reset()
    return running


@pytest.fixture
def requests() -> Requests:
    return Requests()


@pytest.fixture
def clients(sim: Simulator, clock: FakeClock, requests: Requests) -> Callable[..., Any]:
    """``async with clients("volvo", "bmw") as found:`` the brands' clients, closed afterwards."""

    @asynccontextmanager
    async def opened(*brands: str) -> AsyncIterator[dict[str, Any]]:
        async with AsyncExitStack() as stack:
            found = {}
            for brand in brands or BRANDS:
                found[brand] = await stack.enter_async_context(client_of(brand, sim, clock, requests))
            yield found

    return opened
