"""What a command ends with once it may have reached the car: it is sent whatever ``wait`` is, the
wait runs on the client's clock, and nothing after Ford's acceptance raises."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from carconnect.core import FakeClock
from carconnect.garage import Command, CommandOutcome, Garage, Outcome, Progress, Vehicle
from carconnect.garage.testing import simulated_client
from carconnect.sim import Simulator

from .conftest import BRANDS

Clients = Callable[..., Any]
ANSWERED_AT_ONCE = [brand for brand in ("volvo", "smartcar") if brand in BRANDS]
"""Brands whose command request is also its answer."""
COMMAND_PATHS = {"volvo": "/commands/lock", "smartcar": "/security"}


def lockable(cars: list[Vehicle]) -> Vehicle:
    return next(car for car in cars if Command.LOCK in car.capabilities.commands)


@pytest.mark.parametrize("brand", ANSWERED_AT_ONCE)
async def test_wait_0_sends_the_command_and_does_not_wait_for_its_answer(
    brand: str, clients: Clients, sim: Simulator
) -> None:
    async with clients(brand) as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        sim.fleet.vehicle(brand, car.id).locked = False
        outcome = await car.lock(wait=0)
    assert outcome.outcome is Outcome.TIMED_OUT
    assert (outcome.reason or "").startswith("not waited for")
    assert sim.deliveries.count(brand, car.id, "lock") == 1  # the garage closed once the request had ended
    assert sim.fleet.vehicle(brand, car.id).locked


@pytest.mark.parametrize("brand", ANSWERED_AT_ONCE)
async def test_the_wait_for_an_answer_runs_on_the_clients_clock_and_the_command_still_goes_out(
    brand: str, sim: Simulator, clock: FakeClock
) -> None:
    released = asyncio.Event()

    async def slow_car(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith(COMMAND_PATHS[brand]):
            clock.advance(31)  # the car takes longer than the caller waits, on the client's clock
            await released.wait()

    client = simulated_client(brand, sim, clock=clock, event_hooks={"request": [slow_car]})
    async with Garage([client]) as garage:
        car = lockable(await garage.vehicles())
        sim.fleet.vehicle(brand, car.id).locked = False
        steps: list[Progress] = []
        async with asyncio.timeout(5):  # 30 real seconds would mean the loop's clock bounds the wait
            outcome = await car.lock(wait=30, progress=steps.append)
        assert outcome.outcome is Outcome.TIMED_OUT
        assert "no answer within 30 s" in (outcome.reason or "")
        assert [step.stage for step in steps] == ["sending", "done"]
        released.set()
    assert sim.deliveries.count(brand, car.id, "lock") == 1
    assert sim.fleet.vehicle(brand, car.id).locked


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "error", "status": 503},
        {"kind": "rate_limit", "retry_after": 120},
        {"kind": "drop"},
    ],
    ids=["server-error", "rate-limited", "dropped"],
)
async def test_a_ford_poll_that_fails_after_acceptance_leaves_the_outcome_unknown(
    fault: dict[str, Any], clients: Clients, sim: Simulator
) -> None:
    if "ford" not in BRANDS:
        pytest.skip("carconnect-ford is not installed")
    async with clients("ford") as found, Garage(found.values()) as garage:
        car = next(car for car in await garage.vehicles() if Command.UNLOCK in car.capabilities.commands)
        sim.fleet.vehicle("ford", car.id).locked = True
        sim.faults.add(**fault, brand="ford", method="GET", path="**/unlock/*")
        steps: list[Progress] = []
        outcome = await car.unlock(progress=steps.append)
    accepted = next(step.detail for step in steps if step.stage == "accepted")
    assert (outcome.outcome, outcome.vendor_status) == (Outcome.TIMED_OUT, "accepted")
    assert outcome.command_id == accepted
    assert "polling its outcome failed" in (outcome.reason or "")
    assert steps[-1] == Progress(Command.UNLOCK, "done", "timed_out")
    assert sim.deliveries.count("ford", car.id, "unlock") == 1
    assert not sim.fleet.vehicle("ford", car.id).locked


async def test_a_ford_command_carries_its_id(clients: Clients) -> None:
    if "ford" not in BRANDS:
        pytest.skip("carconnect-ford is not installed")
    async with clients("ford") as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        steps: list[Progress] = []
        outcome = await car.lock(progress=steps.append)
    assert outcome.succeeded
    assert outcome.command_id is not None
    assert outcome.command_id == next(step.detail for step in steps if step.stage == "accepted")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("RUNNING", Outcome.TIMED_OUT),
        ("WAITING", Outcome.TIMED_OUT),
        ("CAR_TIMEOUT", Outcome.TIMED_OUT),
        ("SIM_NEW_STATUS", Outcome.TIMED_OUT),
        ("REJECTED", Outcome.FAILED),
        ("DELIVERED", Outcome.SUCCEEDED),
    ],
)
async def test_a_volvo_lock_answer_is_an_outcome_by_its_invoke_status(
    status: str, expected: Outcome, clients: Clients, sim: Simulator
) -> None:
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    async with clients("volvo") as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        body = {"data": {"vin": car.vin, "invokeStatus": status, "message": "as Volvo said"}}
        sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=200, body=body, times=1)
        outcome = await car.lock()
    assert (outcome.outcome, outcome.vendor_status) == (expected, status)


def volvo_answer(command: str, status: str | None) -> Any:
    from carconnect.volvo import CommandResult
    from carconnect.volvo.commands import DOOR_COMMANDS, LOCK_SUCCESS, SUCCESS

    succeeded = status in (LOCK_SUCCESS if command in DOOR_COMMANDS else SUCCESS)
    return CommandResult(command, "YV1", status, succeeded=succeeded, message=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("command", "status", "expected"),
    [
        ("lock", "COMPLETED", Outcome.SUCCEEDED),
        ("lock", "DELIVERED", Outcome.SUCCEEDED),
        ("unlock", "DELIVERED", Outcome.SUCCEEDED),
        ("honk-flash", "DELIVERED", Outcome.TIMED_OUT),
        ("honk-flash", "SENT", Outcome.TIMED_OUT),
        ("unlock", "TIMEOUT", Outcome.TIMED_OUT),
        ("unlock", "DELIVERY_TIMEOUT", Outcome.TIMED_OUT),
        ("unlock", "UNKNOWN", Outcome.TIMED_OUT),
        ("unlock", None, Outcome.TIMED_OUT),
        ("unlock", "VEHICLE_IN_SLEEP", Outcome.FAILED),
        ("unlock", "UNLOCK_TIME_FRAME_PASSED", Outcome.FAILED),
        ("lock", "UNABLE_TO_LOCK_DOOR_OPEN", Outcome.FAILED),
        ("lock", "NOT_ALLOWED_PRIVACY_ENABLED", Outcome.FAILED),
    ],
)
def test_volvo_statuses_fail_only_when_volvo_says_the_command_will_not_run(
    command: str, status: str | None, expected: Outcome
) -> None:
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    from carconnect.garage.adapters.volvo_outcomes import outcome_of

    outcome: CommandOutcome = outcome_of(Command.LOCK, volvo_answer(command, status))
    assert (outcome.outcome, outcome.vendor_status) == (expected, status)
    if expected is Outcome.TIMED_OUT:
        assert "read the car's state" in (outcome.reason or "")


async def test_a_ford_wait_keeps_the_clients_poll_budget(sim: Simulator, clock: FakeClock) -> None:
    if "ford" not in BRANDS:
        pytest.skip("carconnect-ford is not installed")
    from carconnect.ford import WaitPolicy

    polls: list[float] = []

    async def count_polls(request: httpx.Request) -> None:
        if request.method == "GET" and "/unlock/" in request.url.path:
            polls.append(clock.monotonic())

    pending = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": "x"}
    sim.faults.add("error", brand="ford", method="GET", path="**/unlock/*", status=200, times=50, body=pending)
    budget = WaitPolicy(timeout=20.0, max_polls=2)
    client = simulated_client("ford", sim, clock=clock, wait_policy=budget, event_hooks={"request": [count_polls]})
    async with Garage([client]) as garage:
        car = next(car for car in await garage.vehicles() if Command.UNLOCK in car.capabilities.commands)
        outcome = await car.unlock()  # the garage's own wait is 300 s: the client's 20 s and 2 polls rule
    assert outcome.outcome == Outcome.TIMED_OUT
    assert len(polls) <= 2
    assert polls[-1] - polls[0] <= 20.0


FORD_LOCK = "**/lock"
"""FordConnect's lock request (its outcome is polled at ``**/lock/{commandId}``)."""


@pytest.mark.parametrize(
    ("brand", "fault"),
    [
        ("volvo", {"kind": "error", "status": 500}),
        ("volvo", {"kind": "error", "status": 200, "body": {"data": "not a command result"}}),
        ("smartcar", {"kind": "error", "status": 502, "times": 4}),
        ("ford", {"kind": "error", "status": 500}),
        ("volvo", {"kind": "drop"}),
    ],
    ids=["volvo-500", "volvo-unreadable", "smartcar-502", "ford-500", "volvo-dropped"],
)
async def test_a_command_the_vendor_took_but_answered_badly_is_timed_out_not_raised(
    brand: str, fault: dict[str, Any], clients: Clients, sim: Simulator
) -> None:
    """Raising would invite the caller to send it again, and run it twice."""
    if brand not in BRANDS:
        pytest.skip(f"carconnect-{brand} is not installed")
    path = FORD_LOCK if brand == "ford" else f"**{COMMAND_PATHS[brand]}"
    async with clients(brand) as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        sim.faults.add(**{"times": 1, **fault}, brand=brand, method="POST", path=path)
        outcome = await car.lock()
    assert outcome.outcome is Outcome.TIMED_OUT
    assert outcome.reason is not None
    assert "may have run; read the car's state before sending it again" in outcome.reason


@pytest.mark.parametrize("brand", ["volvo", "smartcar", "ford"])
async def test_a_refused_command_still_raises(brand: str, clients: Clients, sim: Simulator) -> None:
    if brand not in BRANDS:
        pytest.skip(f"carconnect-{brand} is not installed")
    from carconnect.core import BadRequestError

    path = FORD_LOCK if brand == "ford" else f"**{COMMAND_PATHS[brand]}"
    async with clients(brand) as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        sim.faults.add("error", brand=brand, method="POST", path=path, status=400, times=1)
        with pytest.raises(BadRequestError) as refused:
            await car.lock()
    assert refused.value.may_have_run is False


VOLVO_BUSY = {"error": {"message": "SERVICE_UNAVAILABLE", "description": "Not allowed, car is in use or asleep"}}
"""Volvo's refusal of a command while the car is in use or asleep, sent with a 503."""


async def test_a_refusal_the_vendor_sends_with_a_5xx_is_failed_not_timed_out(clients: Clients, sim: Simulator) -> None:
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    async with clients("volvo") as found, Garage(found.values()) as garage:
        car = lockable(await garage.vehicles())
        sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=503, body=VOLVO_BUSY)
        outcome = await car.lock()
    assert (outcome.outcome, outcome.vendor_status) == (Outcome.FAILED, "SERVICE_UNAVAILABLE")
