"""v3 signals, and webhook deliveries signed with the application management token."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ...fleet import Vehicle
from ...profiles.smartcar import CLIENT
from .errors import Payload
from .readings import millis
from .state import smartcar_state

if TYPE_CHECKING:
    from ...state import SimState

SCHEDULE_MAKES = ("TESLA",)


@dataclasses.dataclass(frozen=True)
class SignalValue:
    code: str
    name: str
    group: str
    body: Payload
    recorded: bool = True
    """False for facts the vehicle does not time-stamp (``oemUpdatedAt`` 0)."""


KM_PER_MILE = 1.609344


def signal_values(
    vehicle: Vehicle, now: datetime, schedules: Iterable[Payload], distance_unit: str
) -> list[SignalValue]:
    """The vehicle's signals; v3 answers name kilometres ``kilometers``, webhooks ``km``; ``miles``
    (v3 with ``sc-unit-system: imperial``) converts distances."""
    scale = 1 / KM_PER_MILE if distance_unit == "miles" else 1.0

    def distance(km: float | None) -> float | None:
        return None if km is None else round(km * scale, 1)

    values = [
        SignalValue(
            "odometer-traveleddistance",
            "TraveledDistance",
            "Odometer",
            {"value": distance(vehicle.odometer_km), "unit": distance_unit},
        ),
        SignalValue(
            "location-preciselocation",
            "PreciseLocation",
            "Location",
            {"latitude": vehicle.latitude, "longitude": vehicle.longitude, "heading": vehicle.heading},
        ),
        SignalValue("closure-islocked", "IsLocked", "Closure", {"value": vehicle.locked}),
        SignalValue("vehicleidentification-vin", "VIN", "VehicleIdentification", {"value": vehicle.vin}, False),
        SignalValue("connectivitystatus-isasleep", "IsAsleep", "ConnectivityStatus", {"value": vehicle.asleep}),
        SignalValue("connectivitystatus-isonline", "IsOnline", "ConnectivityStatus", {"value": True}),
    ]
    if vehicle.is_electric:
        values += [
            SignalValue(
                "tractionbattery-stateofcharge",
                "StateOfCharge",
                "TractionBattery",
                {"value": vehicle.battery_level(now), "unit": "percent"},
            ),
            SignalValue(
                "tractionbattery-range",
                "Range",
                "TractionBattery",
                {"value": distance(vehicle.electric_range_km(now)), "unit": distance_unit},
            ),
            SignalValue(
                "charge-ischarging", "IsCharging", "Charge", {"value": vehicle.charging_status(now) == "CHARGING"}
            ),
            SignalValue(
                "charge-ischargingcableconnected", "IsChargingCableConnected", "Charge", {"value": vehicle.plugged_in}
            ),
            SignalValue(
                "charge-chargelimits",
                "ChargeLimits",
                "Charge",
                {"values": [{"type": "global", "limit": vehicle.charge_limit_percent}], "unit": "percent"},
            ),
        ]
    if vehicle.spec.make in SCHEDULE_MAKES:
        values.append(SignalValue("charge-chargetimers", "ChargeTimers", "Charge", {"values": list(schedules)}))
    if vehicle.has_engine and vehicle.fuel_percent is not None:
        values += [
            SignalValue(
                "internalcombustionengine-fuellevel",
                "FuelLevel",
                "InternalCombustionEngine",
                {"value": vehicle.fuel_percent, "unit": "percent"},
            ),
            SignalValue(
                "internalcombustionengine-range",
                "Range",
                "InternalCombustionEngine",
                {"value": distance(vehicle.fuel_range_km()), "unit": distance_unit},
            ),
        ]
    return values


def _signal_meta(value: SignalValue, vehicle: Vehicle, now: datetime) -> Payload:
    return {"retrievedAt": millis(now), "oemUpdatedAt": millis(vehicle.updated_at) if value.recorded else 0}


def v3_vehicle(vehicle: Vehicle) -> Payload:
    return {
        "id": vehicle.id,
        "type": "vehicle",
        "attributes": {
            "make": vehicle.spec.make,
            "model": vehicle.spec.model,
            "year": vehicle.spec.year,
            "powertrainType": vehicle.spec.powertrain,
            "mode": "live",
        },
        "links": {"self": f"/vehicles/{vehicle.id}"},
    }


def v3_signal(value: SignalValue, vehicle: Vehicle, now: datetime) -> Payload:
    return {
        "id": value.code,
        "type": "signal",
        "attributes": {
            "code": value.code,
            "name": value.name,
            "group": value.group,
            "status": {"value": "SUCCESS"},
            "body": value.body,
        },
        "meta": _signal_meta(value, vehicle, now),
        "links": {"self": f"/vehicles/{vehicle.id}/signals/{value.code}"},
    }


@dataclasses.dataclass(frozen=True)
class SignedDelivery:
    """A webhook delivery as Smartcar would POST it: the exact body bytes and the headers."""

    webhook_id: str
    vehicle_id: str
    body: bytes
    headers: Mapping[str, str]

    def post(self, url: str, http: httpx.Client) -> httpx.Response:
        """Deliver to ``url`` (your webhook endpoint) with ``http``."""
        return http.post(url, content=self.body, headers=dict(self.headers))


def sign(body: bytes, management_token: str = CLIENT.management_token or "") -> str:
    """``SC-Signature``: hex HMAC-SHA256 of the raw body keyed with the management token."""
    return hmac.new(management_token.encode(), body, hashlib.sha256).hexdigest()


def _delivery_meta(webhook_id: str, now: datetime, **extra: Any) -> Payload:
    return {
        "version": "4.0",
        "webhookId": webhook_id,
        "webhookName": "carconnect-sim",
        "deliveryId": str(uuid.uuid4()),
        "deliveredAt": millis(now),
        "mode": "LIVE",
        **extra,
    }


def vehicle_state_event(state: SimState, webhook_id: str, vehicle: Vehicle) -> Payload:
    """A version 4.0 ``VEHICLE_STATE`` payload with every signal of the vehicle."""
    now = state.clock.now()
    schedules = smartcar_state(state).schedules.get(vehicle.id, {}).values()
    values = signal_values(vehicle, now, schedules, "km")
    signals = [
        {
            "code": value.code,
            "name": value.name,
            "group": value.group,
            "status": {"value": "SUCCESS"},
            "body": value.body,
            "meta": _signal_meta(value, vehicle, now),
        }
        for value in values
    ]
    first = values[0]
    return {
        "eventId": str(uuid.uuid4()),
        "eventType": "VEHICLE_STATE",
        "data": {
            "user": {"id": state.fleet.owner("smartcar").id},
            "vehicle": {
                "id": vehicle.id,
                "make": vehicle.spec.make,
                "model": vehicle.spec.model,
                "year": vehicle.spec.year,
            },
            "signals": signals,
        },
        "triggers": [
            {"type": "SIGNAL_UPDATED", "signal": {"code": first.code, "name": first.name, "group": first.group}}
        ],
        "meta": _delivery_meta(webhook_id, now, signalCount=len(signals)),
    }


def webhook_deliveries(state: SimState, webhook_id: str | None = None) -> list[SignedDelivery]:
    """A signed ``VEHICLE_STATE`` delivery per subscribed vehicle (of ``webhook_id``, or of every webhook)."""
    data = smartcar_state(state)
    with data.lock:
        subscribed = sorted(data.subscriptions)
    deliveries = []
    for hook, vehicle_id in subscribed:
        if webhook_id is not None and hook != webhook_id:
            continue
        body = json.dumps(vehicle_state_event(state, hook, state.fleet.vehicle("smartcar", vehicle_id))).encode()
        headers = {"Content-Type": "application/json", "SC-Signature": sign(body)}
        deliveries.append(SignedDelivery(hook, vehicle_id, body, headers))
    return deliveries


def verify_delivery(state: SimState, webhook_id: str, challenge: str | None = None) -> SignedDelivery:
    """The (unsigned) ``VERIFY`` challenge Smartcar sends when a webhook is created."""
    payload = {
        "eventId": str(uuid.uuid4()),
        "eventType": "VERIFY",
        "data": {"challenge": challenge or secrets.token_hex(16)},
        "meta": _delivery_meta(webhook_id, state.clock.now()),
    }
    return SignedDelivery(webhook_id, "", json.dumps(payload).encode(), {"Content-Type": "application/json"})


def challenge_answer(challenge: str, management_token: str = CLIENT.management_token or "") -> str:
    """What a webhook must answer to a challenge: hex HMAC-SHA256 keyed with the management token."""
    return hmac.new(management_token.encode(), challenge.encode(), hashlib.sha256).hexdigest()
