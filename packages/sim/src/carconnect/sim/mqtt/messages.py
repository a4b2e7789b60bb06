"""Stream messages in BMW's shape: ``{vin, entityId, topic, timestamp, data: {descriptor: {value, unit, timestamp}}}``.

Unlike REST, streamed values are typed JSON: ``true``, ``72``, ``"LOCKED"``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..brands.bmw import stamp, telematic_values
from ..fleet import Vehicle

Reading = tuple[str, str | None]
"""A descriptor's value as text, and its unit."""


def typed(text: str) -> bool | int | float | str:
    """The JSON type BMW streams a value in: booleans and numbers unquoted."""
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def message(gcid: str, vin: str, readings: dict[str, Reading], now: datetime) -> bytes:
    """One stream message carrying ``readings``."""
    moment = stamp(now)
    data: dict[str, Any] = {}
    for descriptor, (text, unit) in readings.items():
        entry: dict[str, Any] = {"value": typed(text), "timestamp": moment}
        if unit:
            entry["unit"] = unit
        data[descriptor] = entry
    body = {"vin": vin, "entityId": gcid, "topic": f"{gcid}/{vin}", "timestamp": moment, "data": data}
    return json.dumps(body, separators=(",", ":")).encode()


def readings(vehicle: Vehicle, now: datetime) -> dict[str, Reading]:
    """Everything the simulated car currently reports (descriptors it never sent left out)."""
    return {key: value for key, value in telematic_values(vehicle, now).items() if value is not None}
