"""Management API v2.0 routes (host ``management``): connections with cursor paging; Management API v3
(host ``management-v3``): webhooks and their vehicle subscriptions, with the application token."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ...fleet import Vehicle
from ...profiles.errors import request_id
from .. import BrandContext, answering
from .errors import Payload, SmartcarError, answer, not_found, validation
from .gateway import Gateway, json_body, paging_params
from .payloads import v3_vehicle
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
    v2 = answering(SmartcarError, SmartcarError.v2_response)

    def matching(request: Request) -> list[tuple[str, Vehicle]]:
        user_id, vehicle_id = request.query_params.get("user_id"), request.query_params.get("vehicle_id")
        return gateway.connections(user_id, vehicle_id)

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


def subscription_id(webhook_id: str, vehicle_id: str) -> str:
    """The stable id of one vehicle's subscription to one webhook."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"smartcar-subscription:{webhook_id}:{vehicle_id}"))


def _relationship(kind: str, key: str, related: str) -> Payload:
    return {"data": {"type": kind, "id": key}, "links": {"related": related}}


def _subscription(webhook_id: str, car: Vehicle, user_id: str, at: datetime) -> Payload:
    key = subscription_id(webhook_id, car.id)
    vehicle = v3_vehicle(car)["attributes"]
    return {
        "type": "subscription",
        "id": key,
        "attributes": {"vehicle": vehicle},
        "meta": {"createdAt": stamp(at), "updatedAt": stamp(at)},
        "relationships": {
            "webhook": _relationship("webhook", webhook_id, f"/webhooks/{webhook_id}"),
            "user": _relationship("user", user_id, f"/users/{user_id}"),
            "vehicle": _relationship("vehicle", car.id, f"/vehicles/{car.id}"),
        },
        "links": {"self": f"/subscriptions/{key}"},
    }


def _webhook(webhook_id: str) -> Payload:
    attributes = {"name": WEBHOOK_NAME, "callbackUri": None, "isEnabled": True, "autoSubscribe": False}
    return {"id": webhook_id, "type": "webhook", "attributes": attributes}


def _paged(items: list[Payload], number: int, size: int, self_link: str) -> Payload:
    return {
        "data": items[(number - 1) * size : number * size],
        "meta": {"pageNumber": number, "pageSize": size, "totalCount": len(items)},
        "links": {"self": self_link},
    }


def management_v3_routes(ctx: BrandContext, gateway: Gateway) -> list[BaseRoute]:
    v3 = answering(SmartcarError, SmartcarError.v3_response)

    def subscribed(webhook_id: str | None = None, vehicle_id: str | None = None) -> list[Payload]:
        with gateway.data.lock:
            found = sorted(gateway.data.subscriptions.items())
        owner = ctx.owner.id
        return [
            _subscription(hook, car, owner, at)
            for (hook, car_id), at in found
            if (webhook_id is None or hook == webhook_id) and (vehicle_id is None or car_id == vehicle_id)
            for car in [ctx.find_vehicle(car_id)]
            if car is not None
        ]

    @v3
    async def webhook(request: Request) -> Response:
        gateway.principal(request)
        return answer({"data": _webhook(request.path_params["webhook_id"])})

    @v3
    async def webhooks(request: Request) -> Response:
        gateway.principal(request)
        number, size = page_params(request)
        with gateway.data.lock:
            hooks = sorted({hook for hook, _ in gateway.data.subscriptions})
        name = request.query_params.get("filter[name]", "").lower()
        listed = [_webhook(hook) for hook in hooks if name in WEBHOOK_NAME.lower()]
        return answer(_paged(listed, number, size, "/webhooks"))

    @v3
    async def subscriptions(request: Request) -> Response:
        gateway.principal(request)
        webhook_id = request.path_params["webhook_id"]
        number, size = page_params(request)
        return answer(_paged(subscribed(webhook_id), number, size, f"/webhooks/{webhook_id}/subscriptions"))

    @v3
    async def all_subscriptions(request: Request) -> Response:
        gateway.principal(request)
        number, size = page_params(request)
        params = request.query_params
        user = params.get("filter[userId]")
        found = (
            []
            if user and user != ctx.owner.id
            else subscribed(params.get("filter[webhookId]"), params.get("filter[vehicleId]"))
        )
        return answer(_paged(found, number, size, "/subscriptions"))

    @v3
    async def one_subscription(request: Request) -> Response:
        gateway.principal(request)
        wanted = request.path_params["subscription_id"]
        found = next((item for item in subscribed() if item["id"] == wanted), None)
        if found is None:
            raise not_found(f"Subscription {wanted} was not found.")
        return answer({"data": found})

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
        data = [_subscription(webhook_id, car, ctx.owner.id, stamps[car.id]) for car in cars]
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
        Route("/v3/webhooks", webhooks, methods=["GET"]),
        Route(WEBHOOKS, webhook, methods=["GET"]),
        Route(f"{WEBHOOKS}/subscriptions", subscriptions, methods=["GET"]),
        Route(f"{WEBHOOKS}/subscriptions", subscribe, methods=["POST"]),
        Route(f"{WEBHOOKS}/subscriptions/{{vehicle_id}}", unsubscribe, methods=["DELETE"]),
        Route("/v3/subscriptions", all_subscriptions, methods=["GET"]),
        Route("/v3/subscriptions/{subscription_id}", one_subscription, methods=["GET"]),
    ]
