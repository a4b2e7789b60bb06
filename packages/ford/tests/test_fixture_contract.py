"""Contract test through the clients: every captured Ford payload, served by respx at the endpoint it
belongs to, comes back from the client method as its typed model, or raises the right typed error.

The payloads stay outside the repository, in ``$CARCONNECT_FIXTURES/ford``; the folder is read at run
time so new captures are picked up (a file no scenario matches fails). Runs for the sync and the async
clients.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    ReauthorizationRequiredError,
)
from carconnect.ford import AUTONOMIC_URL, CONNECT_API_URL, AsyncCommandHandle, CommandHandle
from carconnect.ford.models import connect, fordpass
from carconnect.sim.vendor_fixtures import fixtures_root

VEHICLE_ID = "12341234123412341234123412341234"
COMMAND_ID = "da29c19c-4a49-4ca1-8db0-20060fc05844"
VIN = "1FMJK2AT9MEA00000"
V1 = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}"
V3 = f"{CONNECT_API_URL}/api/fordconnect/v3/vehicles"
TELEMETRY = f"{AUTONOMIC_URL}/v1/telemetry/sources/fordpass/vehicles/{VIN}"
COMMANDS = f"{AUTONOMIC_URL}/v1/command/vehicles/{VIN}/commands"


@dataclass(frozen=True)
class Scenario:
    """Where a payload is served, which client method reads it, and what that must give."""

    pattern: str
    api: str
    method: str
    http: str
    url: str
    status: int
    args: tuple[str, ...] = ()
    model: type[Any] | None = None
    error: type[ApiError] | None = None
    code: str | None = None


# First matching pattern wins.
SCENARIOS = (
    Scenario("fordconnect-*-vehicles-list.json", "connect", "vehicles", "GET", V3, 200, model=connect.VehicleList),
    Scenario(
        "fordconnect-*-vehicle-info-*.json",
        "connect", "vehicle", "GET", f"{V3}/{VEHICLE_ID}", 200, (VEHICLE_ID,), model=connect.VehicleInfoResponse,
    ),
    Scenario(
        "fordconnect-*-command-accepted.json",
        "connect", "lock", "POST", f"{V1}/lock", 202, (VEHICLE_ID,), model=connect.CommandResponse,
    ),
    Scenario(
        "fordconnect-*-command-status-*.json",
        "connect", "lock_command", "GET", f"{V1}/lock/{COMMAND_ID}", 200, (VEHICLE_ID, COMMAND_ID),
        model=connect.CommandResponse,
    ),
    Scenario(
        "fordconnect-*-statusrefresh-*.json",
        "connect", "status_refresh", "GET", f"{V1}/statusrefresh/{COMMAND_ID}", 202, (VEHICLE_ID, COMMAND_ID),
        model=connect.StatusRefreshResponse,
    ),
    Scenario(
        "fordconnect-*-location.json",
        "connect", "location", "GET", f"{V1}/location", 200, (VEHICLE_ID,), model=connect.LocationResponse,
    ),
    Scenario(
        "fordconnect-*-charge-schedules.json",
        "connect", "charge_schedules", "GET", f"{V1}/chargeSchedules", 200, (VEHICLE_ID,),
        model=connect.ChargeSchedulesResponse,
    ),
    Scenario(
        "fordconnect-*-departure-times.json",
        "connect", "departure_times", "GET", f"{V1}/departureTimes", 200, (VEHICLE_ID,),
        model=connect.DepartureTimesResponse,
    ),
    Scenario(
        "fordconnect-*-error-400-*.json",
        "connect", "vehicle", "GET", f"{V3}/{VEHICLE_ID}", 400, (VEHICLE_ID,), error=BadRequestError, code="400",
    ),
    Scenario(
        "fordconnect-*-error-401-*subscription-key.json",
        "connect", "vehicles", "GET", V3, 401, error=PermissionDeniedError, code="missing_subscription_key",
    ),
    Scenario(
        "fordconnect-*-error-401-token-*.json",
        "connect", "vehicles", "GET", V3, 401, error=AuthenticationError, code="invalid_token",
    ),
    Scenario(
        "fordconnect-*-error-401-unauthorized-*.json",
        "connect", "unlock", "POST", f"{V1}/unlock", 401, (VEHICLE_ID,), error=ReauthorizationRequiredError,
        code="3000",
    ),
    Scenario(
        "fordconnect-*-error-404-*.json",
        "connect", "vehicle", "GET", f"{V3}/{VEHICLE_ID}", 404, (VEHICLE_ID,), error=NotFoundError, code="4002",
    ),
    Scenario(
        "fordconnect-*-error-406-not-acceptable.json",
        "connect", "departure_times", "GET", f"{V1}/departureTimes", 406, (VEHICLE_ID,), error=NotCapableError,
        code="4006",
    ),
    Scenario(
        "fordconnect-*-error-406-vehicle-not-supported.json",
        "connect", "start_charge", "POST", f"{V1}/startCharge", 406, (VEHICLE_ID,), error=NotCapableError, code="4006",
    ),
    Scenario(
        "autonomic-telemetry-*.json",
        "fordpass", "telemetry", "GET", TELEMETRY, 200, (VIN,), model=fordpass.VehicleTelemetry,
    ),
    Scenario("autonomic-command-lock.json", "fordpass", "lock", "POST", COMMANDS, 201, (VIN,), model=fordpass.Command),
    Scenario(
        "autonomic-command-remote-start.json",
        "fordpass", "remote_start", "POST", COMMANDS, 201, (VIN,), model=fordpass.Command,
    ),
    Scenario(
        "autonomic-error-401-*.json",
        "fordpass", "telemetry", "GET", TELEMETRY, 401, (VIN,), error=AuthenticationError, code="unauthorized",
    ),
    Scenario(
        "autonomic-error-403-*.json",
        "fordpass", "remote_start", "POST", COMMANDS, 403, (VIN,), error=PermissionDeniedError, code="DENY_ALLOW",
    ),
)  # fmt: skip


def _scenario(name: str) -> Scenario | None:
    return next((scenario for scenario in SCENARIOS if fnmatch(name, scenario.pattern)), None)


def _fixtures() -> list[Path]:
    return sorted((fixtures_root(__file__) / "ford").glob("*.json"))


@pytest.mark.parametrize("name", [path.name for path in _fixtures()] or ["(none)"])
async def test_fixture_through_the_client(
    name: str, fixtures_dir: Path, make: Any, run: Any, router: respx.MockRouter
) -> None:
    scenario = _scenario(name)
    if scenario is None:
        pytest.fail(f"{name} has no scenario: map it to its endpoint and client method in SCENARIOS")
    payload = json.loads((fixtures_dir / name).read_text(encoding="utf-8"))
    route = router.route(method=scenario.http, url=scenario.url).respond(scenario.status, json=payload)
    method = getattr(make(scenario.api), scenario.method)
    if scenario.error is not None:
        with pytest.raises(scenario.error) as caught:
            await run(method(*scenario.args))
        assert type(caught.value) is scenario.error
        assert caught.value.code == scenario.code
        assert caught.value.status_code == scenario.status
        assert caught.value.body == payload
    else:
        result = await run(method(*scenario.args))
        if isinstance(result, CommandHandle | AsyncCommandHandle):
            result = result.accepted
        assert scenario.model is not None
        assert isinstance(result, scenario.model)
    assert route.call_count == 1  # nothing retried, commands never re-sent


def test_every_scenario_matches_a_fixture(fixtures_dir: Path) -> None:
    names = [path.name for path in fixtures_dir.glob("*.json")]
    unused = [s.pattern for s in SCENARIOS if not any(_scenario(name) is s for name in names)]
    assert not unused, f"scenarios without a fixture (stale or shadowed pattern): {unused}"
