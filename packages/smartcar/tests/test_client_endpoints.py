"""Every endpoint, sync and async: the request on the wire, and the typed result."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx
import pytest
import respx

from carconnect.smartcar import (
    AsyncManagement,
    AsyncSmartcarClient,
    AsyncVehiclesV3,
    BatchResult,
    CommandResult,
    Management,
    Reading,
    SmartcarClient,
    VehiclesV3,
    models,
)
from carconnect.smartcar.models import management as mgmt
from carconnect.smartcar.models import v3

from .conftest import AMT, API, APP_TOKEN, CLIENT_ID, CLIENT_SECRET, MANAGEMENT, TOKEN, USER_ID, V3, VEHICLE

CAR = f"{API}/vehicles/{VEHICLE}"
CAR_V3 = f"{V3}/vehicles/{VEHICLE}"
READ_HEADERS = {
    "SC-Data-Age": "2026-01-02T03:04:05.000Z",
    "SC-Fetched-At": "2026-01-02T03:04:06.500Z",
    "SC-Unit-System": "metric",
    "SC-Request-Id": "req-1",
}
EXECUTION = {
    "data": {
        "id": "exec-1",
        "type": "command-execution",
        "attributes": {"commandType": "security-lock", "status": {"value": "SUCCESS"}, "executionMode": "sync"},
    }
}
SCHEDULE = {
    "data": {
        "id": "exec-2",
        "type": "charge-schedule-execution",
        "attributes": {"action": "create", "status": {"value": "SUCCESS"}, "scheduleId": "sched-1"},
    }
}
WINDOW = {"latitude": 37.7, "longitude": -122.4, "start_time": "1:00", "stop_time": "05:30"}
SENT_WINDOW = {"location": {"latitude": 37.7, "longitude": -122.4}, "startTime": "01:00", "stopTime": "05:30"}
V3_CONNECTION = {"id": "conn-1", "type": "connection"}

Invoke = Callable[[Any], Any]


@dataclass(frozen=True)
class Case:
    """One endpoint: how to call it, what goes on the wire, what comes back."""

    name: str
    method: str
    url: str
    invoke: Invoke
    answer: Any
    result: type | None
    auth: str = f"Bearer {TOKEN}"
    params: dict[str, str] = field(default_factory=dict)
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def read(name: str, path: str, answer: Any, model: type, **options: Any) -> Case:
    """A v2 reading: sent with the unit system, answered with meta headers."""
    return Case(
        name,
        "GET",
        f"{CAR}{path}",
        lambda c: getattr(c, name)(VEHICLE, **options),
        answer,
        model,
        headers={"sc-unit-system": "metric"},
    )


def command_v2(name: str, path: str, body: Any, *args: Any) -> Case:
    return Case(
        name, "POST", f"{CAR}{path}", lambda c: getattr(c, name)(VEHICLE, *args), ACTION, models.ActionResult, body=body
    )


def command_v3(
    name: str,
    path: str,
    *args: Any,
    body: Any = None,
    answer: Any = EXECUTION,
    method: str = "POST",
    options: dict[str, Any] | None = None,
) -> Case:
    return Case(
        f"v3.{name}",
        method,
        f"{CAR_V3}{path}",
        lambda c: getattr(c.v3, name)(VEHICLE, *args, **(options or {})),
        answer,
        CommandResult,
        auth=f"Bearer {APP_TOKEN}",
        body=body,
        headers={"sc-user-id": USER_ID},
    )


ACTION = {"status": "success", "message": "Successfully sent request to vehicle"}
CASES = [
    Case("user", "GET", f"{API}/user", lambda c: c.user(), {"id": USER_ID}, models.User),
    Case(
        "vehicles",
        "GET",
        f"{API}/vehicles",
        lambda c: c.vehicles(limit=2, offset=4),
        {"vehicles": [VEHICLE], "paging": {"count": 5, "offset": 4}},
        models.VehicleList,
        params={"limit": "2", "offset": "4"},
    ),
    read(
        "attributes", "", {"id": VEHICLE, "make": "TESLA", "model": "Model 3", "year": "2023"}, models.VehicleAttributes
    ),
    read("vin", "/vin", {"vin": "5YJ3E1EA7PF000001"}, models.Vin),
    Case(
        "permissions",
        "GET",
        f"{CAR}/permissions",
        lambda c: c.permissions(VEHICLE, limit=10),
        {"permissions": ["read_odometer"], "paging": {"count": 1, "offset": 0}},
        models.PermissionList,
        params={"limit": "10"},
    ),
    read("odometer", "/odometer", {"distance": 1234.5}, models.Odometer),
    read("location", "/location", {"latitude": 37.4, "longitude": -122.1}, models.Location),
    read("fuel", "/fuel", {"range": 400, "percentRemaining": 0.5, "amountRemaining": None}, models.Fuel),
    read("battery", "/battery", {"percentRemaining": 0.3, "range": 120.5}, models.Battery),
    read("battery_capacity", "/battery/capacity", {"capacity": 75}, models.BatteryCapacity),
    read(
        "nominal_capacity",
        "/battery/nominal_capacity",
        {"availableCapacities": [], "capacity": None, "url": None},
        models.NominalCapacity,
    ),
    read("charge", "/charge", {"isPluggedIn": True, "state": "CHARGING"}, models.ChargeStatus),
    read("charge_limit", "/charge/limit", {"limit": 0.8}, models.ChargeLimit),
    read(
        "lock_status",
        "/security",
        {"isLocked": False, "doors": [{"type": "frontLeft", "status": "OPEN"}]},
        models.LockStatus,
    ),
    read("engine_oil", "/engine/oil", {"lifeRemaining": 0.42}, models.EngineOil),
    read("tire_pressure", "/tires/pressure", {"frontLeft": 219.1, "backRight": None}, models.TirePressure),
    Case(
        "service_history",
        "GET",
        f"{CAR}/service/history",
        lambda c: c.service_history(VEHICLE, start=date(2025, 1, 1), end="2025-12-31"),
        [{"serviceId": 1, "serviceDate": "2025-03-01T10:00:00.000Z", "serviceTasks": []}],
        list,
        params={"startDate": "2025-01-01", "endDate": "2025-12-31"},
        headers={"sc-unit-system": "metric"},
    ),
    read(
        "diagnostic_system_status",
        "/diagnostics/system_status",
        {"systems": [{"systemId": "SYSTEM_TPMS", "status": "OK"}]},
        models.SystemStatus,
    ),
    read(
        "diagnostic_trouble_codes",
        "/diagnostics/dtcs",
        {"activeCodes": [{"code": "P0123"}]},
        models.DiagnosticTroubleCodes,
    ),
    command_v2("lock", "/security", {"action": "LOCK"}),
    command_v2("unlock", "/security", {"action": "UNLOCK"}),
    command_v2("start_charge", "/charge", {"action": "START"}),
    command_v2("stop_charge", "/charge", {"action": "STOP"}),
    command_v2("set_charge_limit", "/charge/limit", {"limit": 0.8}, 0.8),
    command_v2("send_destination", "/navigation/destination", {"latitude": 1.5, "longitude": -2.5}, 1.5, -2.5),
    Case(
        "batch",
        "POST",
        f"{CAR}/batch",
        lambda c: c.batch(VEHICLE, ["odometer", "/odometer", "/"]),
        {"responses": [{"path": "/odometer", "code": 200, "body": {"distance": 1}}]},
        BatchResult,
        body={"requests": [{"path": "/odometer"}, {"path": "/"}]},
        headers={"sc-unit-system": "metric"},
    ),
    Case(
        "request",
        "GET",
        f"{CAR}/tesla/compass",
        lambda c: c.request(VEHICLE, "get", "/tesla/compass"),
        {"heading": 90},
        Reading,
        headers={"sc-unit-system": "metric"},
    ),
    Case(
        "disconnect",
        "DELETE",
        f"{CAR}/application",
        lambda c: c.disconnect(VEHICLE),
        {"status": "success"},
        models.StatusResult,
    ),
    Case(
        "subscribe",
        "POST",
        f"{CAR}/webhooks/hook",
        lambda c: c.subscribe(VEHICLE, "hook"),
        {"webhookId": "hook", "vehicleId": VEHICLE},
        models.WebhookSubscription,
    ),
    Case(
        "unsubscribe",
        "DELETE",
        f"{CAR}/webhooks/hook",
        lambda c: c.unsubscribe(VEHICLE, "hook"),
        {"status": "success"},
        models.StatusResult,
        auth=f"Bearer {AMT}",
    ),
    Case(
        "compatibility",
        "GET",
        f"{API}/compatibility",
        lambda c: c.compatibility("VIN1", ["read_odometer", "read_vin"], country="DE"),
        {"compatible": True, "capabilities": []},
        models.Compatibility,
        auth=basic(CLIENT_ID, CLIENT_SECRET),
        params={"vin": "VIN1", "scope": "read_odometer read_vin", "country": "DE"},
    ),
    Case(
        "compatibility_matrix",
        "GET",
        f"{API}/compatibility/matrix",
        lambda c: c.compatibility_matrix("US", make="TESLA", powertrain="BEV"),
        {"TESLA": [{"model": "Model 3", "type": "BEV"}]},
        models.CompatibilityMatrix,
        auth=basic(CLIENT_ID, CLIENT_SECRET),
        params={"region": "US", "make": "TESLA", "type": "BEV"},
    ),
    Case(
        "v3.vehicle",
        "GET",
        CAR_V3,
        lambda c: c.v3.vehicle(VEHICLE),
        {"id": VEHICLE, "attributes": {"make": "TESLA", "year": 2020}},
        v3.Vehicle,
        auth=f"Bearer {APP_TOKEN}",
        headers={"sc-user-id": USER_ID},
    ),
    Case(
        "v3.signals",
        "GET",
        f"{CAR_V3}/signals",
        lambda c: c.v3.signals(VEHICLE),
        {"data": []},
        v3.SignalList,
        auth=f"Bearer {APP_TOKEN}",
        headers={"sc-user-id": USER_ID},
    ),
    Case(
        "v3.signal",
        "GET",
        f"{CAR_V3}/signals/odometer-traveleddistance",
        lambda c: c.v3.signal(VEHICLE, v3.SignalCode.ODOMETER_TRAVELEDDISTANCE, user_id="user-2"),
        {"id": "odometer-traveleddistance", "attributes": {"code": "odometer-traveleddistance"}},
        v3.Signal,
        auth=f"Bearer {APP_TOKEN}",
        headers={"sc-user-id": "user-2"},
    ),
    command_v3("start_charge", "/commands/charge/start"),
    command_v3("stop_charge", "/commands/charge/stop"),
    command_v3("set_charge_limit", "/commands/charge/set-limit", 80, body={"data": {"attributes": {"percent": 80.0}}}),
    command_v3("lock", "/commands/security/lock"),
    command_v3("unlock", "/commands/security/unlock"),
    command_v3(
        "set_destination",
        "/commands/navigation/set-destination",
        37.7,
        -122.4,
        body={"data": {"attributes": {"latitude": 37.7, "longitude": -122.4}}},
    ),
    command_v3("open_charge_port", "/commands/charge-port/open"),
    command_v3("close_charge_port", "/commands/charge-port/close"),
    command_v3(
        "set_daily_charge_schedule",
        "/charge-schedules/daily",
        body={"data": {"attributes": SENT_WINDOW}},
        answer=SCHEDULE,
        options=WINDOW,
    ),
    command_v3(
        "set_workweek_charge_schedule",
        "/charge-schedules/workweek",
        body={"data": {"attributes": SENT_WINDOW}},
        answer=SCHEDULE,
        options=WINDOW,
    ),
    command_v3("delete_charge_schedule", "/charge-schedules/sched-1", "sched-1", answer=SCHEDULE, method="DELETE"),
    Case(
        "v3.set_weekly_charge_schedule",
        "POST",
        f"{CAR_V3}/charge-schedules/weekly",
        lambda c: c.v3.set_weekly_charge_schedule(VEHICLE, days=["monday"], **WINDOW),
        SCHEDULE,
        CommandResult,
        auth=f"Bearer {APP_TOKEN}",
        body={"data": {"attributes": {**SENT_WINDOW, "days": ["MONDAY"]}}},
        headers={"sc-user-id": USER_ID},
    ),
    Case(
        "v3.connections",
        "GET",
        f"{V3}/connections",
        lambda c: c.v3.connections(user_id="u", vehicle_id="v", mode="live", external_user_id="x", page=2, page_size=5),
        {"data": [V3_CONNECTION]},
        v3.ConnectionList,
        auth=f"Bearer {APP_TOKEN}",
        params={
            "filter[userId]": "u",
            "filter[vehicleId]": "v",
            "filter[vehicle.mode]": "live",
            "filter[user.externalId]": "x",
            "page[number]": "2",
            "page[size]": "5",
        },
    ),
    Case(
        "v3.connection",
        "GET",
        f"{V3}/connections/conn-1",
        lambda c: c.v3.connection("conn-1"),
        {"data": V3_CONNECTION},
        v3.Connection,
        auth=f"Bearer {APP_TOKEN}",
    ),
    Case(
        "v3.delete_connection",
        "DELETE",
        f"{V3}/connections/conn-1",
        lambda c: c.v3.delete_connection("conn-1"),
        None,
        None,
        auth=f"Bearer {APP_TOKEN}",
        status=204,
    ),
    Case(
        "v3.delete_user",
        "DELETE",
        f"{V3}/users/u",
        lambda c: c.v3.delete_user("u"),
        None,
        None,
        auth=f"Bearer {APP_TOKEN}",
        status=204,
    ),
    Case(
        "management.connections",
        "GET",
        f"{MANAGEMENT}/management/connections",
        lambda c: c.management.connections(vehicle_id="v", mode="live", limit=3, cursor="next"),
        {"connections": [{"userId": "u", "vehicleId": "v"}], "paging": {"cursor": None}},
        mgmt.ConnectionList,
        auth=basic("default", AMT),
        params={"vehicle_id": "v", "mode": "live", "limit": "3", "cursor": "next"},
    ),
    Case(
        "management.delete_connections",
        "DELETE",
        f"{MANAGEMENT}/management/connections",
        lambda c: c.management.delete_connections(user_id="u"),
        {"connections": [{"userId": "u", "vehicleId": "v"}]},
        mgmt.DeletedConnections,
        auth=basic("default", AMT),
        params={"user_id": "u"},
    ),
]


def mock(router: respx.Router, case: Case) -> respx.Route:
    url = httpx.URL(case.url)
    response = (
        httpx.Response(case.status)
        if case.answer is None
        else httpx.Response(case.status, json=case.answer, headers=READ_HEADERS)
    )
    return router.route(method=case.method, host=url.host, path=url.path).mock(return_value=response)


def check(route: respx.Route, case: Case, result: Any) -> None:
    assert route.call_count == 1, "sent exactly once"
    request = route.calls.last.request
    assert request.headers["authorization"] == case.auth
    assert {name: request.headers.get(name) for name in case.headers} == case.headers
    assert dict(request.url.params) == case.params
    assert (json.loads(request.content) if request.content else None) == case.body
    if case.result is None:
        assert result is None
    elif case.result is list:
        assert isinstance(result, Reading)
        assert isinstance(result.data, list)
    else:
        assert isinstance(result, case.result) or isinstance(getattr(result, "data", None), case.result)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_sync(case: Case, router: respx.Router, client: SmartcarClient) -> None:
    route = mock(router, case)
    check(route, case, case.invoke(client))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_async(case: Case, router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    route = mock(router, case)
    check(route, case, await case.invoke(aclient))


def public_methods(cls: type) -> list[str]:
    """The class's public methods (not the API attributes ``v3`` and ``management``)."""
    return [name for name, member in vars(cls).items() if not name.startswith("_") and callable(member)]


@pytest.mark.parametrize(
    ("sync", "async_"),
    [
        (SmartcarClient, AsyncSmartcarClient),
        (VehiclesV3, AsyncVehiclesV3),
        (Management, AsyncManagement),
    ],
)
def test_sync_and_async_list_the_same_methods_in_the_same_order(sync: type, async_: type) -> None:
    assert public_methods(sync) == public_methods(async_)


def test_every_endpoint_has_a_case() -> None:
    covered = {case.name for case in CASES}
    methods = {name for name in public_methods(SmartcarClient) if not name.startswith("iter_")}
    methods |= {f"v3.{name}" for name in public_methods(VehiclesV3)}
    methods |= {f"management.{name}" for name in public_methods(Management)}
    methods -= {"v3.iter_connections", "management.iter_connections"}
    assert methods - covered == set()


def test_reading_carries_parsed_meta(router: respx.Router, client: SmartcarClient) -> None:
    mock(router, read("odometer", "/odometer", {"distance": 1.0}, models.Odometer))
    meta = client.odometer(VEHICLE).meta
    assert (meta.data_age.isoformat() if meta.data_age else None) == "2026-01-02T03:04:05+00:00"
    assert meta.fetched_at is not None
    assert meta.fetched_at.microsecond == 500000
    assert meta.unit_system == models.UnitSystem.METRIC
    assert meta.request_id == "req-1"
