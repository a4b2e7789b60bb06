"""Smartcar: Vehicles API v2.0 and compatibility (``api``), Management API v2.0 (``management``),
Management API v3 webhooks and subscriptions (``management-v3``) and Vehicles API v3 (``vehicle``), on
the shared fleet.

v2 calls need the user's Connect token with the endpoint's permission; v3 calls the application
token (or a user token) and the ``sc-user-id`` header; the Management API HTTP Basic
``default:{management token}``; compatibility HTTP Basic client credentials; webhook unsubscription
the management token as bearer.

Limits, on simulated time: the application's token bucket (120 requests, 2 more a minute) answers
``RATE_LIMIT:SMARTCAR_API`` (``Retry-After`` only with the ``undocumented_retry_after`` option); each
vehicle takes 60 requests a minute (each batch path counts) before ``RATE_LIMIT:VEHICLE`` with
``Retry-After``. Both carry ``resolution: RETRY_LATER``.

Quirks, as the real API shows them: percentages as fractions (``0.55``), ``year`` sent as a string
for the Chevrolet, live readings and v2 commands answer ``VEHICLE_STATE:ASLEEP`` while the car
sleeps (v3 commands wake it and answer 202), ``VEHICLE_NOT_CAPABLE`` for fuel on the electric car and
battery on the combustion one, ``CHARGING_PLUG_NOT_CONNECTED``, service history only for Toyota,
diagnostics only for GM, charge schedules only for Tesla, batch items with their own status,
lower-case headers and a numeric ``Retry-After``, v3 signal units ``kilometers`` where webhooks say
``km``. Webhook deliveries (:func:`webhook_deliveries`) are signed with the management token.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from .. import BrandContext, BrandPlugin
from .errors import SmartcarError
from .gateway import Gateway
from .management import management_routes, management_v3_routes
from .payloads import SignedDelivery, challenge_answer, sign, verify_delivery, webhook_deliveries
from .state import SmartcarState, smartcar_state
from .v2 import v2_routes
from .v3 import v3_routes


def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
    gateway = Gateway(ctx)
    return {
        "api": v2_routes(ctx, gateway),
        "management": management_routes(ctx, gateway),
        "management-v3": management_v3_routes(ctx, gateway),
        "vehicle": v3_routes(ctx, gateway),
    }


PLUGIN = BrandPlugin(routes=routes)

__all__ = [
    "PLUGIN",
    "SignedDelivery",
    "SmartcarError",
    "SmartcarState",
    "challenge_answer",
    "sign",
    "smartcar_state",
    "verify_delivery",
    "webhook_deliveries",
]
