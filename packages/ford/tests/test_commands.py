"""The waiting logic on its own, Ford's value formats, and sync/async parity of every client."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Generator
from datetime import UTC, datetime
from typing import Any

import pytest

from carconnect.core import CommandFailedError, FakeClock
from carconnect.ford import (
    AsyncFordClient,
    AsyncFordConnectClient,
    AsyncFordPassClient,
    CommandPendingError,
    CommandProgress,
    FordClient,
    FordConnectClient,
    FordPassClient,
    WaitPolicy,
    format_timestamp,
    parse_timestamp,
    position_of,
)
from carconnect.ford.commands import CommandResult, Outcome, Poll, Sleep, Step, wait_flow
from carconnect.ford.models import connect

Flow = Generator[Step, CommandProgress[str] | None, CommandResult[str]]


def drive(flow: Any, outcomes: list[Outcome], clock: FakeClock) -> tuple[Any, list[float]]:
    """Run a wait flow by hand: each poll answers the next outcome."""
    sleeps: list[float] = []
    reply = None
    answers = iter(outcomes)
    while True:
        try:
            step = flow.send(reply)
        except StopIteration as stop:
            return stop.value, sleeps
        if isinstance(step, Sleep):
            sleeps.append(step.seconds)
            clock.advance(step.seconds)
            reply = None
        else:
            assert isinstance(step, Poll)
            reply = CommandProgress(next(answers), "raw", "answer")


def test_delays_grow_and_are_capped() -> None:
    policy = WaitPolicy()
    assert [policy.delay(n) for n in range(4)] == [2.0, 3.0, 4.5, 6.75]
    assert policy.delay(20) == 30.0
    assert policy.timeout <= 300
    assert policy.max_polls <= 15


@pytest.mark.parametrize(
    "arguments",
    [{"timeout": 0}, {"max_polls": 0}, {"first_delay": -1}, {"multiplier": 0.5}],
)
def test_policy_rejects_nonsense(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="positive"):
        WaitPolicy(**arguments)  # type: ignore[arg-type]


def test_success_after_pending() -> None:
    clock = FakeClock()
    result, sleeps = drive(wait_flow("lock", "c-1", WaitPolicy(), clock), ["pending", "succeeded"], clock)
    assert result.polls == 2
    assert result.response == "answer"
    assert sleeps == [2.0, 3.0]


def test_the_poll_budget_bounds_the_polls() -> None:
    clock = FakeClock()
    flow: Flow = wait_flow("lock", "c-1", WaitPolicy(max_polls=3, timeout=1000), clock)
    with pytest.raises(CommandPendingError) as caught:
        drive(flow, ["pending"] * 10, clock)
    assert caught.value.polls == 3
    assert caught.value.command_id == "c-1"


def test_the_deadline_bounds_the_waiting() -> None:
    clock = FakeClock()
    flow: Flow = wait_flow("lock", "c-1", WaitPolicy(timeout=7.0, max_polls=50), clock)
    with pytest.raises(CommandPendingError):
        drive(flow, ["pending"] * 50, clock)
    assert clock.monotonic() - 1000.0 == pytest.approx(7.0)  # 2 + 3 + 2 (the rest of the deadline)


def test_a_failed_acceptance_raises_before_any_poll() -> None:
    clock = FakeClock()
    initial = CommandProgress("failed", "FAILED", "answer", reason="precluded", code="X")
    flow: Flow = wait_flow("lock", "c-1", WaitPolicy(), clock, initial)
    with pytest.raises(CommandFailedError, match="precluded") as caught:
        next(flow)
    assert getattr(caught.value, "code", None) == "X"


@pytest.mark.parametrize(
    ("outcomes", "raised", "last"),
    [
        (["pending", "succeeded"], None, "lock c-1: succeeded (raw) after 2 polls"),
        (["pending", "failed"], CommandFailedError, "lock c-1: failed (raw) after 2 polls"),
        (["pending", "unknown"], CommandPendingError, "lock c-1: outcome unknown, Ford no longer knows the command"),
        (["pending"] * 3, CommandPendingError, "lock c-1: still raw after 3 polls; gave up waiting"),
    ],
    ids=["succeeded", "failed", "unknown", "gave-up"],
)
def test_polls_log_at_debug_and_the_outcome_once_at_info(
    outcomes: list[Outcome], raised: type[Exception] | None, last: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    clock = FakeClock()
    flow: Flow = wait_flow("lock", "c-1", WaitPolicy(max_polls=3, timeout=1000), clock)
    if raised is None:
        drive(flow, outcomes, clock)
    else:
        with pytest.raises(raised):
            drive(flow, outcomes, clock)
    levels = [record.levelname for record in caplog.records]
    assert levels == ["DEBUG"] * len(outcomes) + ["INFO"]  # one per poll, then the outcome; no WARNING
    assert caplog.records[-1].getMessage().startswith(last)


def test_a_failed_acceptance_is_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    initial = CommandProgress("failed", "FAILED", "answer", reason="precluded", code="X")
    with pytest.raises(CommandFailedError):
        next(wait_flow("lock", "c-1", WaitPolicy(), FakeClock(), initial))
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("INFO", "lock c-1: failed (FAILED) when Ford accepted it")
    ]


def test_ford_timestamps_and_coordinates() -> None:
    moment = parse_timestamp("11-22-2026 04:20:07")
    assert moment == datetime(2026, 11, 22, 4, 20, 7, tzinfo=UTC)
    assert format_timestamp(moment) == "11-22-2026 04:20:07"
    assert parse_timestamp(None) is None
    assert parse_timestamp(connect.UNSET) is None
    with pytest.raises(ValueError, match="does not match"):
        parse_timestamp("2026-11-22T04:20:07Z")
    location = connect.VehicleLocation(latitude="36.113439", longitude="-95.905261", time_stamp="11-22-2026 04:20:07")
    position = position_of(location)
    assert position is not None
    assert (position.latitude, position.longitude) == (36.113439, -95.905261)
    assert position.timestamp == moment
    assert position_of(connect.VehicleLocation(latitude=None)) is None
    assert position_of(None) is None


def _public(cls: type) -> list[str]:
    return [name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")]


def _ordered(cls: type) -> list[str]:
    return [name for name in vars(cls) if not name.startswith("_") and inspect.isfunction(vars(cls)[name])]


@pytest.mark.parametrize(
    ("sync", "async_"),
    [(FordClient, AsyncFordClient), (FordConnectClient, AsyncFordConnectClient), (FordPassClient, AsyncFordPassClient)],
)
def test_sync_and_async_clients_have_the_same_methods_in_the_same_order(sync: type, async_: type) -> None:
    lifecycle = {"close", "aclose"}
    assert [name for name in _ordered(sync) if name not in lifecycle] == [
        name for name in _ordered(async_) if name not in lifecycle
    ]
    for name in set(_public(sync)) - lifecycle - {"__enter__", "__exit__"}:
        if name in vars(sync):
            assert inspect.iscoroutinefunction(getattr(async_, name)), name
            sync_params = list(inspect.signature(getattr(sync, name)).parameters)
            assert sync_params == list(inspect.signature(getattr(async_, name)).parameters), name
