"""The stream messages of the streaming benchmark, built once per run from a real captured payload.

BMW streams ``{vin, entityId, topic, timestamp, data: {descriptor: {value, unit, timestamp}}}`` with
typed JSON values (``72``, ``false``), where REST sends the same values as text. The messages carry the
descriptors of the captured ``telematicData`` answer (``$CARCONNECT_FIXTURES``), their values typed as
the stream sends them; the odometer and the state of charge change from one message to the next, as
they do while a car drives, so that no client sees the same bytes twice in a row. Every contestant is
sent the same messages, byte for byte, in the same order.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

FIXTURE = "bmw/cardata-telematic-data.json"
GCID = "bench-gcid-0000-0000-000000000000"
VIN = "WBA12345678901234"
DISTINCT = 100
"""Distinct messages, sent in turn."""
START = datetime(2025, 3, 12, 14, 30, tzinfo=UTC)


def typed(text: str) -> bool | int | float | str:
    """A REST value (text) as the stream sends it: booleans and numbers unquoted."""
    if text in ("true", "false"):
        return text == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def build(fixtures: Path, count: int = DISTINCT) -> list[bytes]:
    """``count`` distinct BMW stream messages for :data:`VIN` (compact JSON, as the broker sends it)."""
    captured: dict[str, dict[str, str]] = json.loads((fixtures / FIXTURE).read_text(encoding="utf-8"))["telematicData"]
    messages = []
    for number in range(count):
        moment = _stamp(START + timedelta(seconds=number))
        data: dict[str, Any] = {}
        for descriptor, entry in captured.items():
            value = typed(entry["value"])
            if isinstance(value, int) and not isinstance(value, bool):
                value += number if descriptor.endswith("mileage") else -(number % 10)
            item: dict[str, Any] = {"value": value, "timestamp": moment}
            if entry.get("unit"):
                item["unit"] = entry["unit"]
            data[descriptor] = item
        body = {"vin": VIN, "entityId": GCID, "topic": f"{GCID}/{VIN}", "timestamp": moment, "data": data}
        messages.append(json.dumps(body, separators=(",", ":")).encode())
    return messages
