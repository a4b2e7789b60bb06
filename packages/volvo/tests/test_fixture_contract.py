"""Contract test: every captured Volvo payload, served at its endpoint, comes out of the client typed.

Payloads are read from ``$CARCONNECT_FIXTURES/volvo`` (default: ``shared/fixtures`` beside the
repository) and never copied into the repository. Success bodies must come back as the model the
client method returns; error bodies (``*-error-<status>-*.json``) must raise the right carconnect error.
A file no rule covers fails, so new captures are noticed.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    VehicleStateError,
)
from carconnect.sim.vendor_fixtures import fixtures_dir
from carconnect.volvo import API_URL, AsyncVolvoClient, CommandResult, MarketRestrictedError, VolvoClient, models

from .retired import assert_not_specified

FIXTURES = fixtures_dir(__file__, "volvo")

VIN = "YV1ABCDEFG1234567"
CV = f"/connected-vehicle/v2/vehicles/{VIN}"


@dataclass(frozen=True)
class Served:
    """Where a payload is served, which client method reads it, and the model it must equal."""

    method: str
    path: str
    expected: Callable[[Any], Any]
    http_method: str = "GET"


def data_of(model: Any) -> Callable[[Any], Any]:
    return lambda payload: model.from_dict(payload).data


def command(method: str, path: str, response: Any = models.CommandResponse) -> Served:
    return Served(method, f"{CV}/commands/{path}", lambda payload: response.from_dict(payload), "POST")


COMMANDS = {
    "lock": "lock",
    "lock-reduced-guard": "lock_reduced_guard",
    "climatization-start": "start_climatization",
    "climatization-stop": "stop_climatization",
    "engine-start": "start_engine",
    "engine-stop": "stop_engine",
    "honk": "honk",
    "flash": "flash",
    "honk-flash": "honk_flash",
}

# First matching pattern wins.
SUCCESS: list[tuple[str, Served]] = [
    ("cv2-vehicles*.json", Served("vehicles", "/connected-vehicle/v2/vehicles", data_of(models.VehicleListResponse))),
    ("cv2-vehicle-details*.json", Served("vehicle_details", CV, data_of(models.VehicleDetailsResponse))),
    ("cv2-doors*.json", Served("doors", f"{CV}/doors", data_of(models.DoorsResponse))),
    ("cv2-windows*.json", Served("windows", f"{CV}/windows", data_of(models.WindowsResponse))),
    ("cv2-tyres*.json", Served("tyres", f"{CV}/tyres", data_of(models.TyresResponse))),
    ("cv2-odometer*.json", Served("odometer", f"{CV}/odometer", data_of(models.OdometerResponse))),
    ("cv2-fuel*.json", Served("fuel", f"{CV}/fuel", data_of(models.FuelResponse))),
    ("cv2-statistics*.json", Served("statistics", f"{CV}/statistics", data_of(models.StatisticsResponse))),
    ("cv2-diagnostics*.json", Served("diagnostics", f"{CV}/diagnostics", data_of(models.DiagnosticsResponse))),
    ("cv2-engine-warnings*.json", Served("engine_warnings", f"{CV}/engine", data_of(models.EngineWarningsResponse))),
    ("cv2-engine-status*.json", Served("engine_status", f"{CV}/engine-status", data_of(models.EngineStatusResponse))),
    ("cv2-brakes*.json", Served("brakes", f"{CV}/brakes", data_of(models.BrakesResponse))),
    ("cv2-warnings*.json", Served("warnings", f"{CV}/warnings", data_of(models.WarningsResponse))),
    (
        "cv2-command-accessibility*.json",
        Served("command_accessibility", f"{CV}/command-accessibility", data_of(models.CommandAccessibilityResponse)),
    ),
    ("cv2-commands*.json", Served("commands", f"{CV}/commands", data_of(models.CommandListResponse))),
    ("cv2-command-unlock*.json", command("unlock", "unlock", models.UnlockResponse)),
    *((f"cv2-command-{path}[-.]*json", command(method, path)) for path, method in COMMANDS.items()),
    (
        "energy-v2-capabilities*.json",
        Served(
            "energy_capabilities",
            f"/energy/v2/vehicles/{VIN}/capabilities",
            lambda payload: models.EnergyCapabilities.from_dict(payload).get_energy_state,
        ),
    ),
    (
        "energy-v2-state*.json",
        Served("energy_state", f"/energy/v2/vehicles/{VIN}/state", models.EnergyState.from_dict),
    ),
    (
        "location-v1-location*.json",
        Served("location", f"/location/v1/vehicles/{VIN}/location", data_of(models.LocationResponse)),
    ),
]

# Error captures: where they were answered, by prefix.
ERROR_ENDPOINTS = {
    "cv2": Served("odometer", f"{CV}/odometer", lambda _: None),
    "cv2-command": command("lock", "lock"),
    "energy-v2": Served("energy_state", f"/energy/v2/vehicles/{VIN}/state", lambda _: None),
    "location-v1": Served("location", f"/location/v1/vehicles/{VIN}/location", lambda _: None),
}
ERROR_NAME = re.compile(r"^(?P<api>cv2(?:-command)?|energy-v2|location-v1)-error-(?P<status>\d{3})\b")
NOT_SPECIFIED = {"energy-v1-*.json": "Energy API v1 is retired (410 Gone) and deliberately not specified"}


def expected_error(status: int, payload: Any) -> type[ApiError]:
    """The error class Volvo's documented rules give for this answer."""
    text = json.dumps(payload).lower()
    if status == 401 and "vcc-api-key" in text:
        return PermissionDeniedError
    if status == 403:
        return QuotaExceededError if "out of call volume quota" in text else PermissionDeniedError
    if status >= 500:
        return ServerError
    if "not_supported" in text:
        return NotCapableError
    if status == 404 and "allowed markets" in text:
        return MarketRestrictedError
    if status == 404 and re.search(r"vehicle\b.*\bnot found", text):
        return NotFoundError
    by_status = {401: AuthenticationError, 404: NotCapableError, 409: VehicleStateError, 429: RateLimitError}
    return by_status.get(status, BadRequestError)


def run(kind: str, served: Served, router: respx.Router) -> Any:
    transport = httpx.MockTransport(router.handler)
    options: dict[str, Any] = {"api_key": "k", "transport": transport, "retry": RetryPolicy.disabled()}
    args = () if served.method == "vehicles" else (VIN,)
    if kind == "sync":
        with VolvoClient("t", **options) as volvo:
            return getattr(volvo, served.method)(*args)

    async def once() -> Any:
        async with AsyncVolvoClient("t", **options) as volvo:
            return await getattr(volvo, served.method)(*args)

    return asyncio.run(once())


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.json")), ids=lambda path: path.name)
def test_fixture_through_the_client(fixture: Path, kind: str) -> None:
    for pattern, reason in NOT_SPECIFIED.items():
        if fnmatch(fixture.name, pattern):
            assert_not_specified(fixture, reason)
            return
    check_fixture(fixture, kind)


DOCUMENTED_ERRORS = {
    "cv2-error-401-invalid-key.json": {
        "status": 401,
        "error": {"message": "Access denied due to invalid VCC-API-KEY."},
    },
    "cv2-error-403-quota.json": {
        "statusCode": 403,
        "message": "Out of call volume quota. Quota will be replenished in 01:00:00.",
    },
    "cv2-error-404-markets.json": {
        "error": {"message": "NOT_FOUND", "description": "Does not belong to allowed markets"}
    },
    "cv2-command-error-409-conflict.json": {
        "error": {"message": "CONFLICT", "description": "Conflict with the vehicle"}
    },
    "energy-v2-error-400-validation.json": {"error": {"code": "REQUEST_VALIDATION_FAILED", "details": []}},
    "energy-v2-error-500-internal.json": {"error": {"code": "INTERNAL_ERROR", "message": "Ref: 1"}},
    "location-v1-error-404-not-found.json": {"error": {"message": "NOT_FOUND", "description": "Vehicle not found"}},
}


@pytest.mark.parametrize("name", sorted(DOCUMENTED_ERRORS))
def test_error_captures_would_raise_typed_errors(tmp_path: Path, name: str) -> None:
    """The documented error bodies, named as captures would be, take the error branch above."""
    fixture = tmp_path / name
    fixture.write_text(json.dumps(DOCUMENTED_ERRORS[name]), encoding="utf-8")
    check_fixture(fixture, "sync")


def check_fixture(fixture: Path, kind: str) -> None:
    payload = json.loads(fixture.read_text(encoding="utf-8"))
    router = respx.Router(base_url=API_URL, assert_all_called=False)
    error = ERROR_NAME.match(fixture.name)
    if error:
        served, status = ERROR_ENDPOINTS[error["api"]], int(error["status"])
        router.route(method=served.http_method, path=served.path).respond(status, json=payload)
        with pytest.raises(ApiError) as raised:
            run(kind, served, router)
        assert type(raised.value) is expected_error(status, payload)
        assert raised.value.status_code == status
        return
    served_by = next((served for pattern, served in SUCCESS if fnmatch(fixture.name, pattern)), None)
    if served_by is None:
        pytest.fail(f"no endpoint is mapped to {fixture.name}; add a pattern to SUCCESS or name it *-error-<status>-*")
    route = router.route(method=served_by.http_method, path=served_by.path).respond(200, json=payload)
    result = run(kind, served_by, router)
    assert route.call_count == 1
    if isinstance(result, CommandResult):
        assert result.invoke_status == payload["data"].get("invokeStatus")
    else:
        assert result == served_by.expected(payload)
