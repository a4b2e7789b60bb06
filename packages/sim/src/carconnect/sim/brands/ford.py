"""Ford: FordConnect Query, FordConnect and FordPass (Autonomic plus the Ford-hosted vehicle list).

Hosts (see ``profiles/ford.py``): ``api`` is api.vehicle.ford.com (Query under ``/fcon-query/v1``, the
FordPass vehicle list under ``/api/expdashboard/v1/details/``), ``mps`` is api.mps.ford.com
(FordConnect), ``autonomic`` is api.autonomic.ai (FordPass telemetry and commands).

Quirks, as Ford shows them:

* Query: one vehicle per consent; more than 30 calls a minute per consent answer 429 with
  ``Retry-After``; wallbox, departure times, charge schedules and sessions are EV-only (404 otherwise)
  and their bodies, undocumented by Ford, are small invented shapes.
* FordConnect: ``Application-Id`` checked first (401 "missing|invalid subscription key"); 32-character
  vehicle ids (400 otherwise); ``MM-DD-YYYY HH:MM:SS`` timestamps and string coordinates; EV-only
  commands and data answer 406 on the petrol car; commands answer 202 ``PENDINGRESPONSE`` and stay
  pending for :data:`PENDING_SECONDS` of simulated time, then ``COMPLETED`` or ``FAILED`` (deep sleep,
  not capable); command ids expire after :data:`COMMAND_ID_TTL` s (401, ``commandStatus`` FAILED);
  the status-refresh poll answers 202 even though it is a GET.
* FordPass: the vehicle list wants the CAT token in ``auth-token`` and a FordPass ``Application-Id``
  (answers 207); Autonomic wants its own bearer token; commands answer 201 and their outcome appears
  in telemetry ``states["<type>Command"]`` (only the latest per type): ``success``, ``expired`` with
  the deep-sleep preclusion cause, or ``COMMAND_FAILED_ON_DEVICE``; remote start on the electric car
  is refused with 403 ``DENY_ALLOW``.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..errors import AuthFailure
from ..fleet import Command, CommandOutcome, Fleet, Vehicle
from ..oauth.bearer import Principal
from ..profiles import ford as profile
from ..profiles.errors import json_response
from ..profiles.ford import AutonomicErrors as _ProfileAutonomicErrors
from . import BrandContext, BrandError, BrandPlugin

QUERY = "/fcon-query/v1"
CONNECT = "/api/fordconnect"
VEHICLE = CONNECT + "/v1/vehicles/{vehicle_id}"
AUTONOMIC_TELEMETRY = "/{version}/telemetry/sources/fordpass/vehicles/{vin}"
DASHBOARD = "/api/expdashboard/v1/details/"
PENDING_SECONDS = 4
COMMAND_ID_TTL = 120
AUTONOMIC_COMMAND_TTL = 90
QUERY_REQUESTS_PER_MINUTE = 30
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

Payload = dict[str, Any]
Handler = Callable[[Request], Awaitable[Response]]

# ---- formats -----------------------------------------------------------------------------------


def ford_time(moment: datetime) -> str:
    """FordConnect's ``MM-DD-YYYY HH:MM:SS`` (UTC)."""
    return moment.strftime("%m-%d-%Y %H:%M:%S")


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


COMPASS = ("NORTH", "NORTHEAST", "EAST", "SOUTHEAST", "SOUTH", "SOUTHWEST", "WEST", "NORTHWEST")
CAMEL_COMPASS = ("North", "NorthEast", "East", "SouthEast", "South", "SouthWest", "West", "NorthWest")


def compass(heading: float) -> int:
    return round(heading / 45) % 8


def engine_type(vehicle: Vehicle) -> str:
    return {"BEV": "BEV", "PHEV": "PHEV"}.get(vehicle.spec.powertrain, "ICE")


def autonomic_id(vehicle: Vehicle, kind: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"carconnect-sim:ford:{kind}:{vehicle.id}"))


class Answer(Exception):  # noqa: N818 - carries a finished response, it is not an error condition
    """Raised inside a handler to answer with ``response`` (an error in Ford's exact shape)."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def answers(handler: Handler) -> Handler:
    async def wrapper(request: Request) -> Response:
        try:
            return await handler(request)
        except Answer as answer:
            return answer.response

    return wrapper


class AutonomicErrors(_ProfileAutonomicErrors):
    """Autonomic's error body with ``messageParams`` as an object, as Autonomic sends it."""

    def _body(self, status: int, message: str, now: datetime) -> dict[str, object]:
        return {**super()._body(status, message, now), "messageParams": {}}


# ---- shared metric vocabulary (Query telemetry and Autonomic telemetry) ------------------------


def _metric(at: str, value: Any, **extra: Any) -> Payload:
    return {"updateTime": at, "oemCorrelationId": "sim", "value": value, **extra}


def _doors(vehicle: Vehicle, at: str) -> list[Payload]:
    def state(key: str) -> str:
        return "OPEN" if vehicle.doors_open.get(key) else "CLOSED"

    return [
        _metric(
            at, state("front_left"), vehicleDoor="UNSPECIFIED_FRONT", vehicleSide="DRIVER", vehicleOccupantRole="DRIVER"
        ),
        _metric(
            at,
            state("front_right"),
            vehicleDoor="UNSPECIFIED_FRONT",
            vehicleSide="PASSENGER",
            vehicleOccupantRole="PASSENGER",
        ),
        _metric(at, state("rear_left"), vehicleDoor="REAR_LEFT", vehicleOccupantRole="PASSENGER"),
        _metric(at, state("rear_right"), vehicleDoor="REAR_RIGHT", vehicleOccupantRole="PASSENGER"),
        _metric(at, state("tailgate"), vehicleDoor="TAILGATE"),
    ]


def _windows(vehicle: Vehicle, at: str) -> list[Payload]:
    places = (("front_left", "UNSPECIFIED_FRONT", "DRIVER"), ("front_right", "UNSPECIFIED_FRONT", "PASSENGER"),
              ("rear_left", "UNSPECIFIED_REAR", "DRIVER"), ("rear_right", "UNSPECIFIED_REAR", "PASSENGER"))  # fmt: skip
    result = []
    for key, window, side in places:
        opening = 40.0 if vehicle.windows_open.get(key) else 0.0
        value = {"doubleRange": {"lowerBound": opening, "upperBound": opening}}
        result.append(_metric(at, value, vehicleWindow=window, vehicleSide=side))
    return result


def metrics(vehicle: Vehicle, now: datetime) -> Payload:
    """The latest readings in the FordPass/Query metric vocabulary."""
    at = iso(vehicle.updated_at)
    running = vehicle.engine_running(now)
    lock = "LOCKED" if vehicle.locked else "UNLOCKED"
    remaining = (vehicle.engine_until - now).total_seconds() if running and vehicle.engine_until else 0.0
    data: Payload = {
        "odometer": _metric(at, round(vehicle.odometer_km, 1)),
        "ignitionStatus": _metric(at, "ON" if running else "OFF"),
        "alarmStatus": _metric(at, "ARMED" if vehicle.locked else "DISARMED", tags={"ALARM_SOURCE": "UNKNOWN"}),
        "doorLockStatus": [
            _metric(at, lock, vehicleDoor="ALL_DOORS"),
            _metric(at, lock, vehicleDoor="UNSPECIFIED_FRONT", vehicleSide="DRIVER", vehicleOccupantRole="DRIVER"),
        ],
        "doorStatus": _doors(vehicle, at),
        "hoodStatus": _metric(at, "OPEN" if vehicle.doors_open.get("hood") else "CLOSED"),
        "windowStatus": _windows(vehicle, at),
        "tirePressure": [
            _metric(at, 248.0, vehicleWheel=wheel, wheelPlacardFront=250.0, wheelPlacardRear=250.0)
            for wheel in ("FRONT_LEFT", "FRONT_RIGHT", "REAR_LEFT", "REAR_RIGHT")
        ],
        "position": {
            "updateTime": at,
            "value": {
                "location": {"lat": vehicle.latitude, "lon": vehicle.longitude, "alt": 190.0},
                "gpsDimension": "DIM_3D",
            },
            "gpsModuleTimestamp": at,
        },
        "heading": _metric(
            at, {"heading": float(vehicle.heading), "detectionType": "HEADING_RAW_GNSS", "uncertainty": 2.0}
        ),
        "compassDirection": _metric(at, COMPASS[compass(vehicle.heading)]),
        "speed": _metric(at, 0.0),
        "gearLeverPosition": _metric(at, "PARK"),
        "batteryStateOfCharge": _metric(at, 86.0, vehicleBattery="PRIMARY_BATTERY"),
        "batteryVoltage": _metric(at, 12.6, vehicleBattery="PRIMARY_BATTERY"),
        "outsideTemperature": _metric(at, 11.5),
        "remoteStartCountdownTimer": _metric(at, round(remaining)),
    }
    if vehicle.fuel_percent is not None:
        data["fuelLevel"] = _metric(at, vehicle.fuel_percent)
        data["fuelRange"] = _metric(at, float(vehicle.fuel_range_km() or 0))
    if vehicle.is_electric:
        status = vehicle.charging_status(now)
        plug = "CHARGING" if status == "CHARGING" else "CONNECTED" if vehicle.plugged_in else "DISCONNECTED"
        display = {"CHARGING": "IN_PROGRESS", "DONE": "STOPPED", "IDLE": "STOPPED"}.get(status, "NOT_READY")
        data["xevBatteryStateOfCharge"] = _metric(at, vehicle.battery_level(now))
        data["xevBatteryRange"] = _metric(at, float(vehicle.electric_range_km(now) or 0))
        data["xevPlugChargerStatus"] = _metric(at, plug)
        data["xevBatteryChargeDisplayStatus"] = _metric(at, display)
        data["xevBatteryTimeToFullCharge"] = _metric(at, float(vehicle.minutes_to_limit(now)))
    return data


# ---- command bookkeeping (FordConnect and FordPass) --------------------------------------------


@dataclasses.dataclass
class SentCommand:
    """A command the simulator accepted: when, what the vehicle did, and what Ford reports meanwhile."""

    id: str
    name: str
    vehicle_id: str
    issued: datetime
    outcome: CommandOutcome | None

    def state(self, now: datetime) -> str:
        """``pending``, ``succeeded`` or ``failed`` at ``now``."""
        if now < self.issued + timedelta(seconds=PENDING_SECONDS):
            return "pending"
        return "failed" if self.outcome is not None and not self.outcome.ok else "succeeded"


class Commands:
    """Sent commands by id (case-insensitive), forgotten when the simulator is reset."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx
        self._fleet: Fleet = ctx.fleet
        self._sent: dict[str, SentCommand] = {}
        self._calls: dict[str, deque[float]] = {}

    def _fresh(self) -> None:
        if self._fleet is not self.ctx.fleet:
            self._fleet, self._sent, self._calls = self.ctx.fleet, {}, {}

    def send(self, vehicle: Vehicle, name: str, command: Command | None, **params: Any) -> SentCommand:
        self._fresh()
        outcome = self.ctx.execute(vehicle.id, command, **params) if command is not None else None
        sent = SentCommand(str(uuid.uuid4()), name, vehicle.id, self.ctx.clock.now(), outcome)
        self._sent[sent.id.lower()] = sent
        return sent

    def find(self, command_id: str) -> SentCommand | None:
        self._fresh()
        return self._sent.get(command_id.lower())

    def latest(self, vehicle_id: str, name: str) -> SentCommand | None:
        self._fresh()
        matching = [sent for sent in self._sent.values() if sent.vehicle_id == vehicle_id and sent.name == name]
        return matching[-1] if matching else None

    def over_limit(self, key: str, per_minute: int) -> int | None:
        """Seconds until the next call is allowed when ``key`` made ``per_minute`` calls in the last minute."""
        self._fresh()
        now = self.ctx.clock.now().timestamp()
        calls = self._calls.setdefault(key, deque())
        while calls and calls[0] <= now - 60:
            calls.popleft()
        if len(calls) >= per_minute:
            return max(int(calls[0] + 60 - now) + 1, 1)
        calls.append(now)
        return None


# ---- FordConnect Query ---------------------------------------------------------------------------


class QueryApi:
    def __init__(self, ctx: BrandContext, commands: Commands) -> None:
        self.ctx = ctx
        self.commands = commands

    def vehicle(self, request: Request) -> Vehicle:
        principal = self.ctx.authenticate(request)
        key = principal.grant.id if principal.grant else principal.client_id
        wait = self.commands.over_limit(f"query:{key}", QUERY_REQUESTS_PER_MINUTE)
        if wait is not None:
            raise Answer(self.ctx.style(request).rate_limit(wait, self.ctx.clock.now()))
        if not principal.vehicle_ids:
            raise BrandError(404, "No vehicle is linked to this consent.")
        return self.ctx.fleet.vehicle(self.ctx.brand, principal.vehicle_ids[0])

    def electric(self, request: Request) -> Vehicle:
        vehicle = self.vehicle(request)
        if not vehicle.is_electric:
            raise BrandError(404, "No such data for this vehicle.")
        return vehicle

    async def garage(self, request: Request) -> Response:
        v = self.vehicle(request)
        return JSONResponse(
            {
                "vin": v.vin,
                "vehicleType": f"{v.spec.year} {v.spec.model}",
                "modelName": v.spec.model,
                "modelYear": str(v.spec.year),
                "make": v.spec.make,
                "color": v.color,
                "engineType": engine_type(v),
                "tcuEnabled": 1,
                "vehicleAuthorizationIndicator": 1,
            }
        )

    async def telemetry(self, request: Request) -> Response:
        v = self.vehicle(request)
        now = self.ctx.clock.now()
        return JSONResponse({"updateTime": iso(v.updated_at), "vin": v.vin, "metrics": metrics(v, now)})

    async def alerts(self, request: Request) -> Response:
        v = self.vehicle(request)
        low = v.fuel_percent is not None and v.fuel_percent < 30
        active = [{"alertType": "LOW_FUEL", "description": "Fuel level is low"}] if low else []
        return JSONResponse({"VehicleAlertList": [{"ActiveAlerts": active}]})

    async def wallbox(self, request: Request) -> Response:
        v = self.electric(request)
        return JSONResponse(
            {"vin": v.vin, "plugged": v.plugged_in, "chargingStatus": v.charging_status(self.ctx.clock.now())}
        )

    async def departure_times(self, request: Request) -> Response:
        v = self.electric(request)
        return JSONResponse({"vin": v.vin, "departureTimes": [{"dayOfWeek": "MONDAY", "hour": 7, "minutes": 30}]})

    async def charge_schedules(self, request: Request) -> Response:
        v = self.electric(request)
        windows = [{"startTime": "23:00", "endTime": "07:00"}]
        return JSONResponse(
            {
                "vin": v.vin,
                "chargeSchedules": [{"chargeWindows": windows, "desiredChargeLevel": v.charge_limit_percent}],
            }
        )

    async def sessions(self, request: Request) -> Response:
        v = self.electric(request)
        start, end = request.query_params.get("startDate"), request.query_params.get("endDate")
        if not start or not end:
            raise BrandError(400, "startDate and endDate are required.")
        session = {"startDate": start, "endDate": end, "energyKwh": 18.4, "vin": v.vin}
        return JSONResponse({"sessions": [session]})

    def routes(self) -> list[BaseRoute]:
        table = {
            "/garage": self.garage,
            "/telemetry": self.telemetry,
            "/vehicle-health/alerts": self.alerts,
            "/wallbox": self.wallbox,
            "/electric/departure-times": self.departure_times,
            "/electric/charge-schedules": self.charge_schedules,
            "/fccs": self.sessions,
        }
        return [Route(QUERY + path, answers(handler), methods=["GET"]) for path, handler in table.items()]


# ---- FordConnect ---------------------------------------------------------------------------------

CONNECT_COMMANDS: dict[str, Command | None] = {
    "lock": Command.LOCK,
    "unlock": Command.UNLOCK,
    "startEngine": Command.ENGINE_START,
    "stopEngine": Command.ENGINE_STOP,
    "startCharge": Command.CHARGE_START,
    "stopCharge": Command.CHARGE_STOP,
    "wake": Command.WAKE,
    "status": Command.STATUS_REFRESH,
    "location": None,
}
EV_ONLY = frozenset({"startCharge", "stopCharge"})
POLLED = {
    "lock": "lock",
    "unlock": "unlock",
    "startEngine": "startEngine",
    "stopEngine": "stopEngine",
    "statusrefresh": "status",
}


def connect_error(status: int, code: int, title: str, status_code: str, **extra: Any) -> Answer:
    error = {"code": code, "title": title, "details": title, "statusCode": status_code}
    return Answer(json_response(status, {"error": error, "status": "FAILED", **extra}))


def gateway_error(status: int, message: str) -> Answer:
    return Answer(json_response(status, {"statusCode": status, "message": message}))


class ConnectApi:
    def __init__(self, ctx: BrandContext, commands: Commands) -> None:
        self.ctx = ctx
        self.commands = commands

    def principal(self, request: Request) -> Principal:
        application_id = request.headers.get("application-id")
        if not application_id:
            raise gateway_error(401, "Access denied due to missing subscription key.")
        if application_id.upper() != profile.FORDCONNECT_APPLICATION_ID:
            raise gateway_error(401, "Access denied due to invalid subscription key.")
        return self.ctx.authenticate(request)

    def vehicle(self, request: Request, *, command: bool = False) -> Vehicle:
        principal = self.principal(request)
        key = request.path_params["vehicle_id"]
        if len(key) != 32:
            message = f"vehicleId: Invalid vehicleId, vehicleId: size must be between 32 and 32 ({key})"
            raise Answer(json_response(400, {"errorCode": "400", "errorMessage": message}))
        vehicle = self.ctx.find_vehicle(key)
        extra = {"commandStatus": "EMPTY"} if command else {}
        if vehicle is None:
            raise connect_error(404, 4002, "Resource not found", "NOT_FOUND", **extra)
        if not principal.may_access(vehicle.id):
            if command:
                raise connect_error(401, 3000, "Unauthorized user", "UNAUTHORIZED", commandStatus="FAILED")
            raise connect_error(406, 4006, "Not Acceptable", "NOT_ACCEPTABLE")
        return vehicle

    @staticmethod
    def ok(vehicle: Vehicle, body: Payload, status: int = 200) -> JSONResponse:
        return JSONResponse(body, status_code=status, headers={"Vehicleid": vehicle.id})

    def summary(self, v: Vehicle) -> Payload:
        return {
            "vehicleId": v.id,
            "make": "F",
            "modelName": v.spec.model,
            "modelYear": str(v.spec.year),
            "color": v.color,
            "nickName": f"My {v.spec.model}",
            "modemEnabled": True,
            "vehicleAuthorizationIndicator": 1,
            "serviceCompatible": True,
            "engineType": engine_type(v),
        }

    def location_body(self, v: Vehicle, camel: bool) -> Payload:
        names = CAMEL_COMPASS if camel else COMPASS
        return {
            "longitude": f"{v.longitude:.6f}",
            "latitude": f"{v.latitude:.6f}",
            "speed": 0,
            "direction": names[compass(v.heading)],
            "timeStamp": ford_time(v.updated_at),
        }

    def info(self, v: Vehicle, now: datetime) -> Payload:
        at = ford_time(v.updated_at)
        running = v.engine_running(now)
        charging = {"CHARGING": "Charging", "DONE": "Ready", "IDLE": "Ready"}.get(
            v.charging_status(now), "EvseNotDetected"
        )
        level = v.battery_level(now)
        doors = [
            ("UNSPECIFIED_FRONT", "DRIVER", "front_left"),
            ("UNSPECIFIED_FRONT", "PASSENGER", "front_right"),
            ("REAR_LEFT", "PASSENGER", "rear_left"),
            ("REAR_RIGHT", "PASSENGER", "rear_right"),
            ("HOOD_DOOR", "NOT_APPLICABLE", "hood"),
            ("TAILGATE", "NOT_APPLICABLE", "tailgate"),
        ]
        return {
            **self.summary(v),
            "lastUpdated": at,
            "vehicleDetails": {
                "fuelLevel": {
                    "value": v.fuel_percent,
                    "distanceToEmpty": v.fuel_range_km() or 0,
                    "timestamp": at if v.fuel_percent is not None else None,
                },
                "batteryChargeLevel": {
                    "value": level,
                    "distanceToEmpty": v.electric_range_km(now) or 0,
                    "timestamp": at if level is not None else None,
                },
                "mileage": round(v.odometer_km / 1.609344, 1),
                "odometer": round(v.odometer_km, 1),
            },
            "vehicleStatus": {
                "tirePressureWarning": False,
                "deepSleepInProgress": v.asleep,
                "firmwareUpgradeInProgress": False,
                "remoteStartStatus": {
                    "status": "ENGINE_RUNNING" if running else "ENGINE_STOPPED",
                    "duration": 15 if running else 0,
                    "timeStamp": at,
                },
                "chargingStatus": {"value": charging, "timeStamp": at, "chargeStartTime": at, "chargeEndTime": at},
                "plugStatus": {"value": v.plugged_in, "timeStamp": at},
                "ignitionStatus": {"value": "ON" if running else "OFF", "timeStamp": at},
                "doorStatus": [
                    {
                        "vehicleDoor": door,
                        "vehicleOccupantRole": role,
                        "value": "OPEN" if v.doors_open.get(key) else "CLOSED",
                        "timeStamp": at,
                    }
                    for door, role, key in doors
                ],
            },
            "vehicleLocation": self.location_body(v, camel=True),
        }

    async def vehicles(self, request: Request) -> Response:
        principal = self.principal(request)
        mine = [v for v in self.ctx.vehicles() if principal.may_access(v.id)]
        return JSONResponse({"status": "SUCCESS", "vehicles": [self.summary(v) for v in mine]})

    async def vehicle_info(self, request: Request) -> Response:
        v = self.vehicle(request)
        return self.ok(v, {"status": "SUCCESS", "vehicle": self.info(v, self.ctx.clock.now())})

    async def vin(self, request: Request) -> Response:
        v = self.vehicle(request)
        return self.ok(v, {"status": "SUCCESS", "vin": v.vin})

    async def location(self, request: Request) -> Response:
        v = self.vehicle(request)
        return self.ok(v, {"status": "SUCCESS", "vehicleLocation": self.location_body(v, camel=False)})

    async def charge_schedules(self, request: Request) -> Response:
        v = self.vehicle(request)
        if not v.is_electric:
            raise connect_error(406, 4006, "Not Acceptable", "NOT_ACCEPTABLE", chargeSchedules=None)
        windows = [{"startTime": "23:00", "endTime": "7:00"}]
        schedules = [
            {"days": days, "chargeWindows": windows, "desiredChargeLevel": v.charge_limit_percent}
            for days in ("WEEKDAY", "WEEKEND")
        ]
        return self.ok(v, {"status": "SUCCESS", "chargeSchedules": schedules})

    async def departure_times(self, request: Request) -> Response:
        v = self.vehicle(request)
        if not v.is_electric:
            raise connect_error(406, 4006, "Not Acceptable", "NOT_ACCEPTABLE", departureTimes=None)
        departure = {
            "dayOfWeek": "MONDAY",
            "enabled": True,
            "hour": 7,
            "minutes": 30,
            "preConditioningSetting": "MEDIUM",
        }
        return self.ok(v, {"status": "SUCCESS", "departureTimes": departure})

    async def image(self, request: Request) -> Response:
        v = self.vehicle(request)
        make, model, year = (request.query_params.get(name) for name in ("make", "model", "year"))
        if not make or not model or not year:
            raise gateway_error(404, "Resource not found")
        if make not in ("F", "L", "Ford", "Lincoln") or len(year) != 4 or not year.isdigit():
            raise Answer(json_response(400, {"errorCode": "400", "errorMessage": "Invalid make or year"}))
        return Response(TINY_PNG, media_type="image/png", headers={"Vehicleid": v.id})

    def command(self, name: str) -> Handler:
        async def handle(request: Request) -> Response:
            v = self.vehicle(request, command=True)
            if name in EV_ONLY and not v.is_electric:
                error = connect_error(
                    406, 4006, "Vehicle not supported for this command", "NOT_ACCEPTABLE", commandStatus="FAILED"
                )
                error.response.headers["Vehicleid"] = v.id
                raise error
            sent = self.commands.send(v, name, CONNECT_COMMANDS[name])
            return self.ok(v, {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": sent.id}, 202)

        return handle

    def command_status(self, route: str) -> Handler:
        async def handle(request: Request) -> Response:
            v = self.vehicle(request, command=True)
            command_id = request.path_params["command_id"]
            sent = self.commands.find(command_id)
            now = self.ctx.clock.now()
            expired = sent is not None and now > sent.issued + timedelta(seconds=COMMAND_ID_TTL)
            if sent is None or expired or sent.vehicle_id != v.id or sent.name != POLLED[route]:
                raise connect_error(
                    401, 4002, "Command not found or expired", "NOT_FOUND", commandStatus="FAILED", commandId=command_id
                )
            state = sent.state(now)
            status = {"pending": "PENDINGRESPONSE", "succeeded": "COMPLETED", "failed": "FAILED"}[state]
            body: Payload = {"status": "SUCCESS", "commandStatus": status, "commandId": sent.id}
            if route == "statusrefresh" and state == "succeeded":
                at = ford_time(now)
                body["vehiclestatus"] = {
                    "lockStatus": {"value": "LOCKED" if v.locked else "UNLOCKED", "timestamp": at},
                    "alarm": {"value": "SET" if v.locked else "NOTSET", "timestamp": at},
                }
            return self.ok(v, body, 202 if route == "statusrefresh" else 200)

        return handle

    def routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = [
            Route(CONNECT + "/v3/vehicles", answers(self.vehicles), methods=["GET"]),
            Route(CONNECT + "/v3/vehicles/{vehicle_id}", answers(self.vehicle_info), methods=["GET"]),
            Route(CONNECT + "/v3/vehicles/{vehicle_id}/vin", answers(self.vin), methods=["GET"]),
            Route(VEHICLE + "/location", answers(self.location), methods=["GET"]),
            Route(VEHICLE + "/chargeSchedules", answers(self.charge_schedules), methods=["GET"]),
            Route(VEHICLE + "/departureTimes", answers(self.departure_times), methods=["GET"]),
            Route(VEHICLE + "/images/thumbnail", answers(self.image), methods=["GET"]),
            Route(VEHICLE + "/images/full", answers(self.image), methods=["GET"]),
        ]
        routes += [
            Route(f"{VEHICLE}/{name}", answers(self.command(name)), methods=["POST"]) for name in CONNECT_COMMANDS
        ]
        routes += [
            Route(f"{VEHICLE}/{route}/{{command_id}}", answers(self.command_status(route)), methods=["GET"])
            for route in POLLED
        ]
        return routes


# ---- FordPass: Ford-hosted vehicle list and Autonomic --------------------------------------------

V1_COMMANDS: dict[str, Command | None] = {
    "remoteStart": Command.ENGINE_START,
    "cancelRemoteStart": Command.ENGINE_STOP,
    "lock": Command.LOCK,
    "unlock": Command.UNLOCK,
    "statusRefresh": Command.STATUS_REFRESH,
    "startPanicCue": Command.HONK_FLASH,
    "startTrailerLightCheck": None,
    "stopTrailerLightCheck": None,
}
V1BETA_COMMANDS: dict[str, Command | None] = {
    "publishASUSettingsCommand": None,
    "startGlobalChargeCommand": Command.CHARGE_START,
    "cancelGlobalChargeCommand": Command.CHARGE_STOP,
    "pauseGlobalChargeCommand": Command.CHARGE_STOP,
    "enableDepartureTimes": None,
    "disableDepartureTimes": None,
    "updateDepartureTimes": None,
    "startOnDemandPreconditioning": Command.CLIMATE_START,
    "extendOnDemandPreconditioning": Command.CLIMATE_START,
    "stopOnDemandPreconditioning": Command.CLIMATE_STOP,
    "ppoRefresh": None,
    "ppoRefreshContinuous": None,
    "ppoRefreshContinuousCancel": None,
}
SECTIONS = ("metrics", "customMetrics", "configurations", "states", "events", "commands", "messages")
DEEP_SLEEP = "COMMANDS_PRECLUDED_BY_DEEP_SLEEP"


def command_state(sent: SentCommand, now: datetime) -> Payload:
    """The ``states["<type>Command"]`` entry of a FordPass command at ``now``."""
    state = sent.state(now)
    entry: Payload = {
        "timestamp": iso(min(now, sent.issued + timedelta(seconds=PENDING_SECONDS))),
        "commandId": sent.id,
    }
    title = sent.name[:1].upper() + sent.name[1:]
    if state == "pending":
        entry["value"] = {"fromState": "REQUEST_QUEUED", "toState": "REQUEST_DELIVERY_IN_PROGRESS"}
        return entry
    if state == "succeeded":
        entry["value"] = {
            "fromState": "request_queued",
            "toState": "success",
            "trigger": {"unknown": "actuation_succeeded"},
            "data": {"commandError": {"commandExecutionFailure": {}}},
        }
        entry["message"] = f"{title}CommandResponse with status SUCCESS"
        return entry
    reason = sent.outcome.reason if sent.outcome else None
    if reason == "DEEP_SLEEP":
        causes = {"deepSleepCommandPreclusionState": DEEP_SLEEP}
        context = {
            "devicePrecludedExpirationContext": {"commandPreclusionCauses": causes},
            "message": "The vehicle is in deep sleep",
        }
        entry["value"] = {
            "fromState": "request_queued",
            "toState": "expired",
            "data": {"commandExpirationContext": context},
        }
    else:
        failure = {"oemErrorContext": reason or "FAILED", "oemErrorCode": "1"}
        entry["value"] = {
            "fromState": "request_queued",
            "toState": "COMMAND_FAILED_ON_DEVICE",
            "data": {"commandError": {"commandExecutionFailure": failure}},
        }
    entry["message"] = f"{title}CommandResponse with status FAILED"
    return entry


class FordPassApi:
    def __init__(self, ctx: BrandContext, commands: Commands) -> None:
        self.ctx = ctx
        self.commands = commands

    def cat_error(self, status: int, message: str, code: str) -> Answer:
        body = {"message": message, "timestamp": self.ctx.clock.now().isoformat(), "errorCode": code}
        return Answer(json_response(status, body))

    async def dashboard(self, request: Request) -> Response:
        if request.headers.get("application-id", "").upper() not in set(profile.FORDPASS_APPLICATION_IDS.values()):
            raise self.cat_error(400, "Missing or unknown Application-Id", "400")
        try:
            principal = self.ctx.authenticate(request, audiences=("fordpass-cat",), header="auth-token")
        except AuthFailure as failure:
            raise self.cat_error(401, "Invalid or Expired Token", "460") from failure
        body = await _json(request)
        if body is None or body.get("dashboardRefreshRequest") is None:
            raise self.cat_error(400, "dashboardRefreshRequest is required", "400")
        mine = [v for v in self.ctx.vehicles() if principal.may_access(v.id)]
        return JSONResponse(
            {
                "userVehicles": {"vehicleDetails": [{"VIN": v.vin, "nickName": f"My {v.spec.model}"} for v in mine]},
                "vehicleProfile": [
                    {"VIN": v.vin, "model": v.spec.model, "year": v.spec.year, "engineType": engine_type(v)}
                    for v in mine
                ],
                "vehicleCapabilities": [
                    {"VIN": v.vin, "remoteLock": True, "remoteStart": v.has_engine, "remotePanicAlarm": "Display"}
                    for v in mine
                ],
            },
            status_code=207,
        )

    def vehicle(self, request: Request) -> Vehicle:
        principal = self.ctx.authenticate(request)
        return self.ctx.vehicle_for(request, principal, request.path_params["vin"])

    def telemetry_body(self, v: Vehicle, sections: tuple[str, ...] = SECTIONS) -> Payload:
        now = self.ctx.clock.now()
        body: Payload = {"updateTime": iso(v.updated_at), "vehicleId": autonomic_id(v, "vehicle"), "vin": v.vin}
        if "metrics" in sections:
            body["metrics"] = metrics(v, now)
        if "states" in sections:
            states: Payload = {}
            for name in (*V1_COMMANDS, *V1BETA_COMMANDS):
                sent = self.commands.latest(v.id, name)
                if sent is not None:
                    states[f"{name}Command"] = command_state(sent, now)
            if v.asleep:
                causes = {"deepSleepCommandPreclusionState": DEEP_SLEEP}
                states["commandPreclusion"] = {
                    "timestamp": iso(now),
                    "value": {"toState": DEEP_SLEEP, "data": {"commandPreclusionCauses": causes}},
                }
            body["states"] = states
        if "events" in sections:
            body["events"] = {}
        return body

    async def telemetry(self, request: Request) -> Response:
        if request.path_params["version"] != "v1":
            raise BrandError(404, "No such route.")
        return JSONResponse(self.telemetry_body(self.vehicle(request)))

    async def query(self, request: Request) -> Response:
        if request.path_params["version"] != "v1beta":
            raise BrandError(404, "No such route.")
        v = self.vehicle(request)
        body = await _json(request)
        wanted = body.get("includeMetrics") if body else None
        if not isinstance(wanted, list) or not all(section in SECTIONS for section in wanted):
            raise BrandError(400, f"includeMetrics must list sections among {', '.join(SECTIONS)}.")
        return JSONResponse(self.telemetry_body(v, tuple(wanted)))

    def command(self, version: str, known: Mapping[str, Command | None]) -> Handler:
        async def handle(request: Request) -> Response:
            v = self.vehicle(request)
            body = await _json(request)
            name = body.get("type") if body else None
            if body is None or not isinstance(name, str) or name not in known:
                raise BrandError(400, f"Unknown or missing command type for {version}.")
            if version == "v1beta" and not isinstance(body.get("version"), str):
                raise BrandError(400, "v1beta commands need a version.")
            if name == "remoteStart" and not v.has_engine:
                raise Answer(self.deny(request, "command:issueRemoteStartControl"))
            sent = self.commands.send(v, name, known[name])
            created = iso(sent.issued)
            answer = {
                "id": sent.id,
                "target": {
                    "vehicleId": autonomic_id(v, "vehicle"),
                    "vin": v.vin,
                    "deviceId": autonomic_id(v, "device"),
                },
                "type": name,
                "currentStatus": "REQUESTED",
                "statusReason": "Command in progress",
                "createTime": created,
                "updateTime": created,
                "expireTime": iso(sent.issued + timedelta(seconds=AUTONOMIC_COMMAND_TTL)),
                "failIfPrecluded": False,
                "wakeUp": bool(body.get("wakeUp", True)),
            }
            return JSONResponse(answer, status_code=201)

        return handle

    def deny(self, request: Request, action: str) -> Response:
        message = f"DENY_ALLOW: Not authorized to perform: '{action}'"
        response = self.ctx.error(request, 403, message)
        body = json.loads(bytes(response.body))
        body.update(
            messageTemplate="{status}: Not authorized to perform: '{action}'",
            messageParams={"action": action, "status": "DENY_ALLOW"},
        )
        return json_response(403, body)

    def routes(self) -> dict[str, list[BaseRoute]]:
        vehicles = "/{version}/telemetry/sources/fordpass/vehicles/{vin}"
        return {
            "api": [Route(DASHBOARD, answers(self.dashboard), methods=["POST"])],
            "autonomic": [
                Route(vehicles, answers(self.telemetry), methods=["GET"]),
                Route(vehicles + ":query", answers(self.query), methods=["POST"]),
                Route(
                    "/v1/command/vehicles/{vin}/commands", answers(self.command("v1", V1_COMMANDS)), methods=["POST"]
                ),
                Route(
                    "/v1beta/command/vehicles/{vin}/commands",
                    answers(self.command("v1beta", {**V1_COMMANDS, **V1BETA_COMMANDS})),
                    methods=["POST"],
                ),
            ],
        }


async def _json(request: Request) -> dict[str, Any] | None:
    try:
        data = json.loads(await request.body() or b"null")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
    commands = Commands(ctx)
    fordpass = FordPassApi(ctx, commands).routes()
    return {
        "api": QueryApi(ctx, commands).routes() + fordpass["api"],
        "mps": ConnectApi(ctx, commands).routes(),
        "autonomic": fordpass["autonomic"],
    }


PLUGIN = BrandPlugin(routes=routes, error_styles={"autonomic": AutonomicErrors()})
