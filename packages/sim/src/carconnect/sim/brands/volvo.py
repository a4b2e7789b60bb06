"""Volvo Cars on api.volvocars.com: Connected Vehicle v2, Energy v2 and Location v1, on the shared fleet.

Every call needs the demo client's ``vcc-api-key`` (401 in the gateway's words otherwise), a Volvo ID
access token with the operation's scopes, and ``Accept: application/json`` (406); commands need
``Content-Type: application/json`` (415). Volvo's limits are enforced per Volvo ID and application on
simulated time: 100 requests and 10 command invocations a minute, then 429 stating the wait in its
message (``Retry-After`` too with the ``undocumented_retry_after`` option). Answers repeat the
request's ``vcc-api-operationId`` and ``traceparent`` headers; error bodies carry its operation id.

Quirks, as the real API shows them: ``UNSPECIFIED`` readings (the diesel XC90's tyres and sunroof),
explicit ``null`` units and ``serviceTrigger: null``, timestamps with 0, 3, 6 or 7 fractional digits,
fuel numbers sent as strings, Energy members answering ``status: ERROR`` (always on the diesel car,
partly on the plug-in hybrid, ``chargingPower`` whenever the car is not charging), lock answering
``DELIVERED`` and every command answering ``VEHICLE_IN_SLEEP`` while the car sleeps. The retired
Energy v1, Extended Vehicle v1 and Connected Vehicle v1 answer ``410 Gone`` on every path. The
developer portal's unauthenticated backend status (host ``portal``) answers ``{"message": ""}``.
"""

from __future__ import annotations

import json
import math
import threading
import weakref
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..fleet import Command, Fleet, Vehicle
from ..oauth.bearer import Principal
from ..profiles.errors import with_retry_after
from ..profiles.volvo import CLIENT
from . import Answer, BrandContext, BrandError, BrandPlugin, Handler, answering

if TYPE_CHECKING:
    from ..state import SimState

CV = "/connected-vehicle/v2/vehicles"
ENERGY = "/energy/v2/vehicles"
LOCATION = "/location/v1/vehicles"
BACKEND_STATUS = "/api/v1/backend-status"
RETIRED = ("/energy/v1", "/extended-vehicle/v1", "/connected-vehicle/v1")
"""Retired APIs: Volvo answers every path under them with 410 Gone."""
API_KEY_HEADER = "vcc-api-key"
REQUESTS_PER_MINUTE = 100
COMMANDS_PER_MINUTE = 10

Payload = dict[str, Any]

# ---- formatting --------------------------------------------------------------------------------


def stamp(moment: datetime, digits: int = 3) -> str:
    """ISO 8601 UTC with ``digits`` fractional digits (0, 3, 6 or 7 as Volvo sends them)."""
    base = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if digits == 0:
        return base + "Z"
    if digits == 7:
        return f"{base}.{moment.microsecond:06d}0+00:00"
    return f"{base}.{moment.microsecond:06d}"[: len(base) + 1 + digits] + "Z"


def reading(value: Any, unit: str | None, at: datetime | None, digits: int = 3) -> Payload:
    """A Connected Vehicle value field; ``unit`` ``None`` is sent as an explicit ``null``."""
    field: Payload = {"value": value, "unit": unit}
    if at is not None:
        field["timestamp"] = stamp(at, digits)
    return field


def ok(value: Any, unit: str | None, at: datetime) -> Payload:
    """An Energy v2 member that could be read."""
    return {"status": "OK", "value": value, "unit": unit, "updatedAt": stamp(at, 0)}


def failed(code: str, message: str | None = None) -> Payload:
    """An Energy v2 member that could not be read."""
    member: Payload = {"status": "ERROR", "code": code}
    if message is not None:
        member["message"] = message
    return member


NOT_SUPPORTED = "Resource is not supported for this vehicle"
NOT_FOUND = "No valid value could be found for the requested property"


def wrapped(data: Any) -> JSONResponse:
    return JSONResponse({"data": data})


# ---- what each car reports ---------------------------------------------------------------------

COMMAND_PATHS = {
    "LOCK": "lock",
    "LOCK_REDUCED_GUARD": "lock-reduced-guard",
    "UNLOCK": "unlock",
    "HONK": "honk",
    "FLASH": "flash",
    "HONK_AND_FLASH": "honk-flash",
    "CLIMATIZATION_START": "climatization-start",
    "CLIMATIZATION_STOP": "climatization-stop",
    "ENGINE_START": "engine-start",
    "ENGINE_STOP": "engine-stop",
}
FLEET_COMMANDS = {
    "lock": Command.LOCK,
    "lock-reduced-guard": Command.LOCK,
    "unlock": Command.UNLOCK,
    "climatization-start": Command.CLIMATE_START,
    "climatization-stop": Command.CLIMATE_STOP,
    "engine-start": Command.ENGINE_START,
    "engine-stop": Command.ENGINE_STOP,
    "honk": Command.HONK,
    "flash": Command.FLASH,
    "honk-flash": Command.HONK_FLASH,
}
COMMAND_SCOPES = {
    "lock": "conve:lock",
    "lock-reduced-guard": "conve:lock",
    "unlock": "conve:unlock",
    "climatization-start": "conve:climatization_start_stop",
    "climatization-stop": "conve:climatization_start_stop",
    "engine-start": "conve:engine_start_stop",
    "engine-stop": "conve:engine_start_stop",
    "honk": "conve:honk_flash",
    "flash": "conve:honk_flash",
    "honk-flash": "conve:honk_flash",
}
OUTCOME_STATUS = {"DEEP_SLEEP": "VEHICLE_IN_SLEEP", "NOT_CAPABLE": "NOT_SUPPORTED"}
LIGHTS = (
    "brakeLightCenterWarning",
    "brakeLightLeftWarning",
    "brakeLightRightWarning",
    "fogLightFrontWarning",
    "fogLightRearWarning",
    "positionLightFrontLeftWarning",
    "positionLightFrontRightWarning",
    "positionLightRearLeftWarning",
    "positionLightRearRightWarning",
    "highBeamLeftWarning",
    "highBeamRightWarning",
    "lowBeamLeftWarning",
    "lowBeamRightWarning",
    "daytimeRunningLightLeftWarning",
    "daytimeRunningLightRightWarning",
    "turnIndicationFrontLeftWarning",
    "turnIndicationFrontRightWarning",
    "turnIndicationRearLeftWarning",
    "turnIndicationRearRightWarning",
    "registrationPlateLightWarning",
    "sideMarkLightsWarning",
    "hazardLightsWarning",
    "reverseLightsWarning",
)


def fuel_type(vehicle: Vehicle) -> str:
    fuel = vehicle.spec.fuel.upper()
    return {"BEV": "ELECTRIC", "PHEV": f"{fuel}/ELECTRIC"}.get(vehicle.spec.powertrain, fuel)


def available_commands(vehicle: Vehicle) -> list[str]:
    """Cars with Google built-in offer reduced guard; only the combustion car offers engine start."""
    names = ["LOCK", "UNLOCK", "HONK", "FLASH", "HONK_AND_FLASH", "CLIMATIZATION_START", "CLIMATIZATION_STOP"]
    if vehicle.is_electric:
        names.insert(0, "LOCK_REDUCED_GUARD")
    if vehicle.spec.powertrain == "ICE":
        names += ["ENGINE_START", "ENGINE_STOP"]
    return names


def opening(is_open: bool) -> str:
    return "OPEN" if is_open else "CLOSED"


def details(vehicle: Vehicle, image_base: str) -> Payload:
    """Static details; image URLs are placeholders (the simulator serves no images), empty on the diesel."""
    body: Payload = {
        "vin": vehicle.vin,
        "modelYear": vehicle.spec.year,
        "gearbox": "AUTOMATIC",
        "fuelType": fuel_type(vehicle),
        "externalColour": vehicle.color,
        "images": {"exteriorImageUrl": "", "internalImageUrl": ""},
        "descriptions": {"model": vehicle.spec.model, "upholstery": "null", "steering": "LEFT"},
    }
    if vehicle.spec.battery_kwh is not None:
        body["batteryCapacityKWH"] = vehicle.spec.battery_kwh
        body["images"] = {
            "exteriorImageUrl": f"{image_base}/{vehicle.vin}/exterior.png",
            "internalImageUrl": f"{image_base}/{vehicle.vin}/interior.png",
        }
        body["descriptions"]["upholstery"] = "Charcoal"
    return body


def doors(vehicle: Vehicle) -> Payload:
    at = vehicle.updated_at
    body: Payload = {"centralLock": reading("LOCKED" if vehicle.locked else "UNLOCKED", None, at)}
    for name, key in (
        ("frontLeftDoor", "front_left"),
        ("frontRightDoor", "front_right"),
        ("rearLeftDoor", "rear_left"),
        ("rearRightDoor", "rear_right"),
        ("hood", "hood"),
        ("tailgate", "tailgate"),
    ):
        body[name] = reading(opening(vehicle.doors_open[key]), None, at)
    body["tankLid"] = reading("CLOSED" if vehicle.has_engine else "UNSPECIFIED", None, at)
    return body


def windows(vehicle: Vehicle) -> Payload:
    at = vehicle.updated_at
    body = {
        f"{side}Window": reading(opening(vehicle.windows_open[key]), None, at)
        for side, key in (
            ("frontLeft", "front_left"),
            ("frontRight", "front_right"),
            ("rearLeft", "rear_left"),
            ("rearRight", "rear_right"),
        )
    }
    body["sunroof"] = reading("UNSPECIFIED" if vehicle.spec.powertrain == "ICE" else "CLOSED", None, at)
    return body


def tyres(vehicle: Vehicle) -> Payload:
    value = "UNSPECIFIED" if vehicle.spec.powertrain == "ICE" else "NO_WARNING"
    return {
        wheel: reading(value, None, vehicle.updated_at, 0)
        for wheel in ("frontLeft", "frontRight", "rearLeft", "rearRight")
    }


def fuel(vehicle: Vehicle, now: datetime) -> Payload:
    """Numbers as strings, as Volvo's documented example sends them."""
    body: Payload = {}
    litres = vehicle.fuel_litres()
    if litres is not None:
        body["fuelAmount"] = reading(str(litres), "l", vehicle.updated_at)
    level = vehicle.battery_level(now)
    if level is not None:
        body["batteryChargeLevel"] = reading(str(level), "%", vehicle.updated_at)
    return body


def statistics(vehicle: Vehicle, now: datetime) -> Payload:
    at, odometer = vehicle.updated_at, vehicle.odometer_km
    body: Payload = {
        "averageSpeed": reading(round(38 + odometer % 17, 1), "km/h", at),
        "averageSpeedAutomatic": reading(round(45 + odometer % 11, 1), "km/h", at),
        "tripMeterManual": reading(round(odometer % 2500, 1), "km", at),
        "tripMeterAutomatic": reading(round(odometer % 90, 1), "km", at),
    }
    if vehicle.has_engine:
        body["averageFuelConsumption"] = reading(round(100 / vehicle.spec.km_per_litre, 1), "l/100km", at)
        body["averageFuelConsumptionAutomatic"] = reading(round(110 / vehicle.spec.km_per_litre, 1), "l/100km", at)
        body["distanceToEmptyTank"] = reading(vehicle.fuel_range_km(), "km", at)
    if vehicle.is_electric:
        consumption = round(100 / vehicle.spec.km_per_kwh, 1)
        body["averageEnergyConsumption"] = reading(consumption, "kWh/100km", at)
        body["averageEnergyConsumptionAutomatic"] = reading(consumption, "kWh/100km", at)
        body["averageEnergyConsumptionSinceCharge"] = reading(consumption, "kWh/100km", at)
        body["distanceToEmptyBattery"] = reading(vehicle.electric_range_km(now), "km", at)
    return body


def diagnostics(vehicle: Vehicle) -> Payload:
    at = vehicle.updated_at
    body: Payload = {
        "serviceWarning": reading("NO_WARNING", None, at),
        "serviceTrigger": None,
        "distanceToService": reading(30000 - round(vehicle.odometer_km) % 30000, "km", at),
        "timeToService": reading(7, "months", at),
        "washerFluidLevelWarning": reading("NO_WARNING", None, at),
    }
    if vehicle.has_engine:
        body["engineHoursToService"] = reading(1200, "h", at)
    return body


def engine_warnings(vehicle: Vehicle) -> Payload:
    oil = "NO_WARNING" if vehicle.has_engine else "UNSPECIFIED"
    return {
        "oilLevelWarning": reading(oil, None, vehicle.updated_at),
        "engineCoolantLevelWarning": reading("NO_WARNING", None, vehicle.updated_at),
    }


def engine_status(vehicle: Vehicle, now: datetime) -> Payload:
    """The timestamp is missing on the electric car, as it sometimes is on real ones."""
    value = "RUNNING" if vehicle.engine_running(now) else "STOPPED"
    return {"engineStatus": reading(value, None, vehicle.updated_at if vehicle.has_engine else None)}


def warnings(vehicle: Vehicle) -> Payload:
    unreported = {"sideMarkLightsWarning"} if vehicle.spec.powertrain == "ICE" else set()
    return {
        light: reading("UNSPECIFIED" if light in unreported else "NO_WARNING", None, vehicle.updated_at)
        for light in LIGHTS
    }


def accessibility(vehicle: Vehicle) -> Payload:
    status: Payload = {"value": "UNAVAILABLE" if vehicle.asleep else "AVAILABLE", "unit": None}
    if vehicle.asleep:
        status["unavailableReason"] = "POWER_SAVING_MODE"
    status["timestamp"] = stamp(vehicle.updated_at, 7)
    return {"availabilityStatus": status}


ENERGY_MEMBERS = (
    "batteryChargeLevel",
    "electricRange",
    "chargerConnectionStatus",
    "chargingStatus",
    "chargingType",
    "chargerPowerStatus",
    "estimatedChargingTimeToTargetBatteryChargeLevel",
    "targetBatteryChargeLevel",
    "chargingCurrentLimit",
    "chargingPower",
)
HYBRID_ENERGY_MEMBERS = frozenset({"chargerConnectionStatus", "chargingStatus", "targetBatteryChargeLevel"})
"""What the older plug-in hybrid reports; every other member answers NOT_SUPPORTED."""


def capabilities(vehicle: Vehicle) -> Payload:
    """The electric car names the charging member ``chargingSystemStatus`` here (``chargingStatus`` in the state)."""
    electric = vehicle.spec.powertrain == "BEV"
    supported = {"BEV": frozenset(ENERGY_MEMBERS), "PHEV": HYBRID_ENERGY_MEMBERS}.get(
        vehicle.spec.powertrain, frozenset()
    )
    members = {
        "chargingSystemStatus" if electric and name == "chargingStatus" else name: {"isSupported": name in supported}
        for name in ENERGY_MEMBERS
    }
    return {"getEnergyState": {"isSupported": bool(supported), **members}}


def energy_state(vehicle: Vehicle, now: datetime) -> Payload:
    powertrain = vehicle.spec.powertrain
    if powertrain == "ICE":
        return {name: failed("NOT_SUPPORTED") for name in ENERGY_MEMBERS}
    at, status = vehicle.updated_at, vehicle.charging_status(now)
    charging = status == "CHARGING"
    power = (
        "PROVIDING_POWER"
        if charging
        else "POWER_AVAILABLE_BUT_NOT_ACTIVATED"
        if vehicle.plugged_in
        else "NO_POWER_AVAILABLE"
    )
    state: Payload = {
        "batteryChargeLevel": ok(vehicle.battery_level(now), "percentage", at),
        "electricRange": ok(vehicle.electric_range_km(now), "km", at),
        "chargerConnectionStatus": ok("CONNECTED" if vehicle.plugged_in else "DISCONNECTED", None, at),
        "chargingStatus": ok("IDLE" if status == "DISCONNECTED" else status, None, at),
        "chargingType": ok("AC" if charging else "NONE", None, at),
        "chargerPowerStatus": ok(power, None, at),
        "estimatedChargingTimeToTargetBatteryChargeLevel": ok(vehicle.minutes_to_limit(now), "minutes", at),
        "targetBatteryChargeLevel": ok(vehicle.charge_limit_percent, "percentage", at),
        "chargingCurrentLimit": ok(32, "ampere", at),
        "chargingPower": ok(round(vehicle.charging_power_kw(now) * 1000), "watts", at)
        if charging
        else failed("PROPERTY_NOT_FOUND", NOT_FOUND),
    }
    if powertrain == "PHEV":
        state = {
            name: value if name in HYBRID_ENERGY_MEMBERS else failed("NOT_SUPPORTED", NOT_SUPPORTED)
            for name, value in state.items()
        }
    return state


def location(vehicle: Vehicle) -> Payload:
    return {
        "type": "Feature",
        "properties": {"timestamp": stamp(vehicle.updated_at), "heading": str(vehicle.heading)},
        "geometry": {"type": "Point", "coordinates": [vehicle.longitude, vehicle.latitude, 0.0]},
    }


# ---- the gateway: API key, media types, rate limits ---------------------------------------------


class CallLimits:
    """Volvo's per Volvo ID and application limits on simulated time (sliding one-minute windows)."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx
        self._calls: dict[tuple[str, str | None, str], list[float]] = {}
        self._fleet = ctx.fleet
        self._lock = threading.Lock()

    def _seconds(self) -> float:
        return self.ctx.clock.now().timestamp()

    def check(self, principal: Principal, command: bool) -> int | None:
        """Count the call, or return the seconds to wait when a limit is reached (the call is not counted)."""
        now = self._seconds()
        kinds = [("requests", REQUESTS_PER_MINUTE)] + ([("commands", COMMANDS_PER_MINUTE)] if command else [])
        with self._lock:
            if self._fleet is not self.ctx.fleet:  # the simulator was reset: count afresh
                self._calls.clear()
                self._fleet = self.ctx.fleet
            windows = []
            for kind, limit in kinds:
                key = (principal.client_id, principal.user_id, kind)
                recent = [moment for moment in self._calls.get(key, []) if moment > now - 60]
                self._calls[key] = recent
                if len(recent) >= limit:
                    return max(1, math.ceil(recent[-limit] + 60 - now))
                windows.append(recent)
            for recent in windows:
                recent.append(now)
        return None


INVALID_KEY = "Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key for an active subscription."


def gateway_error(status: int, message: str) -> JSONResponse:
    """The Connected Vehicle error shape with a sentence as ``message`` (the gateway's 401)."""
    return JSONResponse({"status": status, "error": {"message": message}}, status_code=status)


def energy_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def accepts_json(request: Request) -> bool:
    accept = request.headers.get("accept") or "*/*"
    kinds = {part.split(";")[0].strip().lower() for part in accept.split(",")}
    return bool(kinds & {"application/json", "application/*", "*/*"})


class Gateway:
    """What Volvo checks before an operation runs, in its order: key, media type, token, limits, VIN."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx
        self.limits = CallLimits(ctx)

    def principal(self, request: Request, scopes: tuple[str, ...], *, command: bool, energy: bool) -> Principal:
        if request.headers.get(API_KEY_HEADER) != CLIENT.api_key:
            raise Answer(gateway_error(401, INVALID_KEY))
        if not accepts_json(request):
            message = "Only application/json responses can be produced."
            raise Answer(
                energy_error(406, "NOT_ACCEPTABLE", message) if energy else self.ctx.error(request, 406, message)
            )
        principal = self.ctx.authenticate(request, scopes=scopes)
        wait = self.limits.check(principal, command)
        if wait is not None:
            limited = self.ctx.style(request).rate_limit(wait, self.ctx.clock.now())
            if self.ctx.state.options.undocumented_retry_after:
                limited = with_retry_after(limited, wait)
            raise Answer(limited)
        return principal

    def vehicle(
        self, request: Request, scopes: tuple[str, ...], *, command: bool = False, energy: bool = False
    ) -> Vehicle:
        principal = self.principal(request, scopes, command=command, energy=energy)
        return self.ctx.vehicle_for(request, principal, request.path_params["vin"])


async def command_body(request: Request) -> dict[str, Any]:
    """The JSON object a command was sent with (none at all counts as ``{}``); 415/400 otherwise."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise BrandError(415, "Content-Type must be application/json.")
    raw = await request.body()
    try:
        body = json.loads(raw) if raw.strip() else {}
    except ValueError:
        raise BrandError(400, "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise BrandError(400, "The request body must be a JSON object.")
    return body


def runtime_minutes(body: Mapping[str, Any]) -> int:
    minutes = body.get("runtimeMinutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 15:
        raise BrandError(400, "runtimeMinutes must be an integer between 0 and 15.")
    return minutes


def command_result(vehicle: Vehicle, name: str, succeeded: bool, reason: str | None) -> Payload:
    if succeeded:
        status = "DELIVERED" if name.startswith("lock") else "COMPLETED"
        message = "The command was delivered to the vehicle." if status == "DELIVERED" else "The command completed."
    else:
        status = OUTCOME_STATUS.get(reason or "", "REJECTED")
        message = "The vehicle is in sleep mode." if status == "VEHICLE_IN_SLEEP" else f"The vehicle refused: {reason}."
    result: Payload = {"vin": vehicle.vin, "invokeStatus": status, "message": message}
    if name == "unlock":
        result |= {"readyToUnlock": succeeded, "readyToUnlockUntil": 120 if succeeded else 0}
    return result


ReadBuilder = Callable[[Vehicle, datetime, Request], Any]

READS: tuple[tuple[str, tuple[str, ...], ReadBuilder], ...] = (
    ("", ("conve:vehicle_relation",), lambda v, now, request: details(v, image_base(request))),
    ("/doors", ("conve:doors_status", "conve:lock_status"), lambda v, now, request: doors(v)),
    ("/windows", ("conve:windows_status",), lambda v, now, request: windows(v)),
    ("/tyres", ("conve:tyre_status",), lambda v, now, request: tyres(v)),
    (
        "/odometer",
        ("conve:odometer_status",),
        lambda v, now, request: {"odometer": reading(round(v.odometer_km), "km", v.updated_at, 6)},
    ),
    ("/fuel", ("conve:fuel_status",), lambda v, now, request: fuel(v, now)),
    ("/statistics", ("conve:trip_statistics",), lambda v, now, request: statistics(v, now)),
    ("/diagnostics", ("conve:diagnostics_workshop",), lambda v, now, request: diagnostics(v)),
    ("/engine", ("conve:diagnostics_engine_status",), lambda v, now, request: engine_warnings(v)),
    ("/engine-status", ("conve:engine_status",), lambda v, now, request: engine_status(v, now)),
    (
        "/brakes",
        ("conve:brake_status",),
        lambda v, now, request: {"brakeFluidLevelWarning": reading("NO_WARNING", None, v.updated_at)},
    ),
    ("/warnings", ("conve:warnings",), lambda v, now, request: warnings(v)),
    ("/command-accessibility", ("conve:command_accessibility",), lambda v, now, request: accessibility(v)),
    ("/commands", ("conve:commands",), lambda v, now, request: command_list(v)),
)


def image_base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/images"


def command_list(vehicle: Vehicle) -> list[Payload]:
    return [
        {"command": name, "href": f"/v2/vehicles/{vehicle.vin}/commands/{COMMAND_PATHS[name]}"}
        for name in available_commands(vehicle)
    ]


def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
    """Every spec'd Volvo operation, on the ``api`` host."""
    gateway = Gateway(ctx)

    @answering
    async def vehicle_list(request: Request) -> Response:
        principal = gateway.principal(request, ("conve:vehicle_relation",), command=False, energy=False)
        return wrapped([{"vin": car.vin} for car in ctx.vehicles() if principal.may_access(car.id)])

    def read(
        scopes: tuple[str, ...], build: ReadBuilder, *, envelope: str | None = "data", energy: bool = False
    ) -> Handler:
        @answering
        async def handler(request: Request) -> Response:
            vehicle = gateway.vehicle(request, scopes, energy=energy)
            data = build(vehicle, ctx.clock.now(), request)
            return JSONResponse({envelope: data} if envelope else data)

        return handler

    def command(name: str) -> Handler:
        @answering
        async def handler(request: Request) -> Response:
            vehicle = gateway.vehicle(request, (COMMAND_SCOPES[name],), command=True)
            body = await command_body(request)
            params = {"minutes": runtime_minutes(body)} if name == "engine-start" else {}
            if name not in {COMMAND_PATHS[known] for known in available_commands(vehicle)}:
                raise BrandError(404, f"Command {name} is not supported by this vehicle.")
            outcome = ctx.execute(vehicle.id, FLEET_COMMANDS[name], **params)
            return wrapped(command_result(vehicle, name, outcome.ok, outcome.reason))

        return handler

    api: list[BaseRoute] = [Route(CV, vehicle_list, methods=["GET"])]
    api += [Route(f"{CV}/{{vin}}{suffix}", read(scopes, build), methods=["GET"]) for suffix, scopes, build in READS]
    api += [Route(f"{CV}/{{vin}}/commands/{name}", command(name), methods=["POST"]) for name in FLEET_COMMANDS]
    api += [
        Route(
            f"{ENERGY}/{{vin}}/capabilities",
            read(("energy:capability:read",), lambda v, now, request: capabilities(v), envelope=None, energy=True),
            methods=["GET"],
        ),
        Route(
            f"{ENERGY}/{{vin}}/state",
            read(("energy:state:read",), lambda v, now, request: energy_state(v, now), envelope=None, energy=True),
            methods=["GET"],
        ),
        Route(
            f"{LOCATION}/{{vin}}/location",
            read(("location:read",), lambda v, now, request: location(v)),
            methods=["GET"],
        ),
    ]

    async def retired(request: Request) -> Response:
        return ctx.error(request, 410, "This API has been retired; use Connected Vehicle v2 and Energy v2.")

    every_method = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    api += [Route(f"{prefix}/{{rest:path}}", retired, methods=every_method) for prefix in RETIRED]

    async def backend_status(request: Request) -> Response:
        return JSONResponse({"message": portal_status(ctx.state).message})

    return {"api": api, "portal": [Route(BACKEND_STATUS, backend_status, methods=["GET"])]}


class PortalStatus:
    """The developer portal's status message (``""``: no disruption); set ``message`` to announce one."""

    def __init__(self) -> None:
        self.message = ""


_PORTAL: weakref.WeakKeyDictionary[Fleet, PortalStatus] = weakref.WeakKeyDictionary()
_PORTAL_LOCK = threading.Lock()


def portal_status(state: SimState) -> PortalStatus:
    """The portal status of a simulator run (``sim.state``); ``sim.reset()`` starts a fresh one."""
    with _PORTAL_LOCK:
        found = _PORTAL.get(state.fleet)
        if found is None:
            found = _PORTAL[state.fleet] = PortalStatus()
        return found


PLUGIN = BrandPlugin(routes=routes)
