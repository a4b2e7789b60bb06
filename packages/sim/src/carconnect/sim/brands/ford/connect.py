"""FordConnect (host ``mps``): vehicles, location, EV data, images and commands with their status polls."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...fleet import Command, Vehicle
from ...oauth.bearer import Principal
from ...profiles import ford as profile
from ...profiles.errors import json_response
from .. import Answer, BrandContext, Handler, answering
from .commands import Commands
from .telemetry import CAMEL_COMPASS, COMPASS, Payload, compass, engine_type, ford_time

CONNECT = "/api/fordconnect"
VEHICLE = CONNECT + "/v1/vehicles/{vehicle_id}"
COMMAND_ID_TTL = 120
"""Simulated seconds after which a command id is unknown to the status polls."""
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

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


def connect_error(
    status: int, code: int, title: str, status_code: str, *, details: str | None = None, **extra: Any
) -> Answer:
    error = {"code": code, "title": title, "details": details or title, "statusCode": status_code}
    return Answer(json_response(status, {"error": error, "status": "FAILED", **extra}))


def not_acceptable(**extra: Any) -> Answer:
    """Ford's 406 to a GET it will not serve: about a vehicle the user has not authorized for the
    application, or EV data of a petrol car."""
    return connect_error(406, 4006, "Not Acceptable", "NOT_ACCEPTABLE", details="Not acceptable", **extra)


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
            raise not_acceptable()
        return vehicle

    @staticmethod
    def ok(vehicle: Vehicle, body: Payload, status: int = 200) -> JSONResponse:
        return JSONResponse(body, status_code=status, headers={"Vehicleid": vehicle.id})

    def summary(self, v: Vehicle, *, authorized: bool = True) -> Payload:
        """The vehicle-list entry of ``v``; ``authorized``: whether the user authorized it for the application."""
        return {
            "vehicleId": v.id,
            "make": "F",
            "modelName": v.spec.model,
            "modelYear": str(v.spec.year),
            "color": v.color,
            "nickName": f"My {v.spec.model}",
            "modemEnabled": True,
            "vehicleAuthorizationIndicator": 1 if authorized else 0,
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
        """Every vehicle of the user's Ford account; those the user did not authorize for the
        application with ``vehicleAuthorizationIndicator`` 0 (their GETs answer 406)."""
        principal = self.principal(request)
        listed = [self.summary(v, authorized=principal.may_access(v.id)) for v in self.ctx.vehicles()]
        return JSONResponse({"status": "SUCCESS", "vehicles": listed})

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
            raise not_acceptable(chargeSchedules=None)
        windows = [{"startTime": "23:00", "endTime": "7:00"}]
        schedules = [
            {"days": days, "chargeWindows": windows, "desiredChargeLevel": v.charge_limit_percent}
            for days in ("WEEKDAY", "WEEKEND")
        ]
        return self.ok(v, {"status": "SUCCESS", "chargeSchedules": schedules})

    async def departure_times(self, request: Request) -> Response:
        v = self.vehicle(request)
        if not v.is_electric:
            raise not_acceptable(departureTimes=None)
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
            Route(CONNECT + "/v3/vehicles", answering(self.vehicles), methods=["GET"]),
            Route(CONNECT + "/v3/vehicles/{vehicle_id}", answering(self.vehicle_info), methods=["GET"]),
            Route(CONNECT + "/v3/vehicles/{vehicle_id}/vin", answering(self.vin), methods=["GET"]),
            Route(VEHICLE + "/location", answering(self.location), methods=["GET"]),
            Route(VEHICLE + "/chargeSchedules", answering(self.charge_schedules), methods=["GET"]),
            Route(VEHICLE + "/departureTimes", answering(self.departure_times), methods=["GET"]),
            Route(VEHICLE + "/images/thumbnail", answering(self.image), methods=["GET"]),
            Route(VEHICLE + "/images/full", answering(self.image), methods=["GET"]),
        ]
        routes += [
            Route(f"{VEHICLE}/{name}", answering(self.command(name)), methods=["POST"]) for name in CONNECT_COMMANDS
        ]
        routes += [
            Route(f"{VEHICLE}/{route}/{{command_id}}", answering(self.command_status(route)), methods=["GET"])
            for route in POLLED
        ]
        return routes
