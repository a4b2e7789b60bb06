"""Units: every spelling in the captured payloads parses, and every odometer, range, pressure and
temperature value in them converts to SI as the table says."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest

from carconnect.core.units import Quantity, Unit, convert, from_si, to_si
from carconnect.sim.vendor_fixtures import fixtures_dir, fixtures_root

FIXTURES = fixtures_root(__file__)


@pytest.fixture
def needs_fixtures() -> None:
    """Skips the test without the captured payloads, or fails it when they are required."""
    fixtures_dir(__file__)


MILE = 1_609.344


@pytest.mark.parametrize(
    ("spelling", "unit"),
    [
        ("km", Unit.KILOMETRE),
        ("kilometers", Unit.KILOMETRE),
        ("KILOMETER", Unit.KILOMETRE),
        ("KM", Unit.KILOMETRE),
        ("MileageUnits.KM", Unit.KILOMETRE),
        ("mi", Unit.MILE),
        ("miles", Unit.MILE),
        ("MileageUnits.MI", Unit.MILE),
        ("kPa", Unit.KILOPASCAL),
        ("bar", Unit.BAR),
        ("psi", Unit.PSI),
        ("PSI", Unit.PSI),
        ("°C", Unit.CELSIUS),
        ("celsius", Unit.CELSIUS),
        ("°F", Unit.FAHRENHEIT),
        ("%", Unit.PERCENT),
        ("percent", Unit.PERCENT),
        ("percentage", Unit.PERCENT),
        ("kWh", Unit.KILOWATT_HOUR),
        ("km/h", Unit.KILOMETRE_PER_HOUR),
        ("l/100km", Unit.LITRE_PER_100_KM),
        ("kWh/100km", Unit.KWH_PER_100_KM),
        ("ampere", Unit.AMPERE),
        ("watts", Unit.WATT),
        ("volts", Unit.VOLT),
        ("minutes", Unit.MINUTE),
        ("h", Unit.HOUR),
        ("days", Unit.DAY),
        ("months", Unit.MONTH),
        ("l", Unit.LITRE),
        (" km ", Unit.KILOMETRE),
    ],
)
def test_vendor_spellings_parse(spelling: str, unit: Unit) -> None:
    assert Unit.parse(spelling) is unit


def test_missing_empty_and_unknown_units() -> None:
    assert Unit.parse(None) is None
    assert Unit.parse("") is None
    assert Unit.lookup("furlongs") is None
    with pytest.raises(ValueError, match="furlongs"):
        Unit.parse("furlongs")


@pytest.mark.parametrize(
    ("value", "unit", "si"),
    [
        (1, Unit.KILOMETRE, 1_000.0),
        (1, Unit.MILE, MILE),
        (1, Unit.BAR, 100_000.0),
        (1, Unit.KILOPASCAL, 1_000.0),
        (1, Unit.PSI, 6_894.757293168361),
        (0, Unit.CELSIUS, 273.15),
        (32, Unit.FAHRENHEIT, 273.15),
        (212, Unit.FAHRENHEIT, 373.15),
        (55, Unit.PERCENT, 0.55),
        (1, Unit.KILOWATT_HOUR, 3.6e6),
        (36, Unit.KILOMETRE_PER_HOUR, 10.0),
        (2, Unit.HOUR, 7_200.0),
    ],
)
def test_to_si(value: float, unit: Unit, si: float) -> None:
    assert math.isclose(to_si(value, unit), si)
    assert math.isclose(from_si(si, unit), value, abs_tol=1e-9)


def test_convert_within_a_quantity_only() -> None:
    assert math.isclose(convert(100, "km", "mi"), 62.13711922373339)
    assert math.isclose(convert(2.2, "bar", "psi"), 31.9083023)
    assert math.isclose(convert(21.5, "°C", "°F"), 70.7)
    assert math.isclose(convert(6.5, "l/100km", "mpg"), 36.18685, rel_tol=1e-5)
    with pytest.raises(ValueError, match="distance"):
        convert(1, "km", "bar")


def test_every_unit_has_a_quantity() -> None:
    assert {unit.quantity for unit in Unit} == set(Quantity)


# ---- captured payloads ----------------------------------------------------------------------------

# (file, pointer to the value, the unit: a pointer into the same payload or the unit the vendor
# implies, the value in SI). Smartcar v2 reads and FordPass telemetry carry no unit: metric is
# Smartcar's default unit system and FordPass reports kilometres and degrees Celsius.
TABLE: list[tuple[str, str, str, float]] = [
    ("bmw/cardata-charging-history-page1.json", "/data/0/mileage", "/data/0/mileageUnits", 45_000_000),
    ("bmw/cardata-charging-history-session-stockerau.json", "/data/0/mileage", "/data/0/mileageUnits", 17_796_000),
    ("bmw/cardata-charging-history-swagger-example.json", "/data/0/mileage", "/data/0/mileageUnits", 0),
    (
        "bmw/cardata-telematic-data.json",
        "/telematicData/vehicle.chassis.mileage/value",
        "/telematicData/vehicle.chassis.mileage/unit",
        45_230_000,
    ),
    ("bmw/cardata-tyre-diagnosis.json", "/passengerCar/mountedTyres/frontLeft/tyreWear/dueMileage", "km", 30_000_000),
    ("ford/autonomic-telemetry-bronco-parked.json", "/metrics/odometer/value", "km", 105_547_000),
    ("ford/autonomic-telemetry-bronco-parked.json", "/metrics/fuelRange/value", "km", 599_800),
    ("ford/autonomic-telemetry-bronco-parked.json", "/metrics/outsideTemperature/value", "°C", 273.15),
    ("ford/autonomic-telemetry-bronco-remote-started.json", "/metrics/odometer/value", "km", 105_541_000),
    ("ford/autonomic-telemetry-bronco-remote-started.json", "/metrics/fuelRange/value", "km", 611_800),
    ("ford/autonomic-telemetry-bronco-remote-started.json", "/metrics/outsideTemperature/value", "°C", 278.9),
    ("ford/fordconnect-v1-vehicle-info-ev.json", "/vehicle/vehicleDetails/odometer", "km", 500_000),
    (
        "ford/fordconnect-v1-vehicle-info-ev.json",
        "/vehicle/vehicleDetails/batteryChargeLevel/distanceToEmpty",
        "km",
        304_000,
    ),
    ("ford/fordconnect-v1-vehicle-info-ice.json", "/vehicle/vehicleDetails/odometer", "km", 200_000),
    ("smartcar/v2-odometer.json", "/distance", "km", 104_320),
    ("smartcar/v2-battery.json", "/range", "km", 40_500),
    ("smartcar/v2-fuel.json", "/range", "km", 40_500),
    ("smartcar/v2-batch-mixed-vw-id4.json", "/responses/7/body/distance", "km", 21_919_000),
    ("smartcar/v2-tires-pressure.json", "/frontLeft", "kPa", 219_100),
    ("smartcar/v2-tires-pressure.json", "/backRight", "kPa", 219_200),
    ("smartcar/v2-service-history.json", "/0/odometerDistance", "km", 50_000_000),
    ("smartcar/v3-signal-odometer.json", "/attributes/body/value", "/attributes/body/unit", 115_071_500.46584333),
    (
        "smartcar/v3-webhook-vehicle-state-jaguar-ipace-85-signals.json",
        "/data/signals/70/body/values/1/tirePressure",
        "/data/signals/70/body/unit",
        25_800_000,
    ),
    ("volvo/cv2-odometer.json", "/data/odometer/value", "/data/odometer/unit", 30_000_000),
    ("volvo/cv2-diagnostics.json", "/data/distanceToService/value", "/data/distanceToService/unit", 29_000_000),
    (
        "volvo/cv2-statistics-ex30.json",
        "/data/distanceToEmptyBattery/value",
        "/data/distanceToEmptyBattery/unit",
        250_000,
    ),
    (
        "volvo/cv2-statistics-xc60-phev.json",
        "/data/distanceToEmptyTank/value",
        "/data/distanceToEmptyTank/unit",
        920_000,
    ),
    ("volvo/energy-v1-recharge-status.json", "/data/electricRange/value", "/data/electricRange/unit", 250_000),
    ("volvo/energy-v2-state-ex30.json", "/electricRange/value", "/electricRange/unit", 90_000),
    ("volvo/energy-v2-state-xc40-bev-charging.json", "/electricRange/value", "/electricRange/unit", 150 * MILE),
    ("volvo/energy-v2-state-xc90-phev.json", "/electricRange/value", "/electricRange/unit", 26 * MILE),
]


def _at(document: Any, pointer: str) -> Any:
    for token in pointer.lstrip("/").split("/"):
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def _load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.usefixtures("needs_fixtures")
@pytest.mark.parametrize(("name", "value_at", "unit", "si"), TABLE, ids=[f"{row[0]}{row[1]}" for row in TABLE])
def test_captured_values_convert_to_si(name: str, value_at: str, unit: str, si: float) -> None:
    payload = _load(name)
    spelling = _at(payload, unit) if unit.startswith("/") else unit
    parsed = Unit.parse(spelling)
    assert parsed is not None
    assert parsed.quantity in (Quantity.DISTANCE, Quantity.PRESSURE, Quantity.TEMPERATURE)
    assert math.isclose(to_si(float(_at(payload, value_at)), parsed), si, rel_tol=1e-9, abs_tol=1e-9)


def _unit_members(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("unit", "mileageUnits") and isinstance(value, str):
                yield value
            yield from _unit_members(value)
    elif isinstance(node, list):
        for item in node:
            yield from _unit_members(item)


@pytest.mark.usefixtures("needs_fixtures")
def test_every_unit_spelling_in_the_captured_payloads_parses() -> None:
    seen = {
        spelling
        for path in sorted(FIXTURES.glob("*/*.json"))
        for spelling in _unit_members(_load(path.relative_to(FIXTURES).as_posix()))
    }
    assert {"km", "kilometers", "mi", "miles", "MileageUnits.KM", "bar"} <= seen
    unknown = sorted(spelling for spelling in seen if spelling.strip() and Unit.lookup(spelling) is None)
    assert unknown == []
