"""Unit conversions: the spellings each vendor uses, and every odometer, range, pressure and temperature
in the vendor fixtures normalized to its SI value by the code the garage reads it with.

The fixtures live outside the repository, in ``$CARCONNECT_FIXTURES`` (default: ``shared/fixtures``
beside the repository root). A scan finds every such value in them; each must have a row below, so a
new capture is noticed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from carconnect.garage import Field, Kind, Quantity, UnitError, quantity
from carconnect.garage.adapters import bmw, ford, smartcar, volvo
from carconnect.garage.units import known_units, number
from carconnect.sim.vendor_fixtures import fixtures_dir

KM = 1000.0
MILE = 1609.344
KPA = 1000.0
ZERO_C = 273.15


FIXTURES = fixtures_dir(__file__)


@pytest.mark.parametrize(
    ("kind", "value", "unit", "si"),
    [
        (Kind.DISTANCE, 1, "km", 1000.0),
        (Kind.DISTANCE, "2.5", "Kilometers", 2500.0),
        (Kind.DISTANCE, 1, "MileageUnits.KM", 1000.0),
        (Kind.DISTANCE, 1, "mi", MILE),
        (Kind.DISTANCE, 1, "miles", MILE),
        (Kind.DISTANCE, 1, "ft", 0.3048),
        (Kind.PRESSURE, 1, "kPa", 1000.0),
        (Kind.PRESSURE, 2.5, "bar", 250_000.0),
        (Kind.PRESSURE, 1, "psi", 6894.757293168),
        (Kind.TEMPERATURE, 0, "°C", 273.15),
        (Kind.TEMPERATURE, 32, "F", 273.15),
        (Kind.TEMPERATURE, 212, "fahrenheit", 373.15),
        (Kind.TEMPERATURE, 300, "K", 300.0),
        (Kind.RATIO, 53, "%", 0.53),
        (Kind.RATIO, 90, "percentage", 0.9),
        (Kind.RATIO, 0.3, "fraction", 0.3),
        (Kind.POWER, 1386, "watts", 1386.0),
        (Kind.POWER, 7.4, "kW", 7400.0),
        (Kind.ENERGY, 1, "kWh", 3_600_000.0),
        (Kind.VOLUME, 47.3, "l", 0.0473),
        (Kind.VOLUME, 1, "gal", 0.003785411784),
    ],
)
def test_each_spelling_converts_to_si(kind: Kind, value: float | str, unit: str, si: float) -> None:
    found = quantity(kind, value, unit)
    assert found.value == pytest.approx(si)
    assert (found.original_value, found.original_unit) == (value, unit)
    assert found.unit in {"m", "Pa", "K", "1", "W", "J", "m3"}


@pytest.mark.parametrize(("kind", "value", "unit"), [(Kind.DISTANCE, 1, "furlong"), (Kind.PRESSURE, 1, "km")])
def test_an_unknown_unit_is_refused(kind: Kind, value: float, unit: str) -> None:
    with pytest.raises(UnitError, match=unit):
        quantity(kind, value, unit)
    assert unit.lower() not in known_units(kind)


@pytest.mark.parametrize("value", [True, None, "fast", [1]])
def test_a_value_that_is_not_a_number_is_refused(value: Any) -> None:
    with pytest.raises(UnitError):
        number(value)


# -- every odometer, range, pressure and temperature in the fixtures --------------------------------

Pointer = tuple[str | int, ...]
Reader = Callable[[Any, Pointer], Quantity]


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def at(document: Any, pointer: Pointer) -> Any:
    for key in pointer:
        document = document[key]
    return document


def known(reading: Any) -> Quantity:
    assert reading.is_known, reading.reason
    assert isinstance(reading.value, Quantity)
    return reading.value


def volvo_item(kind: Kind) -> Reader:
    return lambda document, pointer: known(volvo.value_reading(kind, at(document, pointer), "value"))


def volvo_energy(document: Any, pointer: Pointer) -> Quantity:
    return known(volvo.energy_quantity(document, str(pointer[-1]), Kind.DISTANCE))


def bmw_odometer(document: Any, pointer: Pointer) -> Quantity:
    return known(bmw.status_from(document["telematicData"], frozenset({Field.ODOMETER})).odometer)


def bmw_session_mileage(document: Any, pointer: Pointer) -> Quantity:
    session = at(document, pointer[:-1])
    return quantity(Kind.DISTANCE, session["mileage"], session["mileageUnits"])


def fordconnect(field: Field) -> Reader:
    def read(document: Any, pointer: Pointer) -> Quantity:
        return known(ford.status_from(document["vehicle"], frozenset({field})).reading(field))

    return read


def fordconnect_km(document: Any, pointer: Pointer) -> Quantity:
    """A FordConnect distance the status does not use (the other engine's range): kilometres too."""
    return quantity(Kind.DISTANCE, at(document, pointer), "km")


def fordconnect_miles(document: Any, pointer: Pointer) -> Quantity:
    """FordConnect's ``mileage`` is the odometer in miles."""
    return quantity(Kind.DISTANCE, at(document, pointer), "mi")


def autonomic(kind: Kind, unit: str) -> Reader:
    """FordPass (Autonomic) metrics carry no unit: always metric (km, kPa, °C)."""
    return lambda document, pointer: quantity(kind, at(document, pointer)["value"], unit)


def smartcar_v2(name: str, kind: Kind) -> Reader:
    """A v2 body; units from the answer's ``sc-unit-system`` (metric when it does not say)."""

    def read(document: Any, pointer: Pointer) -> Quantity:
        body = at(document, pointer[:-1])
        headers = at(document, pointer[:-2]).get("headers") or {} if len(pointer) > 2 else {}
        answer = smartcar.Answer(body, headers.get("sc-unit-system", "metric"))
        return known(answer.quantity(name, kind, name))

    return read


def smartcar_tyre(document: Any, pointer: Pointer) -> Quantity:
    tyres = known_map(smartcar.status_from({"/tires/pressure": smartcar.Answer(document)}, frozenset(Field)))
    return tyres[smartcar.SIDES[str(pointer[-1])]]


def known_map(status: Any) -> dict[str, Quantity]:
    reading = status.tyre_pressures
    assert reading.is_known, reading.reason
    return dict(reading.value)


def smartcar_signal(field: Field) -> Reader:
    def read(document: Any, pointer: Pointer) -> Quantity:
        return known(smartcar.status_from_signals([at(document, pointer)]).reading(field))

    return read


def smartcar_tyres(position: str) -> Reader:
    def read(document: Any, pointer: Pointer) -> Quantity:
        return known_map(smartcar.status_from_signals([at(document, pointer)]))[position]

    return read


ROWS: list[tuple[str, Pointer, Reader, float]] = [
    ("bmw/cardata-charging-history-page1.json", ("data", 0, "mileage"), bmw_session_mileage, 45000 * KM),
    ("bmw/cardata-charging-history-session-stockerau.json", ("data", 0, "mileage"), bmw_session_mileage, 17796 * KM),
    ("bmw/cardata-charging-history-swagger-example.json", ("data", 0, "mileage"), bmw_session_mileage, 0.0),
    ("bmw/cardata-telematic-data.json", ("telematicData", "vehicle.chassis.mileage"), bmw_odometer, 45230 * KM),
    *(
        (f"ford/autonomic-telemetry-bronco-{state}.json", pointer, reader, expected)
        for state, values in {
            "parked": (89.0, 599.8, 0.0, 105547.0, 1.75, 104320.0, (272.0, 277.0, 275.0, 275.0)),
            "remote-started": (56.0, 611.8, 5.75, 105541.0, 1.75, 104320.0, (270.0, 274.0, 272.0, 274.0)),
        }.items()
        for pointer, reader, expected in [
            (("metrics", "engineCoolantTemp"), autonomic(Kind.TEMPERATURE, "C"), values[0] + ZERO_C),
            (("metrics", "fuelRange"), autonomic(Kind.DISTANCE, "km"), values[1] * KM),
            (("metrics", "outsideTemperature"), autonomic(Kind.TEMPERATURE, "C"), values[2] + ZERO_C),
            (("metrics", "odometer"), autonomic(Kind.DISTANCE, "km"), values[3] * KM),
            (
                ("states", "statusRefreshCommand", "value", "metrics", "outsideTemperature"),
                autonomic(Kind.TEMPERATURE, "C"),
                values[4] + ZERO_C,
            ),
            (
                ("states", "statusRefreshCommand", "value", "metrics", "odometer"),
                autonomic(Kind.DISTANCE, "km"),
                values[5] * KM,
            ),
            *(
                (("metrics", "tirePressure", index), autonomic(Kind.PRESSURE, "kPa"), pressure * KPA)
                for index, pressure in enumerate(values[6])
            ),
            *(
                (
                    ("states", "statusRefreshCommand", "value", "metrics", "tirePressure", index),
                    autonomic(Kind.PRESSURE, "kPa"),
                    pressure * KPA,
                )
                for index, pressure in enumerate((258.0, 263.0, 263.0, 263.0))
            ),
        ]
    ),
    *(
        (f"ford/fordconnect-v1-vehicle-info-{engine}.json", ("vehicle", "vehicleDetails", *pointer), reader, expected)
        for engine, pointer, reader, expected in [
            ("ev", ("batteryChargeLevel", "distanceToEmpty"), fordconnect(Field.RANGE), 304 * KM),
            ("ev", ("fuelLevel", "distanceToEmpty"), fordconnect_km, 0.0),
            ("ev", ("mileage",), fordconnect_miles, 310.7 * MILE),
            ("ev", ("odometer",), fordconnect(Field.ODOMETER), 500 * KM),
            ("ice", ("fuelLevel", "distanceToEmpty"), fordconnect(Field.RANGE), 0.0),
            ("ice", ("batteryChargeLevel", "distanceToEmpty"), fordconnect_km, 0.0),
            ("ice", ("mileage",), fordconnect_miles, 124.3 * MILE),
            ("ice", ("odometer",), fordconnect(Field.ODOMETER), 200 * KM),
        ]
    ),
    (
        "smartcar/v2-batch-all-success.json",
        ("responses", 0, "body", "range"),
        smartcar_v2("range", Kind.DISTANCE),
        40.5 * KM,
    ),
    (
        "smartcar/v2-batch-all-success.json",
        ("responses", 5, "body", "range"),
        smartcar_v2("range", Kind.DISTANCE),
        40.5 * KM,
    ),
    (
        "smartcar/v2-batch-all-success.json",
        ("responses", 7, "body", "distance"),
        smartcar_v2("distance", Kind.DISTANCE),
        37829 * KM,
    ),
    (
        "smartcar/v2-batch-mixed-vw-id4.json",
        ("responses", 0, "body", "range"),
        smartcar_v2("range", Kind.DISTANCE),
        275 * KM,
    ),
    (
        "smartcar/v2-batch-mixed-vw-id4.json",
        ("responses", 7, "body", "distance"),
        smartcar_v2("distance", Kind.DISTANCE),
        21919 * KM,
    ),
    ("smartcar/v2-battery.json", ("range",), smartcar_v2("range", Kind.DISTANCE), 40.5 * KM),
    ("smartcar/v2-fuel.json", ("range",), smartcar_v2("range", Kind.DISTANCE), 40.5 * KM),
    ("smartcar/v2-odometer.json", ("distance",), smartcar_v2("distance", Kind.DISTANCE), 104.32 * KM),
    *(
        (
            "smartcar/v2-service-history.json",
            (index, "odometerDistance"),
            smartcar_v2("odometerDistance", Kind.DISTANCE),
            km * KM,
        )
        for index, km in enumerate((50000, 62000, 73000))
    ),
    *(
        ("smartcar/v2-tires-pressure.json", (side,), smartcar_tyre, kpa * KPA)
        for side, kpa in (("backLeft", 219.3), ("backRight", 219.2), ("frontLeft", 219.1), ("frontRight", 219.0))
    ),
    ("smartcar/v3-signal-odometer.json", ("attributes",), smartcar_signal(Field.ODOMETER), 115071.50046584333 * KM),
    ("smartcar/v3-signals.json", ("data", 1, "attributes"), smartcar_signal(Field.ODOMETER), 115071.50046584333 * KM),
    (
        "smartcar/v3-webhook-vehicle-state-byd-seal.json",
        ("data", "signals", 7),
        smartcar_signal(Field.ODOMETER),
        10321 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-jaguar-ipace-85-signals.json",
        ("data", "signals", 48),
        smartcar_signal(Field.RANGE),
        358 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-jaguar-ipace-85-signals.json",
        ("data", "signals", 69),
        smartcar_signal(Field.ODOMETER),
        53168 * KM,
    ),
    # Labelled bar, sent in kPa: 258 kPa is a tyre, 258 bar is not (one sensor reads 699.9 as sent).
    *(
        (
            "smartcar/v3-webhook-vehicle-state-jaguar-ipace-85-signals.json",
            ("data", "signals", 70),
            smartcar_tyres(position),
            kpa * KPA,
        )
        for position, kpa in (("front_left", 258), ("front_right", 699.9), ("rear_left", 258), ("rear_right", 258))
    ),
    (
        "smartcar/v3-webhook-vehicle-state-jaguar-ipace.json",
        ("data", "signals", 13),
        smartcar_signal(Field.ODOMETER),
        167336 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-jaguar-ipace.json",
        ("data", "signals", 15),
        smartcar_signal(Field.RANGE),
        168 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-polestar2.json",
        ("data", "signals", 21),
        smartcar_signal(Field.RANGE),
        290 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-polestar2.json",
        ("data", "signals", 27),
        smartcar_signal(Field.ODOMETER),
        42506.3 * KM,
    ),
    # Test mode sends no unit: the documented metric default.
    (
        "smartcar/v3-webhook-vehicle-state-test-mode.json",
        ("data", "signals", 1),
        smartcar_signal(Field.RANGE),
        239 * KM,
    ),
    (
        "smartcar/v3-webhook-vehicle-state-vw-id4.json",
        ("data", "signals", 1),
        smartcar_signal(Field.ODOMETER),
        62041 * KM,
    ),
    ("volvo/cv2-diagnostics-s90-diesel.json", ("data", "distanceToService"), volvo_item(Kind.DISTANCE), 29000 * KM),
    ("volvo/cv2-diagnostics.json", ("data", "distanceToService"), volvo_item(Kind.DISTANCE), 29000 * KM),
    ("volvo/cv2-odometer.json", ("data", "odometer"), volvo_item(Kind.DISTANCE), 30000 * KM),
    ("volvo/cv2-statistics-ex30.json", ("data", "distanceToEmptyBattery"), volvo_item(Kind.DISTANCE), 250 * KM),
    ("volvo/cv2-statistics-s90-diesel.json", ("data", "distanceToEmptyTank"), volvo_item(Kind.DISTANCE), 147 * KM),
    ("volvo/cv2-statistics-xc60-phev.json", ("data", "distanceToEmptyTank"), volvo_item(Kind.DISTANCE), 920 * KM),
    ("volvo/cv2-statistics-xc60-phev.json", ("data", "distanceToEmptyBattery"), volvo_item(Kind.DISTANCE), 29 * KM),
    ("volvo/cv2-statistics-xc90-phev.json", ("data", "distanceToEmptyTank"), volvo_item(Kind.DISTANCE), 804 * KM),
    ("volvo/cv2-statistics-xc90-phev.json", ("data", "distanceToEmptyBattery"), volvo_item(Kind.DISTANCE), 43 * KM),
    ("volvo/energy-v1-recharge-status.json", ("data", "electricRange"), volvo_item(Kind.DISTANCE), 250 * KM),
    ("volvo/energy-v2-state-ex30.json", ("electricRange",), volvo_energy, 90 * KM),
    ("volvo/energy-v2-state-xc40-bev-charging.json", ("electricRange",), volvo_energy, 150 * MILE),
    ("volvo/energy-v2-state-xc90-phev.json", ("electricRange",), volvo_energy, 26 * MILE),
]


@pytest.mark.parametrize(
    ("name", "pointer", "reader", "expected"),
    ROWS,
    ids=[f"{name}:{'/'.join(map(str, pointer))}:{index}" for index, (name, pointer, _, _) in enumerate(ROWS)],
)
def test_every_fixture_value_normalizes_to_si(name: str, pointer: Pointer, reader: Reader, expected: float) -> None:
    found = reader(load(name), pointer)
    assert found.value == pytest.approx(expected, rel=1e-9, abs=1e-9)
    assert found.kind in {Kind.DISTANCE, Kind.PRESSURE, Kind.TEMPERATURE}


DISTANCE_KEYS = {
    "odometer",
    "mileage",
    "distance",
    "range",
    "electricRange",
    "distanceToEmpty",
    "distanceToEmptyTank",
    "distanceToEmptyBattery",
    "fuelRange",
    "odometerDistance",
    "distanceToService",
    "vehicle.chassis.mileage",
    "vehicle.vehicle.travelledDistance",
}
TEMPERATURE_KEY = re.compile(r"(?i)temp(erature)?$")
SIGNALS = {
    "odometer-traveleddistance",
    "tractionbattery-range",
    "internalcombustionengine-range",
    "wheel-tires",
    "climate-externaltemperature",
    "climate-internaltemperature",
}


def _measured(value: Any) -> bool:
    found = value.get("value") if isinstance(value, dict) else value
    return isinstance(found, int | float | str) and not isinstance(found, bool) and found != ""


def scan(node: Any, pointer: Pointer, tyre_file: bool) -> Iterator[Pointer]:
    """Every odometer, range, pressure or temperature value under ``node``."""
    if isinstance(node, dict):
        if node.get("code") in SIGNALS and isinstance(node.get("body"), dict):
            yield pointer
            return
        for key, value in node.items():
            if key == "tirePressure" and isinstance(value, list):
                yield from ((*pointer, key, index) for index in range(len(value)))
            elif (
                key in DISTANCE_KEYS or TEMPERATURE_KEY.search(key) or key == "tirePressure" or tyre_file
            ) and _measured(value):
                yield (*pointer, key)
            else:
                yield from scan(value, (*pointer, key), False)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from scan(value, (*pointer, index), False)


def test_the_table_covers_every_such_fixture_value() -> None:
    found = {
        (f"{path.parent.name}/{path.name}", pointer)
        for path in sorted(FIXTURES.glob("*/*.json"))
        for pointer in scan(json.loads(path.read_text()), (), "tires-pressure" in path.name)
    }
    assert found == {(name, pointer) for name, pointer, _, _ in ROWS}
