"""`carconnect command`: a command that did not succeed prints its result and exits FAILED, every brand."""

from __future__ import annotations

import json
from typing import Any

import pytest

from carconnect.cli import exitcodes

from .conftest import Cli

LOGIN_OPTIONS = {"ford": ("--api", "connect")}
"""Ford's commands are FordConnect's (FordConnect Query, the default, is read-only)."""


def first_vehicle(cli: Cli, brand: str) -> str:
    cli.json("login", brand, *LOGIN_OPTIONS.get(brand, ()))
    vehicle: str = cli.json("vehicles", brand)[0]["id"]
    return vehicle


def failed_with_result(cli: Cli, brand: str, vehicle: str, action: str) -> Any:
    result = cli("--json", "command", brand, vehicle, action)
    assert result.exit_code == exitcodes.FAILED, result.output
    assert f"{brand} {action} did not succeed" in result.stderr
    printed = json.loads(result.stdout)
    assert printed["succeeded"] is False
    return printed


def test_a_volvo_command_volvo_rejects(cli: Cli) -> None:
    vin = first_vehicle(cli, "volvo")
    body = {"data": {"vin": vin, "invokeStatus": "REJECTED", "message": "The vehicle refused."}}
    cli.sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=200, body=body, times=1)
    printed = failed_with_result(cli, "volvo", vin, "lock")
    assert (printed["status"], printed["message"]) == ("REJECTED", "The vehicle refused.")
    assert "reason" not in printed  # Volvo says it will not run: no doubt to report


@pytest.mark.parametrize("status", ["TIMEOUT", "RUNNING"])
def test_a_volvo_command_whose_outcome_volvo_leaves_open_says_so(cli: Cli, status: str) -> None:
    vin = first_vehicle(cli, "volvo")
    body = {"data": {"vin": vin, "invokeStatus": status}}
    cli.sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=200, body=body, times=1)
    printed = failed_with_result(cli, "volvo", vin, "lock")
    assert printed["status"] == status
    assert printed["reason"].startswith(f"outcome unknown: Volvo reports {status}")


def test_a_smartcar_command_without_success(cli: Cli) -> None:
    vehicle = first_vehicle(cli, "smartcar")
    body = {"status": "pending", "message": "Request sent to the vehicle"}
    cli.sim.faults.add("error", brand="smartcar", method="POST", path="**/security", status=200, body=body, times=1)
    assert failed_with_result(cli, "smartcar", vehicle, "lock")["status"] == "pending"


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        (
            {
                "kind": "error",
                "status": 200,
                "body": {"status": "SUCCESS", "commandStatus": "FAILED", "commandId": "c1"},
            },
            "FAILED",
        ),
        ({"kind": "error", "status": 503}, "accepted"),
    ],
    ids=["ford-reports-failed", "poll-fails"],
)
def test_a_ford_command_accepted_then_not_succeeded(cli: Cli, fault: dict[str, Any], status: str) -> None:
    vehicle = first_vehicle(cli, "ford")
    cli.sim.faults.add(**fault, brand="ford", method="GET", path="**/lock/*")
    printed = failed_with_result(cli, "ford", vehicle, "lock")
    assert printed["status"] == status
    assert printed["command_id"]


@pytest.mark.parametrize(("brand", "action"), [("volvo", "lock"), ("ford", "lock"), ("smartcar", "lock")])
def test_a_command_that_succeeded_exits_0(cli: Cli, brand: str, action: str) -> None:
    vehicle = first_vehicle(cli, brand)
    assert cli.json("command", brand, vehicle, action)["succeeded"] is True


def test_a_failed_command_error_exits_like_a_result_that_did_not_succeed() -> None:
    from carconnect.core import CommandFailedError, VehicleStateError

    assert exitcodes.classify(CommandFailedError("refused", code="REJECTED"), "volvo")[0] == exitcodes.FAILED
    assert exitcodes.classify(VehicleStateError("asleep", code="ASLEEP"), "volvo")[0] == exitcodes.VEHICLE


@pytest.mark.parametrize(("brand", "path"), [("volvo", "**/commands/lock"), ("smartcar", "**/security")])
def test_a_command_left_without_an_answer_is_an_unknown_outcome(cli: Cli, brand: str, path: str) -> None:
    """The connection dropped after the command went out: "try again later" could run it twice."""
    vehicle = first_vehicle(cli, brand)
    cli.sim.faults.add("drop", brand=brand, method="POST", path=path, times=1)
    printed = failed_with_result(cli, brand, vehicle, "lock")
    assert printed["status"] == "unknown"
    assert printed["reason"].startswith("outcome unknown: the command may have reached the vehicle")


@pytest.mark.parametrize(
    ("brand", "path", "fault"),
    [
        ("volvo", "**/commands/lock", {"status": 500}),
        ("smartcar", "**/security", {"status": 502, "times": 4}),
        ("volvo", "**/commands/lock", {"status": 200, "body": {"data": "not a command result"}}),
    ],
    ids=["volvo-500", "smartcar-502", "volvo-unreadable-answer"],
)
def test_a_command_answered_by_a_server_error_or_an_unreadable_body_is_an_unknown_outcome(
    cli: Cli, brand: str, path: str, fault: dict[str, Any]
) -> None:
    """The vendor had the command and failed or garbled its answer: it may have run all the same."""
    vehicle = first_vehicle(cli, brand)
    cli.sim.faults.add("error", brand=brand, method="POST", path=path, **{"times": 1, **fault})
    printed = failed_with_result(cli, brand, vehicle, "lock")
    assert printed["status"] == "unknown"
    assert printed["reason"].startswith("outcome unknown: the command may have reached the vehicle")


def test_a_refused_command_is_not_an_unknown_outcome(cli: Cli) -> None:
    vin = first_vehicle(cli, "volvo")
    cli.sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=400, times=1)
    result = cli("--json", "command", "volvo", vin, "lock")
    assert result.exit_code == exitcodes.FAILED, result.output
    assert "HTTP 400" in result.stderr
    assert "outcome unknown" not in result.output + result.stderr
    assert result.stdout == ""  # an error, not a result
