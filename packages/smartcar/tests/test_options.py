"""Client options (unit system, flags, user id), input checks, v3 command results, open enums."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import CommandFailedError, FakeClock
from carconnect.smartcar import SmartcarClient, models

from .conftest import API, V3, VEHICLE, make_client

CAR = f"{API}/vehicles/{VEHICLE}"


def test_unit_system_per_client_and_per_call(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(f"{CAR}/odometer").respond(json={"distance": 1})
    with make_client(router, clock, unit_system="imperial") as client:
        client.odometer(VEHICLE)
        client.odometer(VEHICLE, unit_system="metric")
    assert [call.request.headers["sc-unit-system"] for call in route.calls] == ["imperial", "metric"]
    with pytest.raises(ValueError, match="metric"):
        make_client(router, clock, unit_system="nautical")  # type: ignore[arg-type]


def test_flags_go_with_reads_and_commands(router: respx.Router, clock: FakeClock) -> None:
    read = router.get(f"{CAR}/odometer").respond(json={"distance": 1})
    command = router.post(f"{CAR}/security").respond(json={"status": "success"})
    passthrough = router.get(f"{CAR}/tesla/compass").respond(json={})
    with make_client(router, clock, flags={"country": "DE", "beta": True}) as client:
        client.odometer(VEHICLE)
        client.lock(VEHICLE)
        client.request(VEHICLE, "GET", "tesla/compass", headers={"sc-unit-system": "imperial"})
    for route in (read, command, passthrough):
        assert route.calls.last.request.url.params["flags"] == "country:DE beta:true"
    assert passthrough.calls.last.request.headers["sc-unit-system"] == "imperial", "your headers win"


def test_flags_join_a_query_string_of_a_passthrough_path(router: respx.Router, clock: FakeClock) -> None:
    passthrough = router.get(f"{CAR}/tesla/compass").respond(json={})
    with make_client(router, clock, flags={"country": "DE"}) as client:
        client.request(VEHICLE, "GET", "tesla/compass?units=deg")
    assert dict(passthrough.calls.last.request.url.params) == {"units": "deg", "flags": "country:DE"}


def test_v3_calls_need_a_user(router: respx.Router, clock: FakeClock) -> None:
    router.get(f"{V3}/vehicles/{VEHICLE}/signals").respond(json={"data": []})
    with SmartcarClient("t", transport=httpx.MockTransport(router.handler), clock=clock) as client:
        with pytest.raises(ValueError, match="user_id"):
            client.v3.signals(VEHICLE)
        client.v3.signals(VEHICLE, user_id="u-2")
        assert client.user_id is None
        assert client.unit_system == models.UnitSystem.METRIC


BAD_INPUT: list[tuple[str, Callable[[Any], Any], str]] = [
    ("v2-limit-low", lambda c: c.set_charge_limit(VEHICLE, 0.3), "limit must be"),
    ("v2-limit-bool", lambda c: c.set_charge_limit(VEHICLE, True), "limit must be"),
    ("latitude", lambda c: c.send_destination(VEHICLE, 91, 0), "latitude must be"),
    ("v3-percent", lambda c: c.v3.set_charge_limit(VEHICLE, 101), "percent must be"),
    ("longitude", lambda c: c.v3.set_destination(VEHICLE, 0, 181), "longitude must be"),
    (
        "clock-time",
        lambda c: c.v3.set_daily_charge_schedule(
            VEHICLE, latitude=0, longitude=0, start_time="25:00", stop_time="1:00"
        ),
        "start_time must be",
    ),
    (
        "weekly-days",
        lambda c: c.v3.set_weekly_charge_schedule(
            VEHICLE, latitude=0, longitude=0, start_time="1:00", stop_time="2:00", days=[]
        ),
        "at least one day",
    ),
    (
        "weekly-days-one-string",
        lambda c: c.v3.set_weekly_charge_schedule(
            VEHICLE, latitude=0, longitude=0, start_time="1:00", stop_time="2:00", days="MONDAY"
        ),
        "days must be a list",
    ),
    (
        "weekly-days-unknown",
        lambda c: c.v3.set_weekly_charge_schedule(
            VEHICLE, latitude=0, longitude=0, start_time="1:00", stop_time="2:00", days=["MONDAY", "FUNDAY"]
        ),
        "unknown day of the week 'FUNDAY'",
    ),
    ("batch-one-string", lambda c: c.batch(VEHICLE, "/odometer"), "paths must be a list"),
    ("delete-filter", lambda c: c.management.delete_connections(), "user_id, vehicle_id or both"),
    ("no-scope", lambda c: c.compatibility("VIN", []), "at least one permission"),
    ("unit", lambda c: c.odometer(VEHICLE, unit_system="furlongs"), "metric"),
]


@pytest.mark.parametrize(("invoke", "message"), [case[1:] for case in BAD_INPUT], ids=[case[0] for case in BAD_INPUT])
def test_bad_input_is_refused_before_sending(
    invoke: Callable[[Any], Any], message: str, router: respx.Router, client: SmartcarClient
) -> None:
    with pytest.raises(ValueError, match=message):
        invoke(client)
    assert router.calls.call_count == 0


def test_weekly_days_are_sent_upper_case(router: respx.Router, client: SmartcarClient) -> None:
    execution = {"id": "s1", "type": "charge-schedule", "attributes": {"status": {"value": "SUCCESS"}}}
    route = router.post(f"{V3}/vehicles/{VEHICLE}/charge-schedules/weekly").respond(200, json={"data": execution})
    client.v3.set_weekly_charge_schedule(
        VEHICLE, latitude=0, longitude=0, start_time="1:00", stop_time="2:00", days=["monday", " Friday"]
    )
    sent = json.loads(route.calls.last.request.content)
    assert sent["data"]["attributes"]["days"] == ["MONDAY", "FRIDAY"]


@pytest.mark.parametrize("scopes", ["read_odometer read_vin", ["read_odometer", "read_vin"]], ids=repr)
def test_compatibility_scopes_may_be_one_space_separated_string(
    scopes: Any, router: respx.Router, client: SmartcarClient
) -> None:
    body: dict[str, Any] = {"compatible": True, "reason": None, "capabilities": []}
    single = router.get(f"{API}/compatibility").respond(200, json=body)
    matrix = router.get(f"{API}/compatibility/matrix").respond(200, json={})
    client.compatibility("VIN1", scopes)
    client.compatibility_matrix("US", scopes=scopes)
    assert single.calls.last.request.url.params["scope"] == "read_odometer read_vin", "never split into letters"
    assert matrix.calls.last.request.url.params["scope"] == "read_odometer read_vin"


EXECUTION = {"id": "e1", "type": "command-execution", "attributes": {"status": {"value": "SUCCESS"}}}


def test_a_202_command_is_still_running(router: respx.Router, client: SmartcarClient) -> None:
    router.post(f"{V3}/vehicles/{VEHICLE}/commands/security/lock").respond(
        202, json={"data": EXECUTION}, headers={"SC-Request-Id": "r-7"}
    )
    result = client.v3.lock(VEHICLE)
    assert (result.finished, result.succeeded, result.request_id) == (False, False, "r-7")  # not yet
    assert result.status == "SUCCESS"


def test_a_finished_command_that_failed_raises(router: respx.Router, client: SmartcarClient) -> None:
    failed = {**EXECUTION, "attributes": {"status": {"value": "ERROR"}}}
    router.post(f"{V3}/vehicles/{VEHICLE}/commands/security/lock").respond(200, json={"data": failed})
    with pytest.raises(CommandFailedError) as caught:
        client.v3.lock(VEHICLE)
    assert caught.value.body["id"] == "e1"


def test_values_smartcar_adds_later_keep_their_raw_value(router: respx.Router, client: SmartcarClient) -> None:
    router.get(f"{CAR}/charge").respond(json={"isPluggedIn": True, "state": "DISCHARGING"})
    state = client.charge(VEHICLE).data.state
    assert state is not None
    assert (state.value, state.is_known) == ("DISCHARGING", False)


def test_v3_reads_carry_the_client_unit_system(router: respx.Router, clock: FakeClock) -> None:
    read = router.get(f"{V3}/vehicles/{VEHICLE}/signals").respond(json={"data": []})
    command = router.post(f"{V3}/vehicles/{VEHICLE}/commands/security/lock").respond(202, json={"data": EXECUTION})
    with make_client(router, clock, unit_system="imperial") as client:
        client.v3.signals(VEHICLE)
        client.v3.lock(VEHICLE)
    assert read.calls.last.request.headers["sc-unit-system"] == "imperial"
    assert "sc-unit-system" not in command.calls.last.request.headers
