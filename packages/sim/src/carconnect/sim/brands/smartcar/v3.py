"""Vehicles API v3 routes (host ``vehicle``): vehicle, signals, commands, charge schedules, connections."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ...fleet import Command, Vehicle
from ...oauth.bearer import Principal
from ...profiles.errors import request_id
from ...profiles.smartcar import PERMISSIONS
from .. import BrandContext, Handler, answering
from .errors import Payload, SmartcarError, answer, not_capable, not_found, validation
from .gateway import Gateway, json_body, number_in, units_of
from .payloads import SCHEDULE_MAKES, SignalValue, signal_values, v3_signal, v3_vehicle
from .readings import Units, stamp

V3 = "/v3"


V3_COMMANDS: dict[str, str] = {
    "charge/start": "charge-start",
    "charge/stop": "charge-stop",
    "charge/set-limit": "charge-set-limit",
    "security/lock": "security-lock",
    "security/unlock": "security-unlock",
    "navigation/set-destination": "navigation-set-destination",
    "charge-port/open": "charge-port-open",
    "charge-port/close": "charge-port-close",
}


def _connection_id(user_id: str, vehicle_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"smartcar:{user_id}:{vehicle_id}"))


def v3_connection(gateway: Gateway, user_id: str, vehicle: Vehicle) -> Payload:
    connection_id = _connection_id(user_id, vehicle.id)
    return {
        "id": connection_id,
        "type": "connection",
        "attributes": {"permissions": list(PERMISSIONS), "vehicle": v3_vehicle(vehicle)["attributes"]},
        "relationships": {
            "vehicle": {"data": {"id": vehicle.id, "type": "vehicle"}, "links": {"related": f"/vehicles/{vehicle.id}"}},
            "user": {"data": {"id": user_id, "type": "user"}},
        },
        "meta": {"createdAt": stamp(gateway.data.started), "updatedAt": stamp(gateway.data.started)},
        "links": {"self": f"/connections/{connection_id}"},
    }


def _execution(kind: str, command_type: str, now: datetime, parameters: Payload | None, **attributes: Any) -> Payload:
    return {
        "id": str(uuid.uuid4()),
        "type": kind,
        "attributes": {
            "status": {"value": "SUCCESS"},
            "executionMode": "sync",
            "parameters": parameters,
            **attributes,
            **({"commandType": command_type} if kind == "command-execution" else {}),
        },
        "meta": {"executedAt": stamp(now), "completedAt": stamp(now), "durationInSeconds": 0},
    }


def v3_routes(ctx: BrandContext, gateway: Gateway) -> list[BaseRoute]:
    v3 = answering(SmartcarError, SmartcarError.v3_response)

    def acting(request: Request, required: bool = True) -> tuple[Principal, Vehicle]:
        principal = gateway.principal(request)
        user_id = request.headers.get("sc-user-id")
        if not user_id and required:
            raise validation('The "sc-user-id" header is required.', "sc-user-id")
        if user_id and user_id != ctx.owner.id:
            raise not_found(f"User {user_id} has no connection to this vehicle.")
        vehicle = gateway.vehicle(principal, request.path_params["vehicle_id"], user_id or None)
        return principal, vehicle

    @v3
    async def vehicle(request: Request) -> Response:
        _, car = acting(request, required=False)
        return answer(v3_vehicle(car))

    def values(car: Vehicle, units: Units) -> list[SignalValue]:
        schedules = list(gateway.data.schedules.get(car.id, {}).values())
        return signal_values(car, gateway.now(), schedules, "miles" if units.imperial else "kilometers")

    def unit_header(units: Units) -> dict[str, str]:
        return {"SC-Unit-System": "imperial" if units.imperial else "metric"}

    @v3
    async def signals(request: Request) -> Response:
        units = units_of(request)
        _, car = acting(request)
        data = [v3_signal(value, car, gateway.now()) for value in values(car, units)]
        return answer(
            {
                "data": data,
                "meta": {"pageNumber": 1, "pageSize": len(data), "totalCount": len(data)},
                "links": {"self": f"/vehicles/{car.id}/signals"},
                "included": {"vehicle": v3_vehicle(car)},
            },
            headers=unit_header(units),
        )

    @v3
    async def signal(request: Request) -> Response:
        units = units_of(request)
        _, car = acting(request)
        code = request.path_params["signal_code"].lower()
        found = next((value for value in values(car, units) if value.code == code), None)
        if found is None:
            raise not_capable(f"The vehicle does not report {code}.")
        return answer(v3_signal(found, car, gateway.now()), headers=unit_header(units))

    def command(path: str) -> Handler:
        @v3
        async def handle(request: Request) -> Response:
            _, car = acting(request)
            limited = gateway.throttle(car)
            if limited is not None:
                raise limited
            woke = car.asleep
            if woke:
                gateway.execute(car, Command.WAKE)
            parameters = await run_v3_command(gateway, car, path, request)
            body = {"data": _execution("command-execution", V3_COMMANDS[path], gateway.now(), parameters)}
            return answer(body, status=202 if woke else 200)

        return handle

    def schedule(kind: str) -> Handler:
        @v3
        async def handle(request: Request) -> Response:
            _, car = acting(request)
            if car.spec.make not in SCHEDULE_MAKES:
                raise not_capable("Charge schedules are not available for this make.", "MAKE_NOT_COMPATIBLE")
            attributes = schedule_attributes(await json_body(request), kind)
            schedule_id = str(uuid.uuid4())
            with gateway.data.lock:
                gateway.data.schedules.setdefault(car.id, {})[schedule_id] = {
                    "id": schedule_id,
                    "type": kind,
                    **attributes,
                }
            body = _execution(
                "charge-schedule-execution",
                "",
                gateway.now(),
                attributes,
                action="create",
                scheduleType=kind,
                scheduleId=schedule_id,
            )
            body["links"] = {"schedule": f"/vehicles/{car.id}/signals/charge-chargetimers"}
            return answer({"data": body})

        return handle

    @v3
    async def delete_schedule(request: Request) -> Response:
        _, car = acting(request)
        schedule_id = request.path_params["schedule_id"]
        with gateway.data.lock:
            removed = gateway.data.schedules.get(car.id, {}).pop(schedule_id, None)
        if removed is None:
            raise not_found(f"Charge schedule {schedule_id} was not found.")
        body = _execution(
            "charge-schedule-execution",
            "",
            gateway.now(),
            None,
            action="delete",
            scheduleType=removed["type"],
            scheduleId=schedule_id,
        )
        return answer({"data": body})

    def connection_list(request: Request) -> list[tuple[str, Vehicle]]:
        params = request.query_params
        user_id = params.get("filter[userId]") or request.headers.get("sc-user-id")
        vehicle_id, mode = params.get("filter[vehicleId]"), params.get("filter[vehicle.mode]")
        if mode not in (None, "live", "simulated", "test"):
            raise validation('"filter[vehicle.mode]" must be live, simulated or test', "filter[vehicle.mode]")
        if params.get("filter[user.externalId]") or mode not in (None, "live"):
            return []
        return gateway.connections(user_id, vehicle_id)

    @v3
    async def connections(request: Request) -> Response:
        gateway.principal(request)
        try:
            number = int(request.query_params.get("page[number]", 1))
            size = int(request.query_params.get("page[size]", 10))
        except ValueError:
            raise validation('"page[number]" and "page[size]" must be integers', "page") from None
        if number < 1 or size < 1:
            raise validation('"page[number]" and "page[size]" must be at least 1', "page")
        found = connection_list(request)
        chunk = found[(number - 1) * size : number * size]
        more = number * size < len(found)
        return answer(
            {
                "data": [v3_connection(gateway, user, car) for user, car in chunk],
                "meta": {"pageNumber": number, "pageSize": size, "totalCount": len(found)},
                "links": {
                    "self": f"/connections?page[number]={number}",
                    "next": f"/connections?page[number]={number + 1}" if more else None,
                },
            }
        )

    def find_connection(connection_id: str) -> tuple[str, Vehicle]:
        for user, car in gateway.connections():
            if _connection_id(user, car.id) == connection_id:
                return user, car
        raise not_found(f"Connection {connection_id} was not found.")

    @v3
    async def get_connection(request: Request) -> Response:
        gateway.principal(request)
        user, car = find_connection(request.path_params["connection_id"])
        return answer({"data": v3_connection(gateway, user, car)})

    @v3
    async def delete_connection(request: Request) -> Response:
        gateway.principal(request)
        user, car = find_connection(request.path_params["connection_id"])
        with gateway.data.lock:
            gateway.data.disconnected.add((user, car.id))
        return Response(status_code=204, headers={"SC-Request-Id": request_id()})

    @v3
    async def delete_user(request: Request) -> Response:
        gateway.principal(request)
        user_id = request.path_params["user_id"]
        found = gateway.connections(user_id)
        if not found:
            raise not_found(f"User {user_id} has no connections.")
        with gateway.data.lock:
            gateway.data.disconnected.update((user, car.id) for user, car in found)
        return Response(status_code=204, headers={"SC-Request-Id": request_id()})

    car = f"{V3}/vehicles/{{vehicle_id}}"
    routes: list[BaseRoute] = [
        Route(car, vehicle, methods=["GET"]),
        Route(f"{car}/signals", signals, methods=["GET"]),
        Route(f"{car}/signals/{{signal_code}}", signal, methods=["GET"]),
        Route(f"{car}/charge-schedules/{{schedule_id}}", delete_schedule, methods=["DELETE"]),
        Route(f"{V3}/connections", connections, methods=["GET"]),
        Route(f"{V3}/connections/{{connection_id}}", get_connection, methods=["GET"]),
        Route(f"{V3}/connections/{{connection_id}}", delete_connection, methods=["DELETE"]),
        Route(f"{V3}/users/{{user_id}}", delete_user, methods=["DELETE"]),
    ]
    routes += [Route(f"{car}/commands/{path}", command(path), methods=["POST"]) for path in V3_COMMANDS]
    routes += [
        Route(f"{car}/charge-schedules/{kind}", schedule(kind), methods=["POST"])
        for kind in ("daily", "weekly", "workweek")
    ]
    return routes


async def run_v3_command(gateway: Gateway, car: Vehicle, path: str, request: Request) -> Payload | None:
    """Carry out a v3 command; returns its parameters as Smartcar echoes them."""
    simple = {
        "charge/start": Command.CHARGE_START,
        "charge/stop": Command.CHARGE_STOP,
        "security/lock": Command.LOCK,
        "security/unlock": Command.UNLOCK,
    }
    if path in simple:
        gateway.execute(car, simple[path])
        return None
    if path.startswith("charge-port/"):
        if not car.is_electric:
            raise not_capable("The vehicle has no charge port.")
        with gateway.data.lock:
            gateway.data.charge_port_open[car.id] = path.endswith("/open")
        return None
    data = (await json_body(request)).get("data")
    attributes = data.get("attributes") if isinstance(data, dict) else None
    given: Payload = attributes if isinstance(attributes, dict) else {}
    if path == "charge/set-limit":
        percent = number_in(given.get("percent"), "percent", 50, 100)
        gateway.execute(car, Command.SET_CHARGE_LIMIT, percent=round(percent))
        return {"percent": percent}
    latitude = number_in(given.get("latitude"), "latitude", -90, 90)
    longitude = number_in(given.get("longitude"), "longitude", -180, 180)
    with gateway.data.lock:
        gateway.data.destinations[car.id] = (latitude, longitude)
    return {"latitude": latitude, "longitude": longitude}


DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def _clock_time(value: Any, field: str) -> str:
    hours, _, minutes = value.partition(":") if isinstance(value, str) else ("", "", "")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise validation(f'"{field}" must be a local time HH:MM', field)
    return f"{hours}:{minutes}"


def schedule_attributes(body: Payload, kind: str) -> Payload:
    data = body.get("data")
    attributes = data.get("attributes") if isinstance(data, dict) else None
    if not isinstance(attributes, dict) or not isinstance(attributes.get("location"), dict):
        raise validation('"data.attributes.location" is required', "data")
    location = attributes["location"]
    found: Payload = {
        "location": {
            "latitude": number_in(location.get("latitude"), "latitude", -90, 90),
            "longitude": number_in(location.get("longitude"), "longitude", -180, 180),
        },
        "startTime": _clock_time(attributes.get("startTime"), "startTime"),
        "stopTime": _clock_time(attributes.get("stopTime"), "stopTime"),
    }
    if kind == "weekly":
        days = attributes.get("days")
        if not isinstance(days, list) or not days or not all(day in DAYS for day in days):
            raise validation('"days" must list days of the week', "days")
        found["days"] = days
    return found
