"""Contract test: every captured Volvo payload parses into the model generated from specs/volvo.

The payloads live outside the repository, in `$CARCONNECT_FIXTURES/volvo` (default: `shared/fixtures`
beside the repository root). Each file name maps to a generated model and a check of a few meaningful
members; a file without a mapping fails, so new captures are noticed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Generic, Protocol, Self, TypeVar

import attrs
import pytest

from carconnect.sim.vendor_fixtures import fixtures_dir
from carconnect.volvo._generated.connected_vehicle import models as cv
from carconnect.volvo._generated.energy import models as energy
from carconnect.volvo._generated.location import models as location

from .retired import assert_not_specified

FIXTURES = fixtures_dir(__file__, "volvo")


class _Parsable(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Parsable)


@dataclass(frozen=True)
class Contract(Generic[M]):
    """The generated model of one kind of payload and a check of its meaningful members."""

    model: type[M]
    check: Callable[[M], None]

    def verify(self, payload: dict[str, Any]) -> None:
        parsed = self.model.from_dict(payload)
        _assert_fully_modelled(parsed)
        self.check(parsed)


def _assert_fully_modelled(value: object, path: str = "$") -> None:
    """No member ended up unparsed: no unknown keys, no raw JSON object where a model belongs."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            _assert_fully_modelled(item, f"{path}[{index}]")
        return
    assert not isinstance(value, dict), f"{path} was left as a raw JSON object"
    if not attrs.has(type(value)):
        return
    extra = getattr(value, "additional_properties", {})
    assert not extra, f"{path} has members the spec does not know: {sorted(extra)}"
    for name, member in _members(value).items():
        _assert_fully_modelled(member, f"{path}.{name}")


def _members(instance: object) -> dict[str, Any]:
    """The modelled members of a generated model, without its additional properties."""
    cls = type(instance)
    assert attrs.has(cls), f"{cls.__name__} is not a generated model"
    return {
        field.name: getattr(instance, field.name)
        for field in attrs.fields(cls)
        if field.name != "additional_properties"
    }


def _is_aware_timestamp(value: object) -> bool:
    return isinstance(value, datetime) and value.utcoffset() is not None


# ---- Connected Vehicle v2 -----------------------------------------------------------------------


def _vehicle_details(body: cv.VehicleDetailsResponse) -> None:
    details = body.data
    assert len(details.vin) == 17
    assert isinstance(details.model_year, int)
    assert isinstance(details.fuel_type, cv.FuelType)
    assert details.fuel_type.is_known
    assert details.gearbox == cv.Gearbox.AUTOMATIC
    assert isinstance(details.descriptions, cv.VehicleDescriptions)
    assert isinstance(details.descriptions.model, str)
    assert isinstance(details.images, cv.VehicleImages)


def _vehicle_list(body: cv.VehicleListResponse) -> None:
    assert body.data
    assert all(len(vehicle.vin) == 17 for vehicle in body.data)


def _doors(body: cv.DoorsResponse) -> None:
    doors = body.data
    assert isinstance(doors.central_lock, cv.LockStatusField)
    assert doors.central_lock.value == cv.LockStatus.LOCKED
    assert _is_aware_timestamp(doors.central_lock.timestamp)
    openings = [doors.front_left_door, doors.rear_right_door, doors.hood, doors.tailgate, doors.tank_lid]
    for opening in openings:
        assert isinstance(opening, cv.OpenStatusField)
        assert isinstance(opening.value, cv.OpenStatus)


def _windows(body: cv.WindowsResponse) -> None:
    windows = body.data
    for window in (windows.front_left_window, windows.rear_right_window, windows.sunroof):
        assert isinstance(window, cv.OpenStatusField)
        assert isinstance(window.value, cv.OpenStatus)
        assert window.value.is_known


def _tyres(body: cv.TyresResponse) -> None:
    for tyre in (body.data.front_left, body.data.front_right, body.data.rear_left, body.data.rear_right):
        assert isinstance(tyre, cv.TyrePressureWarningField)
        assert isinstance(tyre.value, cv.TyrePressureWarning)
        assert tyre.value.is_known


def _odometer(body: cv.OdometerResponse) -> None:
    odometer = body.data.odometer
    assert isinstance(odometer, cv.IntegerField)
    assert isinstance(odometer.value, int)
    assert odometer.unit == "km"


def _fuel(body: cv.FuelResponse) -> None:
    for reading in (body.data.fuel_amount, body.data.battery_charge_level):
        assert isinstance(reading, cv.NumberField)
        assert isinstance(reading.value, float)  # sent as a string ("47.3")
        assert _is_aware_timestamp(reading.timestamp)


def _statistics(body: cv.StatisticsResponse) -> None:
    stats = body.data
    assert isinstance(stats.trip_meter_manual, cv.NumberField)
    assert isinstance(stats.trip_meter_manual.value, float)
    assert stats.trip_meter_manual.unit == "km"
    assert isinstance(stats.average_speed, cv.NumberField)
    assert stats.average_speed.unit == "km/h"
    ranges = [stats.distance_to_empty_tank, stats.distance_to_empty_battery]
    assert any(isinstance(reading, cv.NumberField) for reading in ranges)


def _diagnostics(body: cv.DiagnosticsResponse) -> None:
    diagnostics = body.data
    assert isinstance(diagnostics.service_warning, cv.ServiceWarningField)
    assert diagnostics.service_warning.value == cv.ServiceWarning.NO_WARNING
    assert isinstance(diagnostics.distance_to_service, cv.IntegerField)
    assert isinstance(diagnostics.distance_to_service.value, int)
    assert isinstance(diagnostics.time_to_service, cv.IntegerField)
    assert diagnostics.time_to_service.unit in {"months", "days"}
    assert isinstance(diagnostics.washer_fluid_level_warning, cv.FluidLevelWarningField)
    assert isinstance(diagnostics.washer_fluid_level_warning.value, cv.FluidLevelWarning)


def _engine_warnings(body: cv.EngineWarningsResponse) -> None:
    assert isinstance(body.data.oil_level_warning, cv.OilLevelWarningField)
    assert body.data.oil_level_warning.value == cv.OilLevelWarning.NO_WARNING
    assert isinstance(body.data.engine_coolant_level_warning, cv.FluidLevelWarningField)
    assert body.data.engine_coolant_level_warning.value == cv.FluidLevelWarning.NO_WARNING


def _engine_status(body: cv.EngineStatusResponse) -> None:
    assert isinstance(body.data.engine_status, cv.EngineStateField)
    assert body.data.engine_status.value in {cv.EngineState.RUNNING, cv.EngineState.STOPPED}


def _brakes(body: cv.BrakesResponse) -> None:
    assert isinstance(body.data.brake_fluid_level_warning, cv.FluidLevelWarningField)
    assert body.data.brake_fluid_level_warning.value == cv.FluidLevelWarning.NO_WARNING


def _warnings(body: cv.WarningsResponse) -> None:
    lights = list(_members(body.data).values())
    assert len(lights) == 23
    for light in lights:
        assert isinstance(light, cv.LightWarningField)
        assert isinstance(light.value, cv.LightWarning)
        assert light.value.is_known


def _command_accessibility(body: cv.CommandAccessibilityResponse) -> None:
    availability = body.data.availability_status
    assert isinstance(availability, cv.AvailabilityStatusField)
    assert availability.value == cv.AvailabilityStatus.AVAILABLE


def _commands(body: cv.CommandListResponse) -> None:
    names = {command.command for command in body.data}
    assert {cv.CommandName.LOCK, cv.CommandName.UNLOCK, cv.CommandName.HONK_AND_FLASH} <= names
    assert all(command.command.is_known for command in body.data)
    assert all(isinstance(command.href, str) and "/commands/" in command.href for command in body.data)


def _command_result(body: cv.CommandResponse) -> None:
    assert isinstance(body.data.invoke_status, cv.InvokeStatus)


def _unlock_result(body: cv.UnlockResponse) -> None:
    assert isinstance(body.data.invoke_status, cv.InvokeStatus)


def _cv_error(body: cv.ErrorResponse) -> None:
    assert isinstance(body.error.message, str)


def _cv_gateway_error(body: cv.GatewayError) -> None:
    assert body.status_code in {403, 429}
    assert isinstance(body.message, str)


# ---- Energy v2 ----------------------------------------------------------------------------------


def _energy_capabilities(body: energy.EnergyCapabilities) -> None:
    capabilities = body.get_energy_state
    assert isinstance(capabilities.is_supported, bool)
    assert isinstance(capabilities.battery_charge_level, energy.CapabilitySupport)
    assert isinstance(capabilities.battery_charge_level.is_supported, bool)
    charging = capabilities.charging_status or capabilities.charging_system_status
    assert isinstance(charging, energy.CapabilitySupport)


def _energy_state(body: energy.EnergyState) -> None:
    members = list(_members(body).values())
    assert all(member is not None for member in members)
    for member in members:
        if isinstance(member, energy.EnergyPropertyError):
            assert isinstance(member.code, energy.EnergyPropertyErrorCode)
            assert member.code.is_known
        else:
            assert member.status == energy.EnergyPropertyStatus.OK
            assert _is_aware_timestamp(member.updated_at)
    connection = body.charger_connection_status
    if isinstance(connection, energy.ChargerConnectionStatusValue):
        assert isinstance(connection.value, energy.ChargerConnectionStatus)
        assert connection.value.is_known
    level = body.battery_charge_level
    if isinstance(level, energy.EnergyNumberValue):
        assert isinstance(level.value, float)
        assert level.unit == "percentage"


def _energy_error(body: energy.EnergyErrorResponse) -> None:
    assert isinstance(body.error.code, str)


def _energy_gateway_error(body: energy.GatewayError) -> None:
    assert body.status_code in {403, 429}


# ---- Location v1 --------------------------------------------------------------------------------


def _location(body: location.LocationResponse) -> None:
    feature = body.data
    assert feature.type_ == location.FeatureType.FEATURE
    assert isinstance(feature.geometry, location.PointGeometry)
    assert feature.geometry.type_ == location.GeometryType.POINT
    coordinates = feature.geometry.coordinates
    assert isinstance(coordinates, list)
    assert len(coordinates) == 3
    longitude, latitude, _altitude = coordinates
    assert -180.0 <= longitude <= 180.0
    assert -90.0 <= latitude <= 90.0
    assert isinstance(feature.properties, location.LocationProperties)
    assert isinstance(feature.properties.heading, str)
    assert _is_aware_timestamp(feature.properties.timestamp)


def _location_error(body: location.ErrorResponse) -> None:
    assert isinstance(body.error.message, str)


# First matching pattern wins: specific patterns before general ones.
CONTRACTS: list[tuple[str, Contract[Any]]] = [
    ("cv2-error-*quota*.json", Contract(cv.GatewayError, _cv_gateway_error)),
    ("cv2-error-*", Contract(cv.ErrorResponse, _cv_error)),
    ("energy-v2-error-*quota*.json", Contract(energy.GatewayError, _energy_gateway_error)),
    ("energy-v2-error-*", Contract(energy.EnergyErrorResponse, _energy_error)),
    ("location-v1-error-*", Contract(location.ErrorResponse, _location_error)),
    ("cv2-vehicles*.json", Contract(cv.VehicleListResponse, _vehicle_list)),
    ("cv2-vehicle-details*.json", Contract(cv.VehicleDetailsResponse, _vehicle_details)),
    ("cv2-doors*.json", Contract(cv.DoorsResponse, _doors)),
    ("cv2-windows*.json", Contract(cv.WindowsResponse, _windows)),
    ("cv2-tyres*.json", Contract(cv.TyresResponse, _tyres)),
    ("cv2-odometer*.json", Contract(cv.OdometerResponse, _odometer)),
    ("cv2-fuel*.json", Contract(cv.FuelResponse, _fuel)),
    ("cv2-statistics*.json", Contract(cv.StatisticsResponse, _statistics)),
    ("cv2-diagnostics*.json", Contract(cv.DiagnosticsResponse, _diagnostics)),
    ("cv2-engine-warnings*.json", Contract(cv.EngineWarningsResponse, _engine_warnings)),
    ("cv2-engine-status*.json", Contract(cv.EngineStatusResponse, _engine_status)),
    ("cv2-brakes*.json", Contract(cv.BrakesResponse, _brakes)),
    ("cv2-warnings*.json", Contract(cv.WarningsResponse, _warnings)),
    ("cv2-command-accessibility*.json", Contract(cv.CommandAccessibilityResponse, _command_accessibility)),
    ("cv2-commands*.json", Contract(cv.CommandListResponse, _commands)),
    ("cv2-command-unlock*.json", Contract(cv.UnlockResponse, _unlock_result)),
    ("cv2-command-*.json", Contract(cv.CommandResponse, _command_result)),
    ("energy-v2-capabilities*.json", Contract(energy.EnergyCapabilities, _energy_capabilities)),
    ("energy-v2-state*.json", Contract(energy.EnergyState, _energy_state)),
    ("location-v1-location*.json", Contract(location.LocationResponse, _location)),
]

# Captures of APIs we deliberately do not specify.
NOT_SPECIFIED: dict[str, str] = {
    "energy-v1-*.json": "Energy API v1 is retired (410 Gone) and deliberately not specified",
}


def _contract_for(name: str) -> Contract[Any] | None:
    return next((contract for pattern, contract in CONTRACTS if fnmatch(name, pattern)), None)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.json")), ids=lambda path: path.name)
def test_fixture_parses_into_generated_model(fixture: Path) -> None:
    for pattern, reason in NOT_SPECIFIED.items():
        if fnmatch(fixture.name, pattern):
            assert_not_specified(fixture, reason)
            return
    contract = _contract_for(fixture.name)
    if contract is None:
        pytest.fail(f"no generated model is mapped to {fixture.name}; add a pattern to CONTRACTS")
    contract.verify(json.loads(fixture.read_text(encoding="utf-8")))


def test_real_world_quirks_parse() -> None:
    """Nulls, unknown enum values, numbers as strings and 7-digit fractions do not break parsing."""
    doors = cv.DoorsResponse.from_dict(
        {
            "data": {
                "centralLock": None,
                "hood": {"value": "HALF_OPEN", "unit": None, "timestamp": "2024-01-01T12:00:00.0000000+00:00"},
            }
        }
    ).data
    assert doors.central_lock is None
    assert isinstance(doors.hood, cv.OpenStatusField)
    assert isinstance(doors.hood.value, cv.OpenStatus)
    assert doors.hood.value == "HALF_OPEN"
    assert not doors.hood.value.is_known
    assert _is_aware_timestamp(doors.hood.timestamp)

    odometer = cv.OdometerResponse.from_dict({"data": {"odometer": {"value": "30000", "unit": None}}})
    assert isinstance(odometer.data.odometer, cv.IntegerField)
    assert odometer.data.odometer.value == 30000

    state = energy.EnergyState.from_dict(
        {
            "chargingPower": {"status": "ERROR", "code": "SOMETHING_NEW"},
            "chargingType": {"status": "OK", "value": "WIRELESS", "updatedAt": "2025-07-02T08:51:23Z"},
        }
    )
    assert isinstance(state.charging_power, energy.EnergyPropertyError)
    assert isinstance(state.charging_type, energy.ChargingTypeValue)
    assert isinstance(state.charging_type.value, energy.ChargingType)
    assert not state.charging_type.value.is_known


@pytest.mark.parametrize(
    ("model", "payload"),
    [
        (cv.ErrorResponse, {"error": {"message": "NOT_FOUND", "description": "Does not belong to allowed markets"}}),
        (cv.ErrorResponse, {"status": 401, "error": {"message": "Access denied due to invalid VCC-API-KEY."}}),
        (
            cv.GatewayError,
            {"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 01:02:03."},
        ),
        (
            energy.EnergyErrorResponse,
            {
                "error": {
                    "code": "REQUEST_VALIDATION_FAILED",
                    "message": "Invalid request",
                    "details": [{"code": "CHARGING_SCHEDULE_KIND_NOT_SUPPORTED", "message": "Not supported"}],
                }
            },
        ),
        (location.ErrorResponse, {"error": {"message": "NOT_FOUND", "description": "Vehicle not found"}}),
    ],
    ids=["cv-not-found", "cv-invalid-key", "quota", "energy-validation", "location-not-found"],
)
def test_documented_error_bodies_parse(model: type[_Parsable], payload: dict[str, Any]) -> None:
    _assert_fully_modelled(model.from_dict(payload))
