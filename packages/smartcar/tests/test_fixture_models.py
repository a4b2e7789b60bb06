"""Contract test: every captured Smartcar payload parses into its generated model.

The payloads live outside the repository, in `$CARCONNECT_FIXTURES/smartcar` (default: the
`shared/fixtures` folder beside the repository root). Each file name is matched against
`EXPECTATIONS`; a file without a match fails, so new captures cannot slip by unmodelled.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import pytest

from carconnect.sim.vendor_fixtures import fixtures_dir
from carconnect.smartcar._generated.management import models as management
from carconnect.smartcar._generated.vehicles_v2 import models as v2
from carconnect.smartcar._generated.vehicles_v3 import models as v3
from carconnect.smartcar.results import FromDict

FIXTURES = fixtures_dir(__file__, "smartcar")

M = TypeVar("M", bound=FromDict)


@dataclass(frozen=True)
class Expectation(Generic[M]):
    """The model a payload must parse into, and what must hold for the parsed value."""

    model: type[M]
    check: Callable[[M], None]


# --- helpers ---------------------------------------------------------------------------------


def _batch_item(batch: v2.BatchResponse, path: str) -> v2.BatchResponseItem:
    return next(item for item in batch.responses if item.path == path)


def _batch_body(item: v2.BatchResponseItem) -> dict[str, Any]:
    assert isinstance(item.body, v2.BatchItemBody)
    return item.body.to_dict()


def _signal(event: v3.VehicleStateEvent, code: v3.SignalCode) -> v3.WebhookSignal:
    return next(signal for signal in event.data.signals if signal.code == code)


# --- Vehicles API v2.0 -----------------------------------------------------------------------


def _check_action(result: v2.ActionResult) -> None:
    assert result.status == v2.ActionStatus.SUCCESS
    assert isinstance(result.message, str)


def _check_batch_all_success(batch: v2.BatchResponse) -> None:
    assert {item.code for item in batch.responses} == {200}
    lock = v2.LockStatus.from_dict(_batch_body(_batch_item(batch, "/security")))
    assert lock.is_locked is False
    odometer = _batch_item(batch, "/odometer")
    assert isinstance(odometer.headers, v2.BatchItemHeaders)
    assert odometer.headers.sc_unit_system == v2.UnitSystem.METRIC


def _check_batch_mixed(batch: v2.BatchResponse) -> None:
    odometer = _batch_item(batch, "/odometer")
    assert isinstance(odometer.headers, v2.BatchItemHeaders)
    assert isinstance(odometer.headers.sc_data_age, datetime.datetime)
    assert isinstance(odometer.headers.sc_fetched_at, datetime.datetime)
    assert v2.Odometer.from_dict(_batch_body(odometer)).distance == 21919
    fuel = _batch_item(batch, "/fuel")
    assert fuel.code == 403
    error = v2.Error.from_dict(_batch_body(fuel))
    assert error.type_ == v2.ErrorType.PERMISSION
    assert isinstance(error.resolution, v2.ErrorResolution)
    assert error.resolution.type_ == v2.ResolutionType.REAUTHENTICATE


def _check_batch_rate_limit(batch: v2.BatchResponse) -> None:
    item = batch.responses[0]
    assert item.code == 429
    assert isinstance(item.headers, v2.BatchItemHeaders)
    assert item.headers.retry_after == 999
    error = v2.Error.from_dict(_batch_body(item))
    assert error.type_ == v2.ErrorType.RATE_LIMIT
    assert error.code == v2.ErrorCode.VEHICLE


def _check_nominal_capacity(nominal: v2.NominalCapacity) -> None:
    assert isinstance(nominal.capacity, v2.SelectedCapacity)
    assert nominal.capacity.source == v2.CapacitySource.USER_SELECTED
    assert isinstance(nominal.available_capacities, list)
    assert [option.capacity for option in nominal.available_capacities] == [70.9, 80.9, 90.9]
    assert isinstance(nominal.url, str)


def _check_battery(battery: v2.Battery) -> None:
    assert battery.percent_remaining == 0.3
    assert isinstance(battery.range_, float)


def _check_charge_limit(limit: v2.ChargeLimit) -> None:
    assert isinstance(limit.limit, float)
    assert 0 <= limit.limit <= 1


def _check_charge(charge: v2.ChargeStatus) -> None:
    assert charge.is_plugged_in is True
    assert charge.state == v2.ChargeState.FULLY_CHARGED


def _check_dtcs(dtcs: v2.DiagnosticTroubleCodes) -> None:
    first = dtcs.active_codes[0]
    assert first.code == "P0123"
    assert isinstance(first.timestamp, datetime.datetime)


def _check_system_status(status: v2.SystemStatus) -> None:
    tpms = status.systems[1]
    assert tpms.status == v2.SystemHealth.ALERT
    assert tpms.description == "Front left tire"
    assert status.systems[0].description is None


def _check_error(error: v2.Error) -> None:
    assert error.type_.is_known
    assert isinstance(error.status_code, int)


def _check_permission_error(error: v2.Error) -> None:
    assert error.type_ == v2.ErrorType.PERMISSION
    assert error.code is None
    assert error.resolution == v2.ResolutionType.REAUTHENTICATE


def _check_rate_limit_mixed_case(error: v2.Error) -> None:
    assert error.type_ == v2.ErrorType.RATE_LIMIT
    assert isinstance(error.code, v2.ErrorCode)
    assert error.code.value == "Vehicle"
    assert not error.code.is_known
    assert isinstance(error.resolution, v2.ErrorResolution)
    assert error.resolution.type_ == v2.ResolutionType.RETRY_LATER


def _check_vehicle_rate_limit(error: v2.Error) -> None:
    assert error.status_code == 429
    assert error.code == v2.ErrorCode.VEHICLE
    assert isinstance(error.suggested_user_message, str)


def _check_validation_error(error: v2.Error) -> None:
    assert error.type_ == v2.ErrorType.VALIDATION
    assert isinstance(error.detail, list)
    assert error.detail[0].field == ["requests"]


def _check_asleep(error: v2.Error) -> None:
    assert error.type_ == v2.ErrorType.VEHICLE_STATE
    assert error.code == v2.ErrorCode.ASLEEP
    assert error.resolution is None


def _check_fuel(fuel: v2.Fuel) -> None:
    assert fuel.amount_remaining == 53.2
    assert fuel.percent_remaining == 0.3


def _check_location(location: v2.Location) -> None:
    assert location.latitude == 37.4292
    assert isinstance(location.longitude, float)


def _check_management_connections(page: management.ConnectionList) -> None:
    connection = page.connections[0]
    assert isinstance(connection.connected_at, datetime.datetime)
    assert connection.connected_at.tzinfo is not None
    assert isinstance(page.paging, management.CursorPaging)
    assert isinstance(page.paging.cursor, str)


def _check_odometer(odometer: v2.Odometer) -> None:
    assert odometer.distance == 104.32


def _check_permissions(permissions: v2.PermissionList) -> None:
    assert permissions.permissions == [v2.Permission.READ_VEHICLE_INFO]
    assert isinstance(permissions.paging, v2.Paging)
    assert permissions.paging.count == 25


def _check_lock_status(lock: v2.LockStatus) -> None:
    assert lock.is_locked is True
    assert isinstance(lock.doors, list)
    assert lock.doors[0].type_ == v2.ClosureType.FRONT_LEFT
    assert lock.doors[0].status == v2.ClosureState.LOCKED
    assert isinstance(lock.charging_port, list)
    assert lock.charging_port[0].type_ == v2.ClosureType.CHARGING_PORT


def _check_service_record(record: v2.ServiceRecord) -> None:
    assert isinstance(record.service_date, datetime.datetime)
    assert isinstance(record.service_cost, v2.ServiceCost)
    assert record.service_cost.currency == "USD"
    assert isinstance(record.service_tasks, list)
    assert isinstance(record.service_details, (v2.ServiceDetail, list))


def _check_tire_pressure(tires: v2.TirePressure) -> None:
    assert tires.front_left == 219.1
    assert isinstance(tires.back_right, float)


def _check_user(user: v2.User) -> None:
    assert user.id == "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"


def _check_vehicle_attributes(vehicle: v2.VehicleAttributes) -> None:
    assert vehicle.make == "TESLA"
    assert vehicle.year == 2014


def _check_vehicles_list(vehicles: v2.VehicleList) -> None:
    assert vehicles.vehicles == ["36ab27d0-fd9d-4455-823a-ce30af709ffc"]
    assert isinstance(vehicles.paging, v2.Paging)
    assert vehicles.paging.offset == 10


def _check_webhook_subscription(subscription: v2.WebhookSubscription) -> None:
    assert isinstance(subscription.webhook_id, str)
    assert isinstance(subscription.vehicle_id, str)


# --- Vehicles API v3 and webhooks --------------------------------------------------------------


def _check_signal(signal: v3.Signal) -> None:
    assert signal.attributes.code == v3.SignalCode.ODOMETER_TRAVELEDDISTANCE
    assert isinstance(signal.attributes.body, v3.SignalBody)
    assert isinstance(signal.attributes.body.value, float)
    assert signal.attributes.body.unit == "kilometers"
    assert isinstance(signal.meta, v3.SignalMeta)
    assert signal.meta.retrieved_at == 1752104218549


def _check_signal_list(signals: v3.SignalList) -> None:
    assert [signal.id for signal in signals.data] == ["charge-chargetimers", "odometer-traveleddistance"]
    assert isinstance(signals.included, v3.SignalListIncluded)
    assert isinstance(signals.included.vehicle, v3.Vehicle)
    assert signals.included.vehicle.attributes.year == 2021


def _check_vehicle(vehicle: v3.Vehicle) -> None:
    assert vehicle.attributes.make == "TESLA"
    assert vehicle.attributes.year == 2019
    assert isinstance(vehicle.links, v3.ResourceLinks)
    assert vehicle.links.self_ == f"/vehicles/{vehicle.id}"


def _check_verify(event: v3.VerifyEvent) -> None:
    assert event.event_type == v3.WebhookEventType.VERIFY
    assert event.data.challenge == "any-abcd"


def _check_vehicle_error(event: v3.VehicleErrorEvent) -> None:
    assert event.event_type == v3.WebhookEventType.VEHICLE_ERROR
    assert isinstance(event.data.user.id, str)
    assert all(error.type_.is_known for error in event.data.errors)


def _check_vehicle_error_mixed_signals(event: v3.VehicleErrorEvent) -> None:
    _check_vehicle_error(event)
    compatibility, permission = event.data.errors
    assert compatibility.code == v3.ErrorCode.VEHICLE_NOT_CAPABLE
    assert isinstance(compatibility.signals, list)
    assert all(isinstance(signal, str) for signal in compatibility.signals)
    assert isinstance(permission.signals, list)
    assert isinstance(permission.signals[0], v3.SignalRef)


def _check_vehicle_state(event: v3.VehicleStateEvent) -> None:
    assert event.event_type == v3.WebhookEventType.VEHICLE_STATE
    assert isinstance(event.data.vehicle.year, int)
    for signal in event.data.signals:
        failed = isinstance(signal.status, v3.SignalStatus) and signal.status.value == v3.StatusValue.ERROR
        assert failed or isinstance(signal.body, v3.SignalBody)
    assert isinstance(event.meta, v3.WebhookDeliveryMeta)
    assert isinstance(event.meta.delivered_at, int)


def _check_vehicle_state_85_signals(event: v3.VehicleStateEvent) -> None:
    _check_vehicle_state(event)
    assert isinstance(event.meta, v3.WebhookDeliveryMeta)
    assert event.meta.signal_count == len(event.data.signals) == 85
    assert event.meta.version == "4.0"


def _check_vehicle_state_polestar(event: v3.VehicleStateEvent) -> None:
    _check_vehicle_state(event)
    timers = _signal(event, v3.SignalCode.CHARGE_CHARGETIMERS)
    assert isinstance(timers.status, v3.SignalStatus)
    assert isinstance(timers.status.error, v3.SignalError)
    assert timers.status.error.type_ == v3.ErrorType.SERVER
    assert timers.status.error.code == v3.ErrorCode.INTERNAL


def _check_vehicle_state_test_mode(event: v3.VehicleStateEvent) -> None:
    _check_vehicle_state(event)
    assert isinstance(event.meta, v3.WebhookDeliveryMeta)
    assert event.meta.mode == v3.WebhookMode.TEST


def _check_vehicle_state_string_triggers(event: v3.VehicleStateEvent) -> None:
    _check_vehicle_state(event)
    assert isinstance(event.triggers, list)
    assert event.triggers[0].signal == "Odometer.TraveledDistance"
    odometer = _signal(event, v3.SignalCode.ODOMETER_TRAVELEDDISTANCE)
    assert isinstance(odometer.body, v3.SignalBody)
    assert odometer.body.value == 62041


# --- the mapping: first matching pattern wins --------------------------------------------------

EXPECTATIONS: list[tuple[str, Expectation[Any]]] = [
    ("v2-action-success.json", Expectation(v2.ActionResult, _check_action)),
    ("v2-batch-all-success.json", Expectation(v2.BatchResponse, _check_batch_all_success)),
    ("v2-batch-mixed-*.json", Expectation(v2.BatchResponse, _check_batch_mixed)),
    ("v2-batch-rate-limit-*.json", Expectation(v2.BatchResponse, _check_batch_rate_limit)),
    ("v2-battery-nominal-capacity.json", Expectation(v2.NominalCapacity, _check_nominal_capacity)),
    ("v2-battery.json", Expectation(v2.Battery, _check_battery)),
    ("v2-charge-limit.json", Expectation(v2.ChargeLimit, _check_charge_limit)),
    ("v2-charge.json", Expectation(v2.ChargeStatus, _check_charge)),
    ("v2-diagnostics-dtcs.json", Expectation(v2.DiagnosticTroubleCodes, _check_dtcs)),
    ("v2-diagnostics-system-status.json", Expectation(v2.SystemStatus, _check_system_status)),
    ("v2-error-permission-403.json", Expectation(v2.Error, _check_permission_error)),
    ("v2-error-rate-limit-429.json", Expectation(v2.Error, _check_rate_limit_mixed_case)),
    ("v2-error-rate-limit-vehicle-429.json", Expectation(v2.Error, _check_vehicle_rate_limit)),
    ("v2-error-validation-400.json", Expectation(v2.Error, _check_validation_error)),
    ("v2-error-vehicle-state-asleep-409.json", Expectation(v2.Error, _check_asleep)),
    ("v2-error-*.json", Expectation(v2.Error, _check_error)),
    ("v2-fuel.json", Expectation(v2.Fuel, _check_fuel)),
    ("v2-location.json", Expectation(v2.Location, _check_location)),
    ("v2-management-connections.json", Expectation(management.ConnectionList, _check_management_connections)),
    ("v2-odometer.json", Expectation(v2.Odometer, _check_odometer)),
    ("v2-permissions.json", Expectation(v2.PermissionList, _check_permissions)),
    ("v2-security.json", Expectation(v2.LockStatus, _check_lock_status)),
    ("v2-service-history.json", Expectation(v2.ServiceRecord, _check_service_record)),
    ("v2-tires-pressure.json", Expectation(v2.TirePressure, _check_tire_pressure)),
    ("v2-user.json", Expectation(v2.User, _check_user)),
    ("v2-vehicle-attributes.json", Expectation(v2.VehicleAttributes, _check_vehicle_attributes)),
    ("v2-vehicles-list.json", Expectation(v2.VehicleList, _check_vehicles_list)),
    ("v2-webhook-subscribe.json", Expectation(v2.WebhookSubscription, _check_webhook_subscription)),
    ("v3-signal-odometer.json", Expectation(v3.Signal, _check_signal)),
    ("v3-signals.json", Expectation(v3.SignalList, _check_signal_list)),
    ("v3-vehicle.json", Expectation(v3.Vehicle, _check_vehicle)),
    ("v3-webhook-verify.json", Expectation(v3.VerifyEvent, _check_verify)),
    ("v3-webhook-vehicle-error.json", Expectation(v3.VehicleErrorEvent, _check_vehicle_error_mixed_signals)),
    ("v3-webhook-vehicle-error-*.json", Expectation(v3.VehicleErrorEvent, _check_vehicle_error)),
    (
        "v3-webhook-vehicle-state-*-85-signals.json",
        Expectation(v3.VehicleStateEvent, _check_vehicle_state_85_signals),
    ),
    ("v3-webhook-vehicle-state-polestar2.json", Expectation(v3.VehicleStateEvent, _check_vehicle_state_polestar)),
    ("v3-webhook-vehicle-state-test-mode.json", Expectation(v3.VehicleStateEvent, _check_vehicle_state_test_mode)),
    ("v3-webhook-vehicle-state-vw-id4.json", Expectation(v3.VehicleStateEvent, _check_vehicle_state_string_triggers)),
    ("v3-webhook-vehicle-state-*.json", Expectation(v3.VehicleStateEvent, _check_vehicle_state)),
]


def _expectation_for(file_name: str) -> Expectation[Any]:
    for pattern, expectation in EXPECTATIONS:
        if fnmatch.fnmatchcase(file_name, pattern):
            return expectation
    pytest.fail(f"{file_name}: no generated model mapped; add an entry to EXPECTATIONS in {__name__}")


FIXTURE_FILES = sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[path.name for path in FIXTURE_FILES])
def test_fixture_parses_into_generated_model(path: Path) -> None:
    expectation = _expectation_for(path.name)
    payload = json.loads(path.read_text(encoding="utf-8"))
    # A top-level array (service history) holds one model per element.
    for item in payload if isinstance(payload, list) else [payload]:
        expectation.check(expectation.model.from_dict(item))


@pytest.mark.parametrize(
    ("model", "payload", "unreported"),
    [
        ("ChargeStatus", {"isPluggedIn": None, "state": None}, ["is_plugged_in", "state"]),
        ("LockStatus", {"isLocked": None, "doors": []}, ["is_locked"]),
        ("EngineOil", {"lifeRemaining": None}, ["life_remaining"]),
        ("ServiceRecord", {"serviceId": None, "serviceTasks": None}, ["service_id", "service_tasks"]),
    ],
)
def test_readings_a_make_does_not_report_are_none(model: str, payload: dict[str, Any], unreported: list[str]) -> None:
    """Smartcar's fields are often null per make: such a reading parses, with ``None`` where unreported."""
    from carconnect.smartcar import models

    parsed = getattr(models, model).from_dict(payload)
    assert [getattr(parsed, field) for field in unreported] == [None] * len(unreported)
