"""Ford: FordConnect Query, FordConnect and FordPass (Autonomic plus the Ford-hosted vehicle list).

Hosts (see ``profiles/ford.py``): ``api`` is api.vehicle.ford.com (Query under ``/fcon-query/v1``, the
FordPass vehicle list under ``/api/expdashboard/v1/details/``), ``mps`` is api.mps.ford.com
(FordConnect), ``autonomic`` is api.autonomic.ai (FordPass telemetry and commands).

Quirks, as Ford shows them:

* Query: one vehicle per consent; more than 30 calls a minute per consent answer 429 with
  ``Retry-After``; wallbox, departure times, charge schedules and sessions are EV-only (404 otherwise)
  and their bodies, undocumented by Ford, are small invented shapes.
* FordConnect: ``Application-Id`` checked first (401 "missing|invalid subscription key"); 32-character
  vehicle ids (400 otherwise); ``MM-DD-YYYY HH:MM:SS`` timestamps and string coordinates; the vehicle
  list holds every car of the account, those the user did not authorize for the application with
  ``vehicleAuthorizationIndicator`` 0, whose GETs answer 406 (commands 401); EV-only
  commands and data answer 406 on the petrol car; commands answer 202 ``PENDINGRESPONSE`` and stay
  pending for :data:`PENDING_SECONDS` of simulated time, then ``COMPLETED`` or ``FAILED`` (deep sleep,
  not capable); command ids expire after :data:`COMMAND_ID_TTL` s (401, ``commandStatus`` FAILED);
  the status-refresh poll answers 202 even though it is a GET.
* FordPass: the vehicle list wants the CAT token in ``auth-token`` and a FordPass ``Application-Id``
  (answers 207); Autonomic wants its own bearer token; commands answer 201 and their outcome appears
  in telemetry ``states["<type>Command"]`` (only the latest per type): ``success``, ``expired`` with
  the deep-sleep preclusion cause, or ``COMMAND_FAILED_ON_DEVICE``; remote start on the electric car
  is refused with 403 ``DENY_ALLOW``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from .. import BrandContext, BrandPlugin
from .commands import PENDING_SECONDS, Commands
from .connect import COMMAND_ID_TTL, ConnectApi
from .fordpass import AUTONOMIC_COMMAND_TTL, AutonomicErrors, FordPassApi
from .query import QUERY_REQUESTS_PER_MINUTE, QueryApi


def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
    commands = Commands(ctx)
    fordpass = FordPassApi(ctx, commands).routes()
    return {
        "api": QueryApi(ctx, commands).routes() + fordpass["api"],
        "mps": ConnectApi(ctx, commands).routes(),
        "autonomic": fordpass["autonomic"],
    }


PLUGIN = BrandPlugin(routes=routes, error_styles={"autonomic": AutonomicErrors()})


__all__ = [
    "AUTONOMIC_COMMAND_TTL",
    "COMMAND_ID_TTL",
    "PENDING_SECONDS",
    "PLUGIN",
    "QUERY_REQUESTS_PER_MINUTE",
    "Commands",
    "ConnectApi",
    "FordPassApi",
    "QueryApi",
]
