"""The admin HTTP API under ``/_admin/``: script a scenario from any language or process.

===========================================  =====================================================
``GET  /_admin/``                             brands, hosts, options, clock
``GET|POST /_admin/options``                  read / change :class:`~carconnect.sim.options.SimOptions`
``GET  /_admin/clock``                        ``{"now"}``
``POST /_admin/clock/advance``                ``{"seconds": 3600}``
``GET|POST|DELETE /_admin/faults``            list / add (a :class:`~carconnect.sim.faults.Fault` as JSON) / clear
``DELETE /_admin/faults/{id}``                remove one fault
``GET  /_admin/device``                       device codes and their status
``POST /_admin/device/approve|deny``          ``{"user_code": "..."}``
``GET  /_admin/deliveries``                   ``?brand=&vehicle=&command=`` -> count and log
``GET  /_admin/fleet/{brand}``                vehicle state snapshots
``POST /_admin/fleet/{brand}/{vehicle}/plug``  ``{"plugged": true}``
``POST /_admin/fleet/{brand}/{vehicle}/sleep`` ``{"asleep": true}``
``POST /_admin/grants/revoke``                ``{"brand"?, "server"?}`` revoke matching grants
``GET  /_admin/endpoints/{brand}``            ``?server=`` URLs as :func:`~carconnect.sim.urls.endpoints`
``GET  /_admin/streaming``                    BMW's broker ``{"brand", "host", "port", "tls"}`` (404: none published)
``POST /_admin/reset``                        back to the seeded start
===========================================  =====================================================
"""

from __future__ import annotations

import json
import weakref
from typing import TYPE_CHECKING, Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import Fault
from .oauth.device import decide_device
from .oauth.forms import origin
from .profiles import BRANDS, PROFILES
from .urls import endpoints

if TYPE_CHECKING:
    from .mqtt.broker import CarDataBroker
    from .state import SimState

_BROKERS: weakref.WeakKeyDictionary[SimState, CarDataBroker] = weakref.WeakKeyDictionary()
"""The streaming broker each simulator state publishes under ``GET /_admin/streaming``."""


def publish_broker(state: SimState, broker: CarDataBroker | None) -> None:
    """Publish ``broker``'s address under ``GET /_admin/streaming`` of ``state``'s admin API (``None``: withdraw it)."""
    if broker is None:
        _BROKERS.pop(state, None)
    else:
        _BROKERS[state] = broker


def _broker_address(state: SimState) -> dict[str, Any] | None:
    """The published broker's address, ``None`` when none is published or it has stopped."""
    broker = _BROKERS.get(state)
    if broker is None:
        return None
    try:
        return {"brand": "bmw", "host": broker.host, "port": broker.port, "tls": broker.tls}
    except RuntimeError:  # stopped
        return None


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body:
        return {}
    data = json.loads(body)
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def admin_app(state: SimState) -> Starlette:
    """A Starlette app serving the admin API for ``state``."""

    async def index(request: Request) -> Response:
        base = origin(request)
        brands = {
            brand: {
                "hosts": endpoints(base, brand).hosts,
                "servers": [server.name for server in PROFILES[brand].servers],
            }
            for brand in BRANDS
        }
        return JSONResponse(
            {"brands": brands, "options": state.options.to_dict(), "now": state.clock.now().isoformat()}
        )

    async def options(request: Request) -> Response:
        if request.method == "POST":
            try:
                state.options.update(await _json(request))
            except ValueError as exc:
                return _error(400, str(exc))
        return JSONResponse(state.options.to_dict())

    async def clock(request: Request) -> Response:
        return JSONResponse({"now": state.clock.now().isoformat()})

    async def advance(request: Request) -> Response:
        try:
            seconds = float((await _json(request))["seconds"])
        except (KeyError, TypeError, ValueError):
            return _error(400, 'send {"seconds": <number>}')
        state.clock.advance(seconds)
        return JSONResponse({"now": state.clock.now().isoformat()})

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            try:
                fault = state.faults.add_fault(Fault.from_dict(await _json(request)))
            except ValueError as exc:
                return _error(400, str(exc))
            return JSONResponse(fault.to_dict(), status_code=201)
        if request.method == "DELETE":
            state.faults.clear()
            return Response(status_code=204)
        return JSONResponse([fault.to_dict() for fault in state.faults.list()])

    async def fault(request: Request) -> Response:
        removed = state.faults.remove(request.path_params["fault_id"])
        return Response(status_code=204) if removed else _error(404, "no such fault")

    async def devices(request: Request) -> Response:
        with state.oauth.lock:
            listed = [
                {
                    "server": device.server,
                    "user_code": device.user_code,
                    "status": device.status,
                    "polls": device.polls,
                    "expires_at": device.expires_at.isoformat(),
                }
                for device in state.oauth.devices.values()
            ]
        return JSONResponse(listed)

    async def decide(request: Request) -> Response:
        if request.path_params["decision"] not in ("approve", "deny"):
            return _error(404, "use /device/approve or /device/deny")
        decision: Literal["approve", "deny"] = "approve" if request.path_params["decision"] == "approve" else "deny"
        try:
            user_code = str((await _json(request))["user_code"])
            device = decide_device(state, user_code, decision)
        except (KeyError, ValueError):
            return _error(400, 'send {"user_code": "..."}')
        except LookupError as exc:
            return _error(404, str(exc))
        return JSONResponse({"user_code": device.user_code, "status": device.status})

    async def deliveries(request: Request) -> Response:
        query = request.query_params
        brand, vehicle, command = query.get("brand"), query.get("vehicle"), query.get("command")
        log = [
            {"brand": d.brand, "vehicle": d.vehicle_id, "command": d.command, "at": d.at.isoformat(), "ok": d.ok,
             "reason": d.reason}
            for d in state.fleet.deliveries.log()
            if (brand is None or d.brand == brand)
            and (vehicle is None or d.vehicle_id.lower() == vehicle.lower())
            and (command is None or d.command == command)
        ]  # fmt: skip
        return JSONResponse({"count": len(log), "deliveries": log})

    async def fleet(request: Request) -> Response:
        brand = request.path_params["brand"]
        if brand not in BRANDS:
            return _error(404, "unknown brand")
        return JSONResponse(state.fleet.snapshot(brand))

    async def vehicle_switch(request: Request) -> Response:
        brand, key, switch = (request.path_params[name] for name in ("brand", "vehicle", "switch"))
        if switch not in ("plug", "sleep"):
            return _error(404, "use /plug or /sleep")
        try:
            body = await _json(request)
            if switch == "plug":
                state.fleet.plug_in(brand, key, bool(body.get("plugged", True)))
            else:
                state.fleet.set_asleep(brand, key, bool(body.get("asleep", True)))
        except KeyError:
            return _error(404, "unknown vehicle")
        except ValueError as exc:
            return _error(400, str(exc))
        return JSONResponse(state.fleet.vehicle(brand, key).snapshot(state.clock.now()))

    async def revoke_grants(request: Request) -> Response:
        try:
            body = await _json(request)
        except ValueError as exc:
            return _error(400, str(exc))
        now = state.clock.now()
        with state.oauth.lock:
            matching = [
                grant.id
                for grant in state.oauth.grants.values()
                if grant.active
                and body.get("server") in (None, grant.server)
                and body.get("brand") in (None, _brand_of(grant.server))
            ]
            for grant_id in matching:
                state.oauth.revoke_grant(grant_id, now, "revoked by the admin API")
        return JSONResponse({"revoked": len(matching)})

    async def brand_endpoints(request: Request) -> Response:
        try:
            found = endpoints(origin(request), request.path_params["brand"], request.query_params.get("server"))
        except KeyError as exc:
            return _error(404, str(exc))
        return JSONResponse(found.as_dict())

    async def streaming(request: Request) -> Response:
        address = _broker_address(state)
        if address is None:
            return _error(404, "this simulator publishes no BMW streaming broker")
        return JSONResponse(address)

    async def reset(request: Request) -> Response:
        state.reset()
        return Response(status_code=204)

    return Starlette(
        routes=[
            Route("/", index),
            Route("/options", options, methods=["GET", "POST"]),
            Route("/clock", clock),
            Route("/clock/advance", advance, methods=["POST"]),
            Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
            Route("/faults/{fault_id}", fault, methods=["DELETE"]),
            Route("/device", devices),
            Route("/device/{decision:str}", decide, methods=["POST"]),
            Route("/deliveries", deliveries),
            Route("/fleet/{brand}", fleet),
            Route("/fleet/{brand}/{vehicle}/{switch}", vehicle_switch, methods=["POST"]),
            Route("/grants/revoke", revoke_grants, methods=["POST"]),
            Route("/endpoints/{brand}", brand_endpoints),
            Route("/streaming", streaming),
            Route("/reset", reset, methods=["POST"]),
        ]
    )


def _brand_of(server: str) -> str:
    for profile in PROFILES.values():
        if any(item.name == server for item in profile.servers):
            return profile.name
    return "ford" if server.startswith("fordpass") else server
