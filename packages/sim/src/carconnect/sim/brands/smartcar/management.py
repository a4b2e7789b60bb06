"""Management API v2.0 routes (host ``management``): connections with cursor paging."""

from __future__ import annotations

import base64
import binascii

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ...fleet import Vehicle
from .. import BrandContext
from .errors import answer, answering, not_found, validation
from .gateway import Gateway, paging_params
from .readings import stamp

MANAGEMENT = "/v2.0/management/connections"


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind == "offset" and value.isdigit():
            return int(value)
    except (binascii.Error, UnicodeDecodeError):
        pass
    raise validation('"cursor" is not a cursor of this API', "cursor")


def management_routes(ctx: BrandContext, gateway: Gateway) -> list[BaseRoute]:
    v2 = answering()

    def matching(request: Request) -> list[tuple[str, Vehicle]]:
        user_id, vehicle_id = request.query_params.get("user_id"), request.query_params.get("vehicle_id")
        return [
            (user, car)
            for user, car in gateway.connections()
            if (not user_id or user == user_id) and (not vehicle_id or car.id == vehicle_id)
        ]

    @v2
    async def connections(request: Request) -> Response:
        gateway.management_basic(request)
        limit, _ = paging_params(request, 10, 100)
        mode = request.query_params.get("mode")
        if mode not in (None, "live", "simulated", "test"):
            raise validation('"mode" must be live, simulated or test', "mode")
        found = [] if mode not in (None, "live") else matching(request)
        offset = _offset(request.query_params.get("cursor"))
        chunk = found[offset : offset + limit]
        following = _cursor(offset + limit) if offset + limit < len(found) else None
        items = [
            {"userId": user, "vehicleId": car.id, "connectedAt": stamp(gateway.data.started), "mode": "live"}
            for user, car in chunk
        ]
        return answer({"connections": items, "paging": {"cursor": following}})

    @v2
    async def delete(request: Request) -> Response:
        gateway.management_basic(request)
        if not request.query_params.get("user_id") and not request.query_params.get("vehicle_id"):
            raise validation('give "user_id", "vehicle_id" or both', "user_id")
        found = matching(request)
        if not found:
            raise not_found("No connection matches.")
        with gateway.data.lock:
            gateway.data.disconnected.update((user, car.id) for user, car in found)
        return answer({"connections": [{"userId": user, "vehicleId": car.id} for user, car in found]})

    # The SDK asks for the path with a trailing slash; Smartcar answers it directly (no redirect).
    return [
        route
        for path in (MANAGEMENT, MANAGEMENT + "/")
        for route in (Route(path, connections, methods=["GET"]), Route(path, delete, methods=["DELETE"]))
    ]
