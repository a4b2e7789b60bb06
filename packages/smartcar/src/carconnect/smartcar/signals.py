"""v3 signal bodies as typed models, one per signal family.

A v3 signal (``VehiclesV3.signals``/``signal``, or a webhook's ``data.signals``) carries its reading
as a generic ``SignalBody``. :func:`typed_body` reads it as the model of the signal's family:
``NumberSignalBody`` (odometer, states of charge, amperage, temperatures...), ``BooleanSignalBody``,
``StringSignalBody``, ``LocationSignalBody``, ``ClosureGridSignalBody`` (doors, windows),
``TiresSignalBody``, ``ChargeLimitsSignalBody``, ``NominalCapacitySignalBody``... A signal whose
code has no known family (the ``diagnostics-*`` signals, records) keeps its raw ``SignalBody``.

    from carconnect.smartcar.signals import body_of

    odometer = body_of(client.v3.signals(vehicle_id), "odometer-traveleddistance")
    print(odometer.value, odometer.unit)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeAlias

from ._generated.vehicles_v3 import models as v3
from ._generated.vehicles_v3.types import Unset
from .results import FromDict

if TYPE_CHECKING:
    from ._generated.vehicles_v3.models import Signal, SignalBody, SignalList, WebhookSignal

    TypedBody: TypeAlias = (
        v3.NumberSignalBody
        | v3.RangeSignalBody
        | v3.BooleanSignalBody
        | v3.StringSignalBody
        | v3.StringListSignalBody
        | v3.LocationSignalBody
        | v3.ClosureSignalBody
        | v3.ClosureGridSignalBody
        | v3.TiresSignalBody
        | v3.ChargeLimitsSignalBody
        | v3.NominalCapacitySignalBody
        | v3.ChargeTimersSignalBody
    )


_NUMBER = (
    "charge-amperage charge-amperagemax charge-amperagerequested charge-chargerate charge-energyadded "
    "charge-timetocomplete charge-voltage charge-wattage climate-externaltemperature climate-internaltemperature "
    "diagnostics-dtccount hvac-cabintargettemperature internalcombustionengine-amountremaining "
    "internalcombustionengine-fuellevel internalcombustionengine-oillife internalcombustionengine-range "
    "lowvoltagebattery-stateofcharge motion-currentspeed odometer-traveleddistance "
    "tractionbattery-maxrangechargecounter tractionbattery-stateofcharge"
)
_BOOLEAN = (
    "charge-ischarging charge-ischargingcableconnected charge-ischargingcablelatched charge-ischargingportflapopen "
    "charge-isfastchargerpresent closure-islocked connectivitystatus-isasleep connectivitystatus-isdigitalkeypaired "
    "connectivitystatus-isonline hvac-iscabinhvacactive hvac-isfrontdefrosteractive hvac-isreardefrosteractive "
    "hvac-issteeringheateractive location-isathome service-isinservice surveillance-isenabled "
    "tractionbattery-isheateractive"
)
_STRING = (
    "charge-chargeportstatuscolor charge-chargerphases charge-chargingconnectortype charge-detailedchargingstatus "
    "charge-fastchargertype connectivitysoftware-currentfirmwareversion lowvoltagebattery-status "
    "transmission-drivemode transmission-gearstate vehicleidentification-exteriorcolor "
    "vehicleidentification-nickname vehicleidentification-vin vehicleuseraccount-role"
)
_CLOSURE = "closure-enginecover closure-fronttrunk closure-reartrunk closure-sunroof closure-tailgate"

FAMILIES: dict[str, str] = {
    **dict.fromkeys(_NUMBER.split(), "NumberSignalBody"),
    **dict.fromkeys(_BOOLEAN.split(), "BooleanSignalBody"),
    **dict.fromkeys(_STRING.split(), "StringSignalBody"),
    **dict.fromkeys(_CLOSURE.split(), "ClosureSignalBody"),
    "closure-doors": "ClosureGridSignalBody",
    "closure-windows": "ClosureGridSignalBody",
    "vehicleidentification-packages": "StringListSignalBody",
    "vehicleuseraccount-permissions": "StringListSignalBody",
    "location-preciselocation": "LocationSignalBody",
    "tractionbattery-range": "RangeSignalBody",
    "tractionbattery-nominalcapacity": "NominalCapacitySignalBody",
    "charge-chargelimits": "ChargeLimitsSignalBody",
    "charge-chargetimers": "ChargeTimersSignalBody",
    "wheel-tires": "TiresSignalBody",
}
"""Signal code -> name of its body model in ``models.v3``; codes not listed keep the raw body."""


def body_model(code: str) -> type[FromDict] | None:
    """The body model of a signal code, or ``None`` when its shape is not known."""
    name = FAMILIES.get(str(code))
    return getattr(v3, name) if name else None


def _parts(signal: Signal | WebhookSignal) -> tuple[str, SignalBody | None]:
    if isinstance(signal, v3.Signal):
        return str(signal.attributes.code), _present(signal.attributes.body)
    return str(signal.code), _present(signal.body)


def _present(body: SignalBody | Unset | None) -> SignalBody | None:
    return None if isinstance(body, Unset) else body


def typed_body(signal: Signal | WebhookSignal) -> TypedBody | SignalBody | None:
    """The signal's body as its family's model; the raw ``SignalBody`` for an unknown family;
    ``None`` when the signal has no body (``status.value`` is ``ERROR``)."""
    code, body = _parts(signal)
    model = body_model(code)
    if body is None or model is None:
        return body
    return model.from_dict(body.to_dict())  # type: ignore[return-value]


def body_of(signals: SignalList | Iterable[Signal | WebhookSignal], code: str) -> TypedBody | SignalBody | None:
    """The typed body of signal ``code`` among ``signals`` (a ``SignalList`` or webhook signals)."""
    items: Iterable[Signal | WebhookSignal] = signals.data if isinstance(signals, v3.SignalList) else signals
    for signal in items:
        if _parts(signal)[0] == code:
            return typed_body(signal)
    return None


__all__ = ["FAMILIES", "body_model", "body_of", "typed_body"]
