"""FordConnect Query (host ``api``, under ``/fcon-query/v1``): one vehicle per consent, calls limited per minute."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...fleet import Vehicle
from .. import Answer, BrandContext, BrandError, answering
from .commands import Commands
from .telemetry import engine_type, iso, metrics

QUERY = "/fcon-query/v1"
QUERY_REQUESTS_PER_MINUTE = 30


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
        return [Route(QUERY + path, answering(handler), methods=["GET"]) for path, handler in table.items()]
