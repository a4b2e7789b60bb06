"""Concurrency soak: many threads and asyncio tasks share one token manager while tokens expire every
few seconds. Half the tasks send through httpx's own async transport, half through ``AsyncioTransport``.

Simulated time (a :class:`~.clocks.TickingClock` shared with the simulator) runs fast enough, in eight
ticks a second, that an access token falls due every few real seconds while two real seconds of
queueing still fit in the refresh leeway. The ticker notes every token that becomes
stale; at the end the refresh count must equal that number (one refresh per expiry: none doubled, none
missed), the server must have issued no other token, and no request may have failed. Volvo's workers
share one client-side rate limiter (Volvo allows 100 calls a simulated minute); BMW's daily quota is
lifted in the simulator and its workers pause between reads so that the simulator, in the same process
on a small machine, is not saturated (queueing for seconds would become hours of simulated time). Both
token managers refresh when half the token lifetime is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import httpx
import pytest

from carconnect.core import MemoryTokenStore, Token
from carconnect.sim import Simulator

from . import variant
from .clocks import TickingClock
from .figures import Figures
from .harness import HARNESSES, Harness, Wiring
from .leaks import LeakWatch, watch_token
from .wire import ASYNC_STACKS, AsyncCountingTransport, CountingTransport, WireLog

LEEWAY = {"volvo": 150.0, "bmw": 1800.0}
"""Refresh leeway in simulated seconds (Volvo tokens live 299 s, BMW tokens 3599 s): a token falls due
every two real seconds."""
LATENCY_BUDGET = 2.0
"""Real seconds a request may take from taking its token to reaching the server."""
TICKS_PER_SECOND = 8
FIRST_EXPIRY = 0.3
"""Real seconds until the first token falls due."""
SOAK_TIMEOUT = httpx.Timeout(10.0)
PAUSE = {"volvo": 0.0, "bmw": 0.5}
"""Real seconds each worker waits between two reads (Volvo's workers are paced by the rate limiter)."""


@dataclass
class Expiries:
    """Tokens the ticker saw become stale (by access token), and when."""

    stale: set[str] = field(default_factory=set)

    def observe(self, token: Token | None, clock: TickingClock, leeway: float) -> None:
        if token is not None and token.expires_within(leeway, clock.now()):
            self.stale.add(token.access_token)


@dataclass
class Outcomes:
    ok: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, error: BaseException | None) -> None:
        with self.lock:
            if error is None:
                self.ok += 1
            else:
                self.failed[type(error).__name__] += 1
                self.examples.setdefault(type(error).__name__, str(error))


def _options(brand: str, sim: Simulator, clock: TickingClock) -> dict[str, Any]:
    """Volvo: one shared limiter at half Volvo's 100 calls a minute (sixty workers queue behind it, so
    bursts reach Volvo late and need the headroom), waiting as long as it takes; BMW: the quota lifted."""
    if brand == "volvo":
        from carconnect.volvo import RateLimiter

        return {"rate_limit": RateLimiter(requests_per_minute=50, commands_per_minute=5, max_wait=None, clock=clock)}
    from carconnect.bmw import QuotaBudget
    from carconnect.sim.brands.bmw import cardata_state

    cardata_state(sim.state).quota_limit = 10**9
    return {"quota": QuotaBudget(limit=10**9, clock=clock)}


@pytest.fixture
def soak_sim(brand: str) -> Iterator[tuple[Simulator, TickingClock]]:
    speed = LEEWAY[brand] / LATENCY_BUDGET
    clock = TickingClock(step=speed / TICKS_PER_SECOND, interval=1 / TICKS_PER_SECOND)
    with Simulator(seed=5, clock=clock) as sim:
        yield sim, clock
    clock.stop()


def _threads(harness: Harness, client: Any, vehicle: str, stop: threading.Event, outcomes: Outcomes) -> list[Any]:
    def work() -> None:
        while not stop.is_set():
            try:
                harness.read(client, vehicle)
            except Exception as error:  # counted: the test fails on any
                outcomes.record(error)
            else:
                outcomes.record(None)
            stop.wait(PAUSE[harness.brand])

    return [threading.Thread(target=work, name=f"soak-thread-{n}") for n in range(variant.BUDGET.soak_threads)]


async def _tasks(harness: Harness, clients: list[Any], vehicle: str, stop: threading.Event, outcomes: Outcomes) -> None:
    """The soak's asyncio tasks, spread evenly over ``clients`` (one per async transport stack)."""

    async def work(client: Any) -> None:
        while not stop.is_set():
            try:
                await harness.aread(client, vehicle)
            except Exception as error:
                outcomes.record(error)
            else:
                outcomes.record(None)
            await asyncio.sleep(PAUSE[harness.brand])

    await asyncio.gather(*(work(clients[n % len(clients)]) for n in range(variant.BUDGET.soak_tasks)))


@pytest.mark.parametrize("brand", list(LEEWAY))
def test_soak_refreshes_once_per_expiry(
    brand: str, soak_sim: tuple[Simulator, TickingClock], figures: Figures, leak_watch: LeakWatch
) -> None:
    sim, clock = soak_sim
    harness = HARNESSES[brand]
    if not harness.available():
        pytest.skip(f"carconnect-{brand} is not installed")
    leeway = LEEWAY[brand]
    fresh = harness.login(sim, clock)
    due_soon = clock.now() + timedelta(seconds=leeway + FIRST_EXPIRY * leeway / LATENCY_BUDGET)
    store = MemoryTokenStore(replace(fresh, expires_at=due_soon))
    expiries, outcomes, log = Expiries(), Outcomes(), WireLog()
    options = _options(brand, sim, clock)
    vehicle = harness.vehicle(sim)
    stop = threading.Event()
    transport = CountingTransport(log)
    sync_wiring = Wiring(clock=clock, transport=transport, timeout=SOAK_TIMEOUT, options=options)
    with harness.auth(sim, clock, timeout=SOAK_TIMEOUT) as auth, transport:
        manager = auth.token_manager(store, leeway=leeway)

        async def tasks() -> None:
            async with contextlib.AsyncExitStack() as stack:
                clients = []
                for name in ASYNC_STACKS:  # half the tasks on httpx's async transport, half on AsyncioTransport
                    async_transport = await stack.enter_async_context(AsyncCountingTransport(log, name))
                    wiring = Wiring(clock=clock, async_transport=async_transport, timeout=SOAK_TIMEOUT, options=options)
                    clients.append(await stack.enter_async_context(harness.async_client(sim, manager, wiring)))
                await _tasks(harness, clients, vehicle, stop, outcomes)
            await auth.aclose()  # its async client belongs to this event loop

        with harness.client(sim, manager, sync_wiring) as client:
            clock.start(on_tick=lambda: expiries.observe(store.load(), clock, leeway))
            started = time.monotonic()
            workers = _threads(harness, client, vehicle, stop, outcomes)
            workers.append(threading.Thread(target=lambda: asyncio.run(tasks()), name="soak-tasks"))
            for worker in workers:
                worker.start()
            time.sleep(variant.BUDGET.soak_seconds)
            # a stalled machine ticks less in that time: run on until two tokens fell due (bounded)
            deadline = time.monotonic() + 3 * variant.BUDGET.soak_seconds
            while len(expiries.stale) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            stop.set()
            for worker in workers:
                worker.join()
            clock.stop()
            seconds = time.monotonic() - started
            last = store.load()
            if last is not None and last.access_token in expiries.stale:
                harness.read(client, vehicle)  # the last expiry is refreshed by the next call
    watch_token(leak_watch, store.load())
    leak_watch.harvest(sim)
    issued = sum(1 for token in sim.oauth.tokens.values() if token.kind == "access")
    figures.add(
        "concurrency soak", brand, seconds=round(seconds, 1), threads=variant.BUDGET.soak_threads,
        tasks=variant.BUDGET.soak_tasks, async_transports=list(ASYNC_STACKS),
        requests=outcomes.ok + sum(outcomes.failed.values()), ok=outcomes.ok,
        failed=dict(outcomes.failed), ticks=clock.ticks, expiries=len(expiries.stale),
        refreshes=manager.refresh_count, tokens_issued=issued, statuses=dict(log.statuses), refusals=dict(log.refusals),
        sim_seconds=round(clock.ticks * clock.step), leeway=leeway, pause=PAUSE[brand], variant=variant.NAME,
    )  # fmt: skip
    assert not outcomes.failed, (outcomes.failed, outcomes.examples, log.statuses)
    assert outcomes.ok > 0
    assert len(expiries.stale) >= 2
    assert manager.refresh_count == len(expiries.stale)
    assert issued == 1 + manager.refresh_count, "the server issued tokens nobody asked for"
