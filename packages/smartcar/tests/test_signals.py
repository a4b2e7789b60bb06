"""v3 signal bodies read as their family's model: every captured body is fully typed."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from carconnect.sim.vendor_fixtures import fixtures_dir, fixtures_root
from carconnect.smartcar.models import v3
from carconnect.smartcar.signals import FAMILIES, body_model, body_of, typed_body

FIXTURES = fixtures_root(__file__) / "smartcar"


@pytest.fixture
def needs_fixtures() -> None:
    """Skips the test without the Smartcar captures, or fails it when they are required."""
    fixtures_dir(__file__, "smartcar")


def untyped(value: object, path: str = "$") -> list[str]:
    """Paths of members left in ``additional_properties`` or as raw JSON objects."""
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in untyped(item, f"{path}[{index}]")]
    if isinstance(value, dict):
        return [path]
    cls = type(value)
    if not attrs.has(cls):
        return []
    found = [f"{path}.{key}" for key in getattr(value, "additional_properties", {})]
    for field in attrs.fields(cls):
        if field.name != "additional_properties":
            found += untyped(getattr(value, field.name), f"{path}.{field.name}")
    return found


def captured_signals() -> list[tuple[str, v3.Signal | v3.WebhookSignal]]:
    found: list[tuple[str, v3.Signal | v3.WebhookSignal]] = []
    for path in sorted(FIXTURES.glob("v3-*.json")):
        payload: Any = json.loads(path.read_text(encoding="utf-8"))
        data = payload.get("data")
        if path.name == "v3-signals.json":
            found += [(path.name, signal) for signal in v3.SignalList.from_dict(payload).data]
        elif path.name.startswith("v3-signal-"):
            found.append((path.name, v3.Signal.from_dict(payload)))
        elif isinstance(data, dict) and "signals" in data:
            found += [(path.name, v3.WebhookSignal.from_dict(signal)) for signal in data["signals"]]
    return found


def test_every_family_is_a_known_signal_code_and_a_model() -> None:
    for code in FAMILIES:
        assert v3.SignalCode(code).is_known, code
        assert body_model(code) is not None
    assert body_model("diagnostics-abs") is None


@pytest.mark.usefixtures("needs_fixtures")
def test_every_captured_body_is_typed_by_its_family() -> None:
    signals = captured_signals()
    assert len(signals) > 100
    for name, signal in signals:
        body = typed_body(signal)
        if body is None:
            continue
        code = str(signal.attributes.code if isinstance(signal, v3.Signal) else signal.code)
        assert code in FAMILIES, f"{name}: {code} has a body but no family"
        assert not isinstance(body, v3.SignalBody), f"{name}: {code}"
        assert untyped(body) == [], f"{name}: {code} left {untyped(body)} untyped"


@pytest.mark.usefixtures("needs_fixtures")
def test_typed_accessors_read_the_shapes() -> None:
    polestar = json.loads((FIXTURES / "v3-webhook-vehicle-state-polestar2.json").read_text(encoding="utf-8"))
    signals = [v3.WebhookSignal.from_dict(signal) for signal in polestar["data"]["signals"]]
    location = body_of(signals, "location-preciselocation")
    assert isinstance(location, v3.LocationSignalBody)
    assert isinstance(location.latitude, float)
    assert location.location_type == "LAST_PARKED"
    jaguar = json.loads((FIXTURES / "v3-webhook-vehicle-state-jaguar-ipace-85-signals.json").read_text("utf-8"))
    signals = [v3.WebhookSignal.from_dict(signal) for signal in jaguar["data"]["signals"]]
    tires = body_of(signals, "wheel-tires")
    assert isinstance(tires, v3.TiresSignalBody)
    assert tires.unit == "bar"
    assert isinstance(tires.values, list)
    assert {(tire.row, tire.column) for tire in tires.values} == {(0, 0), (0, 1), (1, 0), (1, 1)}
    doors = body_of(signals, "closure-doors")
    assert isinstance(doors, v3.ClosureGridSignalBody)
    assert isinstance(doors.values, list)
    assert all(isinstance(door.is_locked, bool) for door in doors.values)
    limits = body_of(signals, "charge-chargelimits")
    assert isinstance(limits, v3.ChargeLimitsSignalBody)
    assert limits.active_limit == 100
    listed = v3.SignalList.from_dict(json.loads((FIXTURES / "v3-signals.json").read_text("utf-8")))
    timers = body_of(listed, "charge-chargetimers")
    assert isinstance(timers, v3.ChargeTimersSignalBody)
    assert isinstance(timers.values, list)
    departures = timers.values[0].departure_timers
    assert isinstance(departures, list)
    assert departures[0].time == "07:30:00"
    assert body_of(listed, "no-such-signal") is None


def test_unknown_families_keep_the_raw_body() -> None:
    raw = {"code": "diagnostics-abs", "body": {"status": "OK", "description": "fine"}}
    body = typed_body(v3.WebhookSignal.from_dict(raw))
    assert isinstance(body, v3.SignalBody)
    assert body.additional_properties == {"status": "OK", "description": "fine"}
