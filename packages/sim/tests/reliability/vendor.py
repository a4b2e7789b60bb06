"""Running vendor error answers against a brand client: ten calls, and what went over the wire.

Each run resets the simulator, logs the demo user in (a fresh token, or a stale one for token-endpoint
answers), lets the simulator send one documented vendor answer (``vendor`` fault) on the call's path,
and makes :data:`CALLS` calls with one client (sync, or async on httpx's transport or on
``AsyncioTransport``). A zero-delay ``latency`` fault on the token endpoint
counts every token-endpoint request; a counting transport counts the API requests.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from carconnect.core import CarConnectError, FakeClock, MemoryTokenStore, RetryPolicy, Token
from carconnect.sim import Fault, Simulator
from carconnect.sim.profiles import vendor_error

from .harness import FORDPASS, HARNESSES, Harness, Wiring
from .leaks import LeakWatch
from .wire import AsyncCountingTransport, CountingTransport, WireLog

CALLS = 10
USER_RETRY = RetryPolicy(max_retries=5, deadline=600.0, retry_statuses=frozenset({429, 500, 502, 503, 504}))
"""A generous policy a user might pass: it would re-send 429s and every 5xx if brand rules were dropped."""
Call = Literal["read", "command", "v3 read", "fordpass read"]
WAITING = ("RateLimitError", "QuotaExceededError", "ServerError", "VehicleUnavailableError", "VehicleStateError")
"""Error classes that tell the caller waiting may help."""


@dataclass(frozen=True)
class Expect:
    """What a client must do with one vendor answer."""

    errors: tuple[str, ...]
    """Acceptable error class names (the exact class, not a base)."""
    refresh: bool = False
    """The answer says the access token itself is bad: refresh once and replay once."""
    sends: int | None = 1
    """Requests one call may send (``None``: as many as the retry policy allows); a client that knows
    the answer still holds (a spent quota) may refuse later calls without sending them."""
    never_wait: bool = False
    """The error must not suggest that waiting helps (no waiting class, no ``retry_after``)."""
    code: str | None = None
    """The error's ``code``: the vendor's own code."""
    names: str | None = None
    """Words the message must contain: what to fix."""
    carries: str | None = None
    """Text the error's ``details`` must hold (the vendor's re-authentication link...)."""
    retry_after: float | None = None


@dataclass(frozen=True)
class Case:
    """One vendor answer on one call of one brand."""

    brand: str
    shape: str
    expect: Expect
    call: Call = "read"

    @property
    def harness(self) -> Harness:
        return FORDPASS if self.call == "fordpass read" else HARNESSES[self.brand]

    @property
    def name(self) -> str:
        return f"{self.brand}-{self.shape}" + ("" if self.call == "read" else f"-{self.call}")


@dataclass
class Run:
    """What ten calls did."""

    outcomes: list[str] = field(default_factory=list)
    errors: list[CarConnectError] = field(default_factory=list)
    token_calls: int = 0
    requests: int = 0
    fired: int = 0
    max_retries: int = 0
    """The client's retry policy's count (the brand's rules come on top)."""
    login: Token | None = None
    stored: Token | None = None


def _call_path(harness: Harness, call: Call) -> tuple[str, str, str]:
    """(host, method, vendor path) of the call a fault goes on."""
    if call == "command":
        return harness.command_host, "POST", harness.command_path
    if call == "v3 read":
        return "vehicle", "GET", "/v3/vehicles/{vehicle_id}"
    return harness.read_host, "GET", harness.read_path


def _options(sim: Simulator, call: Call) -> dict[str, Any]:
    if call != "v3 read":
        return {}
    return {"v3_url": sim.url("smartcar", "vehicle"), "user_id": sim.fleet.owner("smartcar").id}


def _invoke(harness: Harness, client: Any, vehicle: str, call: Call) -> Any:
    """The call (a coroutine on an async client)."""
    if call == "command":
        return harness.command(client, vehicle)
    if call == "v3 read":
        return client.v3.vehicle(vehicle)
    return harness.read(client, vehicle)


def _count_token_endpoints(sim: Simulator, harness: Harness) -> list[Fault]:
    """Zero-delay faults on every token endpoint of the brand: their ``fired`` counts the requests."""
    return [
        sim.faults.add("latency", brand=harness.brand, host=host, method="POST", path=path)
        for host, path in harness.token_endpoints(sim)
    ]


Stack = Literal["sync", "httpx", "asyncio"]
"""The sync client, or the async client on httpx's transport or on ``AsyncioTransport``."""


def run_case(
    sim: Simulator,
    clock: FakeClock,
    case: Case,
    retry: RetryPolicy | None,
    watch: LeakWatch,
    *,
    persistent: bool,
    stack: Stack = "sync",
) -> Run:
    """Ten calls of one client meeting ``case``'s answer (once, or on every request when ``persistent``)."""
    harness = case.harness
    watch.harvest(sim)
    sim.reset()
    shape = vendor_error(case.brand, case.shape)
    login = harness.login(sim, clock, stale=shape.where == "token")
    store = MemoryTokenStore(login)
    run, log = Run(login=login), WireLog()
    token_endpoints = _count_token_endpoints(sim, harness)
    if shape.where == "token":
        (host, path), method = harness.token_endpoint(sim), "POST"
    else:
        host, method, path = _call_path(harness, case.call)
    fault = sim.faults.add(
        "vendor", brand=case.brand, shape=case.shape, host=host, method=method, path=path,
        times=None if persistent else 1,
    )  # fmt: skip
    wiring = Wiring(clock=clock, retry=retry, options=_options(sim, case.call))
    calls = _Calls(harness, case, harness.vehicle(sim), run, watch)
    if stack == "sync":
        transport = CountingTransport(log)
        sync_wiring = replace(wiring, transport=transport)
        with (
            harness.auth(sim, clock) as auth,
            transport,
            harness.client(sim, auth.token_manager(store), sync_wiring) as client,
        ):
            calls.sync(client)
    else:
        asyncio.run(
            calls.in_loop(sim, clock, store, replace(wiring, async_transport=AsyncCountingTransport(log, stack)))
        )
    baseline = harness.baseline_token_calls if shape.where == "api" else 0
    run.token_calls = sum(counter.fired for counter in token_endpoints) - baseline
    run.fired = fault.fired
    run.requests, run.stored = log.total, store.load()
    watch.harvest(sim)
    return run


@dataclass(frozen=True)
class _Calls:
    """The ten calls of one run, noted in ``run``."""

    harness: Harness
    case: Case
    vehicle: str
    run: Run
    watch: LeakWatch

    def _noted(self, error: CarConnectError | None) -> None:
        if error is None:
            self.run.outcomes.append("ok")
            return
        self.watch.produced(f"vendor {self.case.name}", error)
        self.run.errors.append(error)
        self.run.outcomes.append(type(error).__name__)

    def _start(self, client: Any) -> None:
        self.run.max_retries = self.harness.policy(client, self.case.call == "command").max_retries

    def sync(self, client: Any) -> None:
        self._start(client)
        for _ in range(CALLS):
            try:
                _invoke(self.harness, client, self.vehicle, self.case.call)
            except CarConnectError as error:
                self._noted(error)
            else:
                self._noted(None)

    async def in_loop(self, sim: Simulator, clock: FakeClock, store: MemoryTokenStore, wiring: Wiring) -> None:
        """The async client's calls (its OAuth client's async connections belong to this loop)."""
        assert wiring.async_transport is not None
        async with (
            self.harness.auth(sim, clock) as auth,
            wiring.async_transport,
            self.harness.async_client(sim, auth.token_manager(store), wiring) as client,
        ):
            self._start(client)
            for _ in range(CALLS):
                try:
                    await _invoke(self.harness, client, self.vehicle, self.case.call)
                except CarConnectError as error:
                    self._noted(error)
                else:
                    self._noted(None)
