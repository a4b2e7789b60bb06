"""Contract test: every captured Ford payload parses into the model generated from specs/ford.

The payloads live outside the repository, in `$CARCONNECT_FIXTURES/ford` (default: `shared/fixtures`
beside the repository root). Each file name maps to the generated model of its endpoint (error bodies
to the error models) plus a check of a few meaningful members. A file without a mapping fails, so new
captures are noticed; a member the spec does not model fails too, so the spec keeps up with them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Generic, Protocol, Self, TypeVar

import attrs
import pytest

from carconnect.ford._generated.connect import models as connect
from carconnect.ford._generated.fordpass import models as fordpass
from carconnect.ford._generated.query import models as query
from carconnect.sim.vendor_fixtures import fixtures_dir

FIXTURES = fixtures_dir(__file__, "ford")


class _Parsable(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Parsable)


@dataclass(frozen=True)
class Contract(Generic[M]):
    """File names of one kind of payload, its generated model and a check of meaningful members."""

    pattern: str
    model: type[M]
    check: Callable[[M], None]

    def verify(self, payload: Mapping[str, Any]) -> None:
        parsed = self.model.from_dict(payload)
        unmodelled = list(_unmodelled_members(parsed, self.model.__name__))
        assert not unmodelled, f"members missing from the spec: {unmodelled}"
        self.check(parsed)


# Models that are maps by design (free-form names the vendor does not document); every other model
# must leave nothing unmodelled. FordPass warning lamps, configurations, tags, custom events and OEM
# data declare every name captured so far, so a captured name landing in their extra keys fails.
OPEN_MAPS: frozenset[type] = frozenset(
    {
        fordpass.CommandPreclusionCauses,
        fordpass.EventConditions,
        fordpass.GenericMetrics,
        fordpass.MessageParams,
        query.GenericMetrics,
        query.Indicators,
        query.MetricTags,
    }
)


def _unmodelled_members(value: object, where: str) -> Iterator[str]:
    """Paths of JSON members that landed in `additional_properties` of a closed model."""
    model = type(value)
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unmodelled_members(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unmodelled_members(item, f"{where}.{key}")
    elif attrs.has(model):
        for field in attrs.fields(model):
            member = getattr(value, field.name)
            if field.name != "additional_properties":
                yield from _unmodelled_members(member, f"{where}.{field.name}")
            elif model in OPEN_MAPS:
                yield from _unmodelled_members(member, where)
            else:
                yield from (f"{where}.{key}" for key in member)


# --- FordConnect ---------------------------------------------------------------------------------


def _check_vehicle_list(parsed: connect.VehicleList) -> None:
    assert parsed.status is connect.ResponseStatus.SUCCESS
    assert parsed.vehicles
    for vehicle in parsed.vehicles:
        assert len(vehicle.vehicle_id) == 32
        assert isinstance(vehicle.make, connect.Make)
        assert vehicle.make.is_known
        assert vehicle.vehicle_authorization_indicator in (0, 1)
        assert isinstance(vehicle.model_year, str)


def _check_vehicle_info(parsed: connect.VehicleInfoResponse) -> None:
    vehicle = parsed.vehicle
    assert len(vehicle.vehicle_id) == 32
    assert isinstance(vehicle.engine_type, connect.EngineType)
    assert vehicle.engine_type.is_known
    assert isinstance(vehicle.vehicle_details, connect.VehicleDetails)
    assert isinstance(vehicle.vehicle_details.odometer, float)
    status = vehicle.vehicle_status
    assert isinstance(status, connect.VehicleStatus)
    assert isinstance(status.door_status, list)
    assert status.door_status
    for door in status.door_status:
        assert isinstance(door.vehicle_door, connect.VehicleDoor)
        assert door.vehicle_door.is_known
        assert isinstance(door.value, connect.DoorState)
        assert door.value.is_known
    assert isinstance(status.ignition_status, connect.IgnitionStatus)
    assert isinstance(status.ignition_status.value, connect.IgnitionState)
    assert isinstance(vehicle.vehicle_location, connect.VehicleLocation)
    assert isinstance(vehicle.vehicle_location.latitude, str)
    assert -90.0 <= float(vehicle.vehicle_location.latitude) <= 90.0


def _command_check(expected: connect.CommandStatus | None) -> Callable[[connect.CommandResponse], None]:
    def check(parsed: connect.CommandResponse) -> None:
        assert parsed.status is connect.ResponseStatus.SUCCESS
        assert parsed.command_id
        assert parsed.command_status.is_known
        if expected is not None:
            assert parsed.command_status is expected

    return check


def _check_status_refresh(parsed: connect.StatusRefreshResponse) -> None:
    assert parsed.command_status is connect.CommandStatus.COMPLETED
    refreshed = parsed.vehiclestatus
    assert isinstance(refreshed, connect.RefreshedStatus)
    assert isinstance(refreshed.lock_status, connect.LockStatus)
    assert isinstance(refreshed.lock_status.value, connect.LockState)
    assert refreshed.lock_status.value.is_known
    assert isinstance(refreshed.alarm, connect.AlarmStatus)
    assert isinstance(refreshed.alarm.value, connect.AlarmState)
    assert refreshed.alarm.value.is_known


def _check_location(parsed: connect.LocationResponse) -> None:
    location = parsed.vehicle_location
    assert isinstance(location, connect.VehicleLocation)
    assert isinstance(location.latitude, str)
    assert isinstance(location.longitude, str)
    assert -180.0 <= float(location.longitude) <= 180.0
    assert isinstance(location.speed, float)
    assert isinstance(location.time_stamp, str)


def _check_charge_schedules(parsed: connect.ChargeSchedulesResponse) -> None:
    assert isinstance(parsed.charge_schedules, list)
    assert parsed.charge_schedules
    for schedule in parsed.charge_schedules:
        assert isinstance(schedule.days, connect.ScheduleDays)
        assert schedule.days.is_known
        assert isinstance(schedule.desired_charge_level, int)
        assert 0 <= schedule.desired_charge_level <= 100
        assert isinstance(schedule.charge_windows, list)
        assert all(isinstance(window.start_time, str) for window in schedule.charge_windows)


def _check_departure_times(parsed: connect.DepartureTimesResponse) -> None:
    departure = parsed.departure_times
    assert isinstance(departure, connect.DepartureTime)
    assert isinstance(departure.day_of_week, connect.DayOfWeek)
    assert departure.day_of_week.is_known
    assert isinstance(departure.hour, int)
    assert isinstance(departure.pre_conditioning_setting, connect.PreConditioningSetting)
    assert departure.pre_conditioning_setting.is_known


def _check_validation_error(parsed: connect.ValidationError) -> None:
    assert parsed.error_code == "400"
    assert isinstance(parsed.error_message, str)


def _check_subscription_key_error(parsed: connect.GatewayError) -> None:
    assert parsed.status_code == 401
    assert isinstance(parsed.message, str)
    assert "subscription key" in parsed.message


def _check_token_error(parsed: connect.TokenError) -> None:
    assert parsed.error == "invalid_token"
    assert isinstance(parsed.error_description, str)


def _error_check(code: int, status_code: connect.ErrorStatusCode) -> Callable[[connect.FordConnectError], None]:
    def check(parsed: connect.FordConnectError) -> None:
        assert parsed.status is connect.ResponseStatus.FAILED
        assert parsed.error.code == code
        assert parsed.error.status_code is status_code
        assert isinstance(parsed.error.title, str)

    return check


# --- FordPass (Autonomic) ------------------------------------------------------------------------


def _check_telemetry(parsed: fordpass.VehicleTelemetry) -> None:
    assert isinstance(parsed.update_time, datetime)
    assert parsed.update_time.tzinfo is not None
    metrics = parsed.metrics
    assert isinstance(metrics, fordpass.Metrics)
    assert isinstance(metrics.odometer, fordpass.NumberMetric)
    assert isinstance(metrics.odometer.value, float)
    assert isinstance(metrics.door_lock_status, list)
    assert all(isinstance(door.value, fordpass.DoorLockState) for door in metrics.door_lock_status)
    assert isinstance(metrics.tire_pressure, list)
    assert all(isinstance(tire.vehicle_wheel, fordpass.VehicleWheel) for tire in metrics.tire_pressure)
    assert isinstance(metrics.position, fordpass.PositionMetric)
    assert isinstance(metrics.position.value, fordpass.Position)
    assert isinstance(metrics.position.value.location, fordpass.GeoLocation)
    assert isinstance(metrics.position.value.location.lat, float)
    assert isinstance(metrics.indicators, fordpass.Indicators)
    assert isinstance(metrics.indicators.low_fuel, fordpass.IndicatorMetric)
    assert isinstance(metrics.indicators.low_fuel.value, bool)
    assert isinstance(metrics.indicators.malfunction_indicator, fordpass.IndicatorMetric)
    assert not metrics.indicators.additional_properties, "every captured lamp is a typed member"
    assert isinstance(metrics.configurations, fordpass.Configurations)
    assert isinstance(metrics.configurations.remote_start_run_duration_setting, fordpass.NumberMetric)
    assert isinstance(metrics.configurations.remote_start_run_duration_setting.value, float)
    assert isinstance(metrics.alarm_status, fordpass.AlarmStatusMetric)
    assert isinstance(metrics.alarm_status.tags, fordpass.MetricTags)
    assert metrics.alarm_status.tags.alarm_source == "UNKNOWN"
    assert isinstance(parsed.events, fordpass.VehicleEvents)
    custom = parsed.events.custom_events
    assert isinstance(custom, fordpass.CustomEvents)
    alert = custom.opaque_add_dvdcarmon_function_alert
    assert isinstance(alert, fordpass.VehicleEvent)
    assert isinstance(alert.oem_data, fordpass.OemData)
    assert isinstance(alert.oem_data.ftcp_version, fordpass.OemValue)
    assert alert.oem_data.ftcp_version.string_value == "5.0.14"
    assert isinstance(parsed.states, fordpass.VehicleStates)
    lock = parsed.states.lock_command
    assert isinstance(lock, fordpass.CommandState)
    assert isinstance(lock.command_id, str)
    assert isinstance(lock.value, fordpass.StateTransition)
    assert isinstance(lock.value.to_state, str)
    _check_query_vocabulary(metrics)


def _check_query_vocabulary(metrics: fordpass.Metrics) -> None:
    """FordConnect Query reports the same metric vocabulary: its model reads these metrics too."""
    same = query.Metrics.from_dict(metrics.to_dict())
    assert not list(_unmodelled_members(same, "query.Metrics"))
    assert isinstance(same.odometer, query.NumberMetric)
    assert isinstance(metrics.odometer, fordpass.NumberMetric)
    assert same.odometer.value == metrics.odometer.value
    assert isinstance(same.window_status, list)
    assert all(isinstance(window.vehicle_window, query.VehicleWindow) for window in same.window_status)


def _check_command(parsed: fordpass.Command) -> None:
    assert isinstance(parsed.id, str)
    assert isinstance(parsed.type_, fordpass.CommandType)
    assert parsed.type_.is_known
    assert parsed.current_status is fordpass.CommandCurrentStatus.REQUESTED
    assert isinstance(parsed.create_time, datetime)
    assert isinstance(parsed.expire_time, datetime)
    assert parsed.expire_time > parsed.create_time


def _autonomic_error_check(code: int, error: str) -> Callable[[fordpass.AutonomicError], None]:
    def check(parsed: fordpass.AutonomicError) -> None:
        assert parsed.code == code
        assert parsed.error == error
        assert isinstance(parsed.message, str)
        assert isinstance(parsed.timestamp, datetime)
        assert isinstance(parsed.reference_id, str)

    return check


def _check_forbidden(parsed: fordpass.AutonomicError) -> None:
    _autonomic_error_check(403, "forbidden")(parsed)
    assert isinstance(parsed.message_params, fordpass.MessageParams)
    assert parsed.message_params["status"] == "DENY_ALLOW"


# First matching pattern wins: specific patterns come before general ones.
CONTRACTS: tuple[Contract[Any], ...] = (
    Contract("fordconnect-*-vehicles-list.json", connect.VehicleList, _check_vehicle_list),
    Contract("fordconnect-*-vehicle-info-*.json", connect.VehicleInfoResponse, _check_vehicle_info),
    Contract("fordconnect-*-command-accepted.json", connect.CommandResponse, _command_check(expected=None)),
    Contract(
        "fordconnect-*-command-status-completed.json",
        connect.CommandResponse,
        _command_check(connect.CommandStatus.COMPLETED),
    ),
    Contract(
        "fordconnect-*-command-status-pending.json",
        connect.CommandResponse,
        _command_check(connect.CommandStatus.PENDINGRESPONSE),
    ),
    Contract("fordconnect-*-statusrefresh-completed.json", connect.StatusRefreshResponse, _check_status_refresh),
    Contract("fordconnect-*-location.json", connect.LocationResponse, _check_location),
    Contract("fordconnect-*-charge-schedules.json", connect.ChargeSchedulesResponse, _check_charge_schedules),
    Contract("fordconnect-*-departure-times.json", connect.DepartureTimesResponse, _check_departure_times),
    Contract("fordconnect-*-error-400-*.json", connect.ValidationError, _check_validation_error),
    Contract(
        "fordconnect-*-error-401-*subscription-key.json",
        connect.GatewayError,
        _check_subscription_key_error,
    ),
    Contract("fordconnect-*-error-401-token-*.json", connect.TokenError, _check_token_error),
    Contract(
        "fordconnect-*-error-401-unauthorized-*.json",
        connect.FordConnectError,
        _error_check(3000, connect.ErrorStatusCode.UNAUTHORIZED),
    ),
    Contract(
        "fordconnect-*-error-404-*.json",
        connect.FordConnectError,
        _error_check(4002, connect.ErrorStatusCode.NOT_FOUND),
    ),
    Contract(
        "fordconnect-*-error-406-*.json",
        connect.FordConnectError,
        _error_check(4006, connect.ErrorStatusCode.NOT_ACCEPTABLE),
    ),
    Contract("autonomic-telemetry-*.json", fordpass.VehicleTelemetry, _check_telemetry),
    Contract("autonomic-command-*.json", fordpass.Command, _check_command),
    Contract("autonomic-error-401-*.json", fordpass.AutonomicError, _autonomic_error_check(401, "unauthorized")),
    Contract("autonomic-error-403-*.json", fordpass.AutonomicError, _check_forbidden),
)


def _contract_for(name: str) -> Contract[Any] | None:
    return next((contract for contract in CONTRACTS if fnmatch(name, contract.pattern)), None)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda path: path.name)
def test_fixture_parses_into_its_model(path: Path) -> None:
    contract = _contract_for(path.name)
    if contract is None:
        pytest.fail(f"{path.name} has no contract: map it to its generated model in CONTRACTS")
    payload = json.loads(path.read_text(encoding="utf-8"))
    contract.verify(payload)


def test_every_contract_matches_a_fixture() -> None:
    names = [path.name for path in FIXTURES.glob("*.json")]
    unused = [contract.pattern for contract in CONTRACTS if not any(_contract_for(n) is contract for n in names)]
    assert not unused, f"contracts without a fixture (stale or shadowed pattern): {unused}"
