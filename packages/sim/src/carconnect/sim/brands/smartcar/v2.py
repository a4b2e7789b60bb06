"""Vehicles API v2.0 and compatibility routes (host ``api``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ...fleet import Command, Vehicle
from ...fleet.catalog import CATALOGS
from ...oauth.bearer import Principal, bearer_token
from ...profiles.errors import request_id
from ...profiles.smartcar import CLIENT, PERMISSIONS
from .. import BrandContext, Handler, answering
from .errors import Payload, SmartcarError, answer, asleep, not_found, validation
from .gateway import Gateway, json_body, number_in, paging_params, same_secret, units_of
from .readings import HEADER_NAMES, READS, Units, perform_read

V2 = "/v2.0"
SENT = "Successfully sent request to vehicle"


def v2_routes(ctx: BrandContext, gateway: Gateway) -> list[BaseRoute]:
    v2 = answering(SmartcarError, SmartcarError.v2_response)

    @v2
    async def user(request: Request) -> Response:
        principal = gateway.principal(request)
        return answer({"id": gateway.user_of(principal)})

    @v2
    async def vehicles(request: Request) -> Response:
        principal = gateway.principal(request)
        limit, offset = paging_params(request, 10, 50)
        user_id = gateway.user_of(principal)
        ids = [
            car.id for car in ctx.vehicles() if principal.may_access(car.id) and gateway.data.connected(user_id, car.id)
        ]
        return answer({"vehicles": ids[offset : offset + limit], "paging": {"count": len(ids), "offset": offset}})

    @v2
    async def permissions(request: Request) -> Response:
        principal = gateway.principal(request)
        gateway.vehicle(principal, request.path_params["vehicle_id"])
        limit, offset = paging_params(request, 25, 100)
        granted = [scope for scope in PERMISSIONS if scope in principal.scopes]
        return answer(
            {"permissions": granted[offset : offset + limit], "paging": {"count": len(granted), "offset": offset}}
        )

    def reading(path: str) -> Handler:
        @v2
        async def handle(request: Request) -> Response:
            units = units_of(request)
            _, vehicle = gateway.reachable(request, [READS[path].permission])
            body, headers = perform_read(path, vehicle, units, gateway.now())
            return answer(body, headers={HEADER_NAMES[name]: value for name, value in headers.items()})

        return handle

    @v2
    async def security(request: Request) -> Response:
        _, vehicle = gateway.reachable(request, ["control_security"])
        action = (await json_body(request)).get("action")
        if action not in ("LOCK", "UNLOCK"):
            raise validation('"action" must be LOCK or UNLOCK', "action")
        gateway.execute(vehicle, Command.LOCK if action == "LOCK" else Command.UNLOCK)
        return answer({"status": "success", "message": SENT})

    @v2
    async def charge(request: Request) -> Response:
        _, vehicle = gateway.reachable(request, ["control_charge"])
        action = (await json_body(request)).get("action")
        if action not in ("START", "STOP"):
            raise validation('"action" must be START or STOP', "action")
        gateway.execute(vehicle, Command.CHARGE_START if action == "START" else Command.CHARGE_STOP)
        return answer({"status": "success", "message": SENT})

    @v2
    async def charge_limit(request: Request) -> Response:
        _, vehicle = gateway.reachable(request, ["control_charge"])
        limit = number_in((await json_body(request)).get("limit"), "limit", 0.5, 1.0)
        gateway.execute(vehicle, Command.SET_CHARGE_LIMIT, percent=round(limit * 100))
        return answer({"status": "success", "message": SENT})

    @v2
    async def destination(request: Request) -> Response:
        _, vehicle = gateway.reachable(request, ["control_navigation"])
        body = await json_body(request)
        latitude = number_in(body.get("latitude"), "latitude", -90, 90)
        longitude = number_in(body.get("longitude"), "longitude", -180, 180)
        if vehicle.asleep:
            raise asleep()
        with gateway.data.lock:
            gateway.data.destinations[vehicle.id] = (latitude, longitude)
        return answer({"status": "success", "message": SENT})

    @v2
    async def batch(request: Request) -> Response:
        units = units_of(request)
        principal = gateway.principal(request)
        vehicle = gateway.vehicle(principal, request.path_params["vehicle_id"])
        wanted = (await json_body(request)).get("requests")
        paths = [item.get("path") for item in wanted] if isinstance(wanted, list) and wanted else None
        if paths is None or not all(isinstance(path, str) for path in paths):
            raise validation('"requests" must be a non-empty list of {"path": ...}', "requests")
        return answer({"responses": [batch_item(gateway, principal, vehicle, str(path), units) for path in paths]})

    @v2
    async def disconnect(request: Request) -> Response:
        token = bearer_token(request)
        if token is not None and same_secret(token, CLIENT.management_token):
            vehicle = ctx.find_vehicle(request.path_params["vehicle_id"])
            if vehicle is None:
                raise not_found("Vehicle not found.")
            user_id = ctx.owner.id
        else:
            principal = gateway.principal(request)
            vehicle = gateway.vehicle(principal, request.path_params["vehicle_id"])
            user_id = gateway.user_of(principal)
        with gateway.data.lock:
            gateway.data.disconnected.add((user_id, vehicle.id))
        return answer({"status": "success"})

    @v2
    async def subscribe(request: Request) -> Response:
        principal = gateway.principal(request)
        vehicle = gateway.vehicle(principal, request.path_params["vehicle_id"])
        webhook_id = request.path_params["webhook_id"]
        with gateway.data.lock:
            gateway.data.subscriptions[(webhook_id, vehicle.id)] = gateway.now()
        return answer({"webhookId": webhook_id, "vehicleId": vehicle.id})

    @v2
    async def unsubscribe(request: Request) -> Response:
        gateway.management_token(request)
        key = (request.path_params["webhook_id"], request.path_params["vehicle_id"])
        with gateway.data.lock:
            if gateway.data.subscriptions.pop(key, None) is None:
                raise not_found("The vehicle is not subscribed to this webhook.")
        return answer({"status": "success"})

    @v2
    async def compatibility(request: Request) -> Response:
        gateway.client_basic(request)
        vin, scope = request.query_params.get("vin"), request.query_params.get("scope")
        if not vin or not scope:
            raise validation('"vin" and "scope" are required', "vin" if not vin else "scope")
        return answer(compatibility_of(ctx, vin, scope.split(), request.query_params.get("country", "US")))

    @v2
    async def matrix(request: Request) -> Response:
        gateway.client_basic(request)
        params = request.query_params
        if params.get("region") not in ("US", "CA", "EUROPE"):
            raise validation('"region" must be US, CA or EUROPE', "region")
        return answer(compatibility_matrix(params.get("make"), params.get("type"), (params.get("scope") or "").split()))

    vehicle = f"{V2}/vehicles/{{vehicle_id}}"
    routes: list[BaseRoute] = [
        Route(f"{V2}/user", user, methods=["GET"]),
        Route(f"{V2}/vehicles", vehicles, methods=["GET"]),
        Route(f"{vehicle}/permissions", permissions, methods=["GET"]),
        Route(f"{vehicle}/security", security, methods=["POST"]),
        Route(f"{vehicle}/charge", charge, methods=["POST"]),
        Route(f"{vehicle}/charge/limit", charge_limit, methods=["POST"]),
        Route(f"{vehicle}/navigation/destination", destination, methods=["POST"]),
        Route(f"{vehicle}/batch", batch, methods=["POST"]),
        Route(f"{vehicle}/application", disconnect, methods=["DELETE"]),
        Route(f"{vehicle}/webhooks/{{webhook_id}}", subscribe, methods=["POST"]),
        Route(f"{vehicle}/webhooks/{{webhook_id}}", unsubscribe, methods=["DELETE"]),
        Route(f"{V2}/compatibility", compatibility, methods=["GET"]),
        Route(f"{V2}/compatibility/matrix", matrix, methods=["GET"]),
    ]
    routes += [Route(vehicle + ("" if path == "/" else path), reading(path), methods=["GET"]) for path in READS]
    return routes


def batch_item(gateway: Gateway, principal: Principal, vehicle: Vehicle, path: str, units: Units) -> Payload:
    """One path of a batch: its own status, headers (lower case) and body."""
    normal = "/" + path.strip().strip("/")
    rid = request_id()
    try:
        read = READS.get(normal)
        if read is None:
            raise not_found(f"Path {normal} is not a vehicle endpoint.")
        if read.permission not in principal.scopes:
            raise SmartcarError(
                403, "PERMISSION", None, "The token lacks the permission for this path.", resolution="REAUTHENTICATE"
            )
        limited = gateway.throttle(vehicle)
        if limited is not None:
            raise limited
        body, found = perform_read(normal, vehicle, units, gateway.now())
        return {"path": path, "code": 200, "headers": {**found, "sc-request-id": rid}, "body": body}
    except SmartcarError as error:
        headers: Payload = {"sc-request-id": rid}
        if error.retry_after is not None:
            headers["Retry-After"] = error.retry_after
        return {"path": path, "code": error.status, "headers": headers, "body": error.v2_body(rid)}


CONTROL_ENDPOINTS = {
    "control_security": ("/security",),
    "control_charge": ("/charge", "/charge/limit"),
    "control_navigation": ("/navigation/destination",),
}
ENDPOINTS: dict[str, tuple[str, ...]] = {
    permission: tuple(path for path, read in READS.items() if read.permission == permission)
    for permission in dict.fromkeys(read.permission for read in READS.values())
} | CONTROL_ENDPOINTS
"""The endpoints each permission opens: compatibility answers one capability per endpoint."""

LABELS = {
    "/": "Vehicle info",
    "/vin": "VIN",
    "/odometer": "Odometer",
    "/location": "Location",
    "/fuel": "Fuel tank",
    "/battery": "EV battery",
    "/battery/capacity": "EV battery capacity",
    "/battery/nominal_capacity": "EV battery nominal capacity",
    "/charge": "EV charging status",
    "/charge/limit": "EV charge limit",
    "/security": "Lock status",
    "/engine/oil": "Engine oil life",
    "/tires/pressure": "Tire pressure",
    "/service/history": "Service history",
    "/diagnostics/system_status": "Diagnostic system status",
    "/diagnostics/dtcs": "Diagnostic trouble codes",
}
CONTROL_LABELS = {
    "control_security": "Lock & unlock",
    "control_charge": "EV start & stop charge",
    "control_navigation": "Send destination",
}
"""The feature labels the compatibility matrix lists (Smartcar's names, not paths)."""


def _capable(vehicle: Vehicle, permission: str, path: str) -> bool:
    if permission in CONTROL_ENDPOINTS:
        return permission != "control_charge" or vehicle.is_electric
    try:
        READS[path].reader(vehicle, Units(False), vehicle.updated_at)
    except SmartcarError:
        return False
    return True


def compatibility_of(ctx: BrandContext, vin: str, scopes: list[str], country: str) -> Payload:
    """Smartcar's answer: one capability per endpoint of each asked permission (US VINs only)."""
    vehicle = ctx.find_vehicle(vin)
    if vehicle is None:
        return {"compatible": False, "reason": "VEHICLE_NOT_COMPATIBLE", "capabilities": []}
    if country.upper() != "US":
        return {"compatible": True, "reason": None, "capabilities": []}
    capabilities = []
    for permission in scopes:
        known = permission in PERMISSIONS
        for path in ENDPOINTS.get(permission, ()) if known else ():
            capable = _capable(vehicle, permission, path)
            capabilities.append(
                {
                    "permission": permission,
                    "endpoint": path,
                    "capable": capable,
                    "reason": None if capable else "VEHICLE_NOT_CAPABLE",
                }
            )
    return {"compatible": True, "reason": None, "capabilities": capabilities}


def _labels(vehicle_permissions: list[str]) -> list[str]:
    labels = [LABELS[path] for p in vehicle_permissions if p not in CONTROL_LABELS for path in ENDPOINTS.get(p, ())]
    return sorted({*labels, *(CONTROL_LABELS[p] for p in vehicle_permissions if p in CONTROL_LABELS)})


def compatibility_matrix(make: str | None, powertrain: str | None, scopes: list[str]) -> Payload:
    """Supported models by make; ``endpoints`` lists feature labels, as Smartcar's matrix does."""
    matrix: dict[str, list[Payload]] = {}
    for spec in CATALOGS["smartcar"].models:
        if (make and spec.make.upper() != make.upper()) or (powertrain and spec.powertrain != powertrain):
            continue
        permissions = [p for p in PERMISSIONS if not scopes or p in scopes]
        matrix.setdefault(spec.make, []).append(
            {
                "model": spec.model,
                "startYear": spec.year - 2,
                "endYear": None,
                "type": spec.powertrain,
                "endpoints": _labels(permissions),
                "permissions": permissions,
            }
        )
    return matrix
