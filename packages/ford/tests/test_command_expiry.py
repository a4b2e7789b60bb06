"""FordConnect forgets a command id 120 s after accepting it: the default wait ends before that, and a
poll that finds the id gone reports an unknown outcome, never a failure (the car may have acted)."""

from __future__ import annotations

from typing import Any

import pytest

from carconnect.core import FakeClock
from carconnect.ford import CommandPendingError, WaitPolicy
from carconnect.ford.commands import COMMAND_ID_LIFETIME, CONNECT_WAIT, DEFAULT_WAIT
from carconnect.sim import Simulator

SLOW_POLLS = 8
"""Polls a slow car keeps answering PENDINGRESPONSE (the first 8 of the default schedule end near 94 s)."""


def slow_car(sim: Simulator) -> Any:
    """A locked car whose unlock Ford reports pending for :data:`SLOW_POLLS` polls, as in the field."""
    car = next(vehicle for vehicle in sim.fleet.vehicles("ford") if not vehicle.is_electric)
    car.locked = True
    pending = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": "x"}
    sim.faults.add("error", brand="ford", method="GET", path="**/unlock/*", status=200, times=SLOW_POLLS, body=pending)
    return car


def test_the_connect_default_polls_only_while_ford_knows_the_id() -> None:
    assert CONNECT_WAIT.timeout < COMMAND_ID_LIFETIME == 120.0
    assert DEFAULT_WAIT.timeout == 300.0  # FordPass reads outcomes from telemetry: no id to expire


async def test_a_slow_command_is_read_before_its_id_expires(
    sim_client: Any, run: Any, sim: Simulator, clock: FakeClock
) -> None:
    car = slow_car(sim)
    client = sim_client("connect")
    handle = await run(client.unlock(car.id))
    accepted = clock.monotonic()
    result = await run(handle.wait())
    assert result.status == "COMPLETED"
    assert clock.monotonic() - accepted < COMMAND_ID_LIFETIME
    assert car.locked is False


async def test_an_expired_id_is_an_unknown_outcome_not_a_failure(
    sim_client: Any, run: Any, sim: Simulator, clock: FakeClock
) -> None:
    car = slow_car(sim)
    client = sim_client("connect", wait_policy=WaitPolicy(timeout=300.0))  # a caller's longer wait
    handle = await run(client.unlock(car.id))
    steps: list[str] = []
    with pytest.raises(CommandPendingError, match="no longer knows") as unknown:
        await run(handle.wait(progress=lambda step: steps.append(step.outcome)))
    assert unknown.value.status == "EMPTY"
    assert unknown.value.polls == SLOW_POLLS + 1
    assert unknown.value.may_have_run is True
    assert steps[-1] == "unknown"
    assert car.locked is False  # the car did carry it out: "failed" would have been wrong
    assert sim.deliveries.count("ford", car.id, "unlock") == 1
