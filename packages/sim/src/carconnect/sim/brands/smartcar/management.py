"""Management API v2.0 routes (host ``management``): connections with cursor paging; Management API v3
(host ``management-v3``): webhooks and their vehicle subscriptions, with the application token."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ...fleet import Vehicle
from ...profiles.errors import request_id
from .. import BrandContext
from .errors import Payload, answer, answering, not_found, validation
from .gateway import Gateway, json_body, paging_params
from .readings import stamp

MANAGEMENT = "/v2.0/management/connections"
WEBHOOKS = "/v3/webhooks/{webhook_id}"
WEBHOOK_NAME = "carconnect-sim"
"""Every webhook id exists in the simulator, under this name (deliveries carry it too)."""


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


def page_params(request: Request) -> tuple[int, int]:
    """``page[number]`` (from 1) and ``page[size]`` (default 10) of a v3 list."""
    try:
        number = int(request.query_params.get("page[number]", 1))
        size = int(request.query_params.get("page[size]", 10))
    except ValueError:
        raise validation('"page[number]" and "page[size]" must be integers', "page") from None
    if number < 1 or size < 1:
        raise validation('"page[number]" and "page[size]" must be at least 1', "page")
    return number, size


def _subscription(webhook_id: str, vehicle_id: str, at: int) -> Payload:
    attributes = {"webhookId": webhook_id, "vehicleId": vehicle_id, "subscribedAt": at}
    return {"id": vehicle_id, "type": "subscription", "attributes": attributes}


def _millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def management_v3_routes(ctx: BrandContext, gateway: Gateway) -> list[BaseRoute]:
    v3 = answering(v3=True)

    @v3
    async def webhook(request: Request) -> Response:
        gateway.principal(request)
        webhook_id = request.path_params["webhook_id"]
        attributes = {
            "name": WEBHOOK_NAME,
            "callbackUri": None,
            "eventTypes": ["VEHICLE_STATE", "VEHICLE_ERROR"],
            "signals": [],
            "status": "ENABLED",
        }
        return answer({"data": {"id": webhook_id, "type": "webhook", "attributes": attributes}})

    @v3
    async def subscriptions(request: Request) -> Response:
        gateway.principal(request)
        webhook_id = request.path_params["webhook_id"]
        number, size = page_params(request)
        with gateway.data.lock:
            found = sorted(
                (vehicle_id, at) for (hook, vehicle_id), at in gateway.data.subscriptions.items() if hook == webhook_id
            )
        page = found[(number - 1) * size : number * size]
        return answer(
            {
                "data": [_subscription(webhook_id, vehicle_id, _millis(at)) for vehicle_id, at in page],
                "meta": {"pageNumber": number, "pageSize": size, "totalCount": len(found)},
                "links": {"self": f"/webhooks/{webhook_id}/subscriptions?page[number]={number}"},
            }
        )

    @v3
    async def subscribe(request: Request) -> Response:
        principal = gateway.principal(request)
        webhook_id = request.path_params["webhook_id"]
        items = (await json_body(request)).get("data")
        if not isinstance(items, list) or not items or not all(isinstance(item, dict) for item in items):
            raise validation('"data" must be a non-empty list of vehicles', "data")
        cars = [gateway.vehicle(principal, str(item.get("id")), ctx.owner.id) for item in items]
        now = gateway.now()
        with gateway.data.lock:
            stamps = {car.id: gateway.data.subscriptions.setdefault((webhook_id, car.id), now) for car in cars}
        data = [_subscription(webhook_id, car_id, _millis(at)) for car_id, at in stamps.items()]
        return answer({"data": data, "meta": {"totalCount": len(data)}})

    @v3
    async def unsubscribe(request: Request) -> Response:
        gateway.principal(request)
        key = (request.path_params["webhook_id"], request.path_params["vehicle_id"])
        with gateway.data.lock:
            if gateway.data.subscriptions.pop(key, None) is None:
                raise not_found("The vehicle is not subscribed to this webhook.")
        return Response(status_code=204, headers={"SC-Request-Id": request_id()})

    return [
        Route(WEBHOOKS, webhook, methods=["GET"]),
        Route(f"{WEBHOOKS}/subscriptions", subscriptions, methods=["GET"]),
        Route(f"{WEBHOOKS}/subscriptions", subscribe, methods=["POST"]),
        Route(f"{WEBHOOKS}/subscriptions/{{vehicle_id}}", unsubscribe, methods=["DELETE"]),
    ]
