"""`carconnect stream bmw` against the simulator's broker (a publisher thread keeps the cars talking)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from carconnect.cli import exitcodes
from carconnect.sim.mqtt.broker import CarDataBroker


@pytest.mark.usefixtures("logged_in")
def test_stream_prints_one_json_object_per_update(cli: Any, broker: CarDataBroker, talking: str) -> None:
    port = str(broker.port)
    result = cli("stream", "bmw", talking, "--json", "--plain", "--port", port, "--count", "3")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert f"subscribed to {talking}; waiting for updates" in result.stderr
    assert len(rows) == 3
    assert {row["vin"] for row in rows} == {talking}
    assert all(row["descriptor"] == "vehicle.vehicle.travelledDistance" for row in rows)
    assert all(isinstance(row["value"], float) and row["timestamp"] for row in rows)


@pytest.mark.usefixtures("logged_in")
def test_stream_prints_lines_and_typed_errors(cli: Any, broker: CarDataBroker, talking: str) -> None:
    port = str(broker.port)
    result = cli("stream", "bmw", talking, "--plain", "--port", port, "--count", "1")
    assert result.exit_code == 0, result.output
    assert f"{talking}  vehicle.vehicle.travelledDistance = " in result.stdout
    broker.refuse_subscriptions(talking)
    try:
        refused = cli("stream", "bmw", talking, "--plain", "--port", port)
    finally:
        broker.refuse_subscriptions(talking, refused=False)
    assert refused.exit_code == exitcodes.FAILED
    assert "BMW CarData portal" in refused.stderr


@pytest.mark.usefixtures("logged_in")
def test_stream_takes_the_shared_options_after_the_sub_command(cli: Any, broker: CarDataBroker, talking: str) -> None:
    port = str(broker.port)
    args = ["stream", "bmw", talking, "--plain", "--port", port, "--count", "1", "--sim", cli.sim.base_url, "--json"]
    result = cli(*args, sim=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["vin"] == talking


def test_stream_errors_are_one_line_with_the_login_that_fixes_them(cli: Any) -> None:
    result = cli("stream", "bmw", "--plain", "--port", "1")  # never logged in: fails before connecting
    assert result.exit_code == exitcodes.LOGIN_REQUIRED
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: login_required: ")
    assert lines[0].endswith(f"log in again: carconnect login bmw --sim {cli.sim.base_url}")
    assert "log in again - log in again" not in lines[0]


OUT_OF_RANGE = [("--count", "0"), ("--count", "-1"), ("--port", "0"), ("--port", "99999")]


@pytest.mark.parametrize(("option", "value"), OUT_OF_RANGE)
def test_stream_options_out_of_range_are_usage_errors(cli: Any, option: str, value: str) -> None:
    result = cli("stream", "bmw", "--plain", option, value)  # never waits: rejected before logging in
    assert result.exit_code == exitcodes.USAGE
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert option in lines[0]


@pytest.mark.usefixtures("logged_in")
def test_a_mistyped_vin_is_an_error_not_a_wait_for_updates_that_never_come(cli: Any, broker: CarDataBroker) -> None:
    vin = cli.sim.fleet.vehicles("bmw")[0].vin.lower()
    result = cli("stream", "bmw", vin, "--plain", "--port", str(broker.port))
    assert result.exit_code != 0
    assert "invalid VIN format" in result.stderr
    assert "upper case" in result.stderr
    assert "waiting for updates" not in result.stderr
