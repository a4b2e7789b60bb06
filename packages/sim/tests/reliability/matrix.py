"""Running one cell of the fault matrix: one fault, one brand, one operation, every invariant measured."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from carconnect.core import CarConnectError, FakeClock, RetryPolicy
from carconnect.sim import FaultKind, Simulator

from .harness import TIMEOUT, Harness, Wiring
from .leaks import LeakWatch
from .wire import AsyncCountingTransport, AsyncStack, CountingTransport, WireLog

Operation = Literal["read", "async read", "asyncio read", "command"]
"""``async read`` runs on httpx's own async transport (the default), ``asyncio read`` on ``AsyncioTransport``."""
OPERATIONS: tuple[Operation, ...] = ("read", "async read", "asyncio read", "command")
ASYNC_READS: dict[Operation, AsyncStack] = {"async read": "httpx", "asyncio read": "asyncio"}
READS: tuple[Operation, ...] = ("read", "async read", "asyncio read")
WITH_ASYNC: tuple[Operation, ...] = OPERATIONS
"""For faults where the async transport stacks behave differently (sockets, timeouts, retry loops, streaming)."""
LARGE_PADDING = 8 * 1024 * 1024
"""Bytes of padding in the "very large body" cases."""
SETTLE = 0.1
"""Real seconds a timed-out request is given to finish on the server before deliveries are counted."""


def timeout_for(case: Case) -> httpx.Timeout:
    """Half the fault's latency for a read-timeout case (the latency then is the timeout), else generous."""
    return httpx.Timeout(case.delay / 2, connect=5.0) if case.kind == "latency" else TIMEOUT


@dataclass(frozen=True)
class Case:
    """One fault, as given to ``sim.faults.add``; ``large`` pads the body to :data:`LARGE_PADDING`."""

    name: str
    kind: FaultKind
    times: int | None = 1
    status: int | None = None
    retry_after: int | None = None
    delay: float = 0.0
    body: str | None = None
    large: bool = False
    operations: tuple[Operation, ...] = ("read", "command")


@dataclass(frozen=True)
class Cell:
    """What happened: the outcome and every figure an invariant is checked on."""

    brand: str
    case: str
    operation: Operation
    outcome: str
    """``ok`` or the error class name."""
    attempts: int
    waited: float
    """Seconds of (fake) backoff and ``Retry-After`` waits."""
    seconds: float
    """Real duration of the call."""
    delivered: int
    fired: int
    max_retries: int
    deadline: float | None
    budget_balance: float | None
    retry_after: float | None
    message_length: int

    @property
    def retries(self) -> int:
        return self.attempts - 1


def _large_json(sim: Simulator, harness: Harness, token: str, clock: FakeClock) -> dict[str, Any]:
    """The read's real answer plus a very large extra member."""
    log = WireLog()
    transport = CountingTransport(log, keep=True)
    with transport, harness.client(sim, token, Wiring(clock=clock, transport=transport)) as client:
        harness.read(client, harness.vehicle(sim))
    assert log.last_body is not None
    body: dict[str, Any] = json.loads(log.last_body)
    body["reliabilityPadding"] = "x" * LARGE_PADDING
    return body


def _add_fault(sim: Simulator, harness: Harness, case: Case, operation: Operation, token: str, clock: FakeClock) -> Any:
    command = operation == "command"
    body: Any = case.body
    if case.large and case.kind == "error":
        body = _large_json(sim, harness, token, clock)
    elif case.large:
        body = "<html><body>" + "x" * LARGE_PADDING + "</body></html>"
    return sim.faults.add(
        case.kind,
        brand=harness.brand,
        host=harness.command_host if command else harness.read_host,
        method="POST" if command else "GET",
        path=harness.command_path if command else harness.read_path,
        times=case.times,
        status=case.status,
        retry_after=case.retry_after,
        delay=case.delay,
        body=body,
    )


def run_cell(
    sim: Simulator, clock: FakeClock, harness: Harness, case: Case, operation: Operation, watch: LeakWatch
) -> Cell:
    """Reset the simulator, inject the fault, call once with a fresh client, and measure."""
    watch.harvest(sim)
    sim.reset()
    token = harness.access_token(sim)
    vehicle = harness.vehicle(sim)
    fault = _add_fault(sim, harness, case, operation, token, clock)
    log = WireLog()
    wiring = Wiring(
        clock=clock,
        transport=CountingTransport(log),
        async_transport=AsyncCountingTransport(log, ASYNC_READS[operation]) if operation in ASYNC_READS else None,
        timeout=timeout_for(case),
    )
    assert wiring.transport is not None
    sleeps_before = len(clock.sleeps)
    error: CarConnectError | None = None
    started = time.perf_counter()
    if operation in ASYNC_READS:
        error, policy = asyncio.run(_async_read(sim, harness, token, vehicle, wiring))
    else:
        with wiring.transport, harness.client(sim, token, wiring) as client:
            policy = harness.policy(client, operation == "command")
            try:
                harness.command(client, vehicle) if operation == "command" else harness.read(client, vehicle)
            except CarConnectError as exc:
                error = exc
    seconds = time.perf_counter() - started
    if case.kind == "latency":
        time.sleep(max(case.delay - seconds, 0) + SETTLE)
    if error is not None:
        watch.produced(f"fault matrix {harness.brand} {case.name} {operation}", error)
    watch.harvest(sim)
    return Cell(
        brand=harness.brand,
        case=case.name,
        operation=operation,
        outcome="ok" if error is None else type(error).__name__,
        attempts=log.total,
        waited=round(sum(clock.sleeps[sleeps_before:]), 3),
        seconds=round(seconds, 3),
        delivered=harness.delivered(sim),
        fired=fault.fired,
        max_retries=policy.max_retries,
        deadline=policy.deadline,
        budget_balance=policy.budget.balance if policy.budget is not None else None,
        retry_after=getattr(error, "retry_after", None),
        message_length=len(str(error)) if error is not None else 0,
    )


async def _async_read(
    sim: Simulator, harness: Harness, token: str, vehicle: str, wiring: Wiring
) -> tuple[CarConnectError | None, RetryPolicy]:
    assert wiring.async_transport is not None
    async with wiring.async_transport, harness.async_client(sim, token, wiring) as client:
        policy = harness.policy(client, False)
        try:
            await harness.aread(client, vehicle)
        except CarConnectError as exc:
            return exc, policy
    return None, policy
