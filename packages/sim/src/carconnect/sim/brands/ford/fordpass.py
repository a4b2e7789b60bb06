"""FordPass: the Ford-hosted vehicle list (host ``api``) and Autonomic telemetry and commands (``autonomic``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...errors import AuthFailure
from ...fleet import Command, Vehicle
from ...profiles import ford as profile
from ...profiles.errors import json_response
from ...profiles.ford import AutonomicErrors as _ProfileAutonomicErrors
from .. import Answer, BrandContext, BrandError, Handler, answering
from .commands import PENDING_SECONDS, Commands, SentCommand
from .telemetry import Payload, autonomic_id, engine_type, iso, metrics

DASHBOARD = "/api/expdashboard/v1/details/"
AUTONOMIC_COMMAND_TTL = 90


class AutonomicErrors(_ProfileAutonomicErrors):
    """Autonomic's error body with ``messageParams`` as an object, as Autonomic sends it."""

    def _body(self, status: int, message: str, now: datetime) -> dict[str, object]:
        return {**super()._body(status, message, now), "messageParams": {}}


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
            "api": [Route(DASHBOARD, answering(self.dashboard), methods=["POST"])],
            "autonomic": [
                Route(vehicles, answering(self.telemetry), methods=["GET"]),
                Route(vehicles + ":query", answering(self.query), methods=["POST"]),
                Route(
                    "/v1/command/vehicles/{vin}/commands", answering(self.command("v1", V1_COMMANDS)), methods=["POST"]
                ),
                Route(
                    "/v1beta/command/vehicles/{vin}/commands",
                    answering(self.command("v1beta", {**V1_COMMANDS, **V1BETA_COMMANDS})),
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
