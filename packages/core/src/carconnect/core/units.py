"""Units the vendors send, as one typed enum, and conversion to SI.

Vendors spell units freely: ``km``, ``kilometers``, ``KILOMETER``, ``MileageUnits.KM``, ``mi``,
``miles``, ``percent``, ``percentage``, ``%``, ``bar``, ``kPa``, ``psi``, ``°C``... :meth:`Unit.parse`
accepts every spelling seen in captured payloads (case-insensitive, an enum-style ``Name.`` prefix
dropped) and returns ``None`` for an empty or missing unit; an unknown spelling raises ``ValueError``
(:meth:`Unit.lookup` returns ``None`` instead).

:func:`to_si` converts a value to the SI unit of its quantity: metres, pascals, **kelvin**, joules,
watts, volts, amperes, cubic metres, seconds, metres per second, and ratios (``%`` becomes a
fraction, 55 % -> 0.55). Consumptions become SI too (``l/100km`` -> m³/m, ``kWh/100km`` -> J/m).
Kelvin is used because it is the SI unit; :func:`convert` gives any other unit of the same quantity
(``convert(21.5, Unit.CELSIUS, Unit.FAHRENHEIT)``). A month counts as an average Gregorian month
(30.436875 days).

    >>> from carconnect.core.units import Unit, convert, to_si
    >>> Unit.parse("MileageUnits.KM") is Unit.KILOMETRE
    True
    >>> to_si(26, "miles")
    41842.944
    >>> round(convert(2.3, "bar", Unit.PSI), 2)
    33.36
"""

from __future__ import annotations

import enum
from typing import NamedTuple

__all__ = ["Quantity", "Unit", "UnitLike", "convert", "from_si", "spellings", "to_si"]


class Quantity(enum.Enum):
    """What a unit measures; values of one quantity convert into each other."""

    DISTANCE = "distance"
    PRESSURE = "pressure"
    TEMPERATURE = "temperature"
    RATIO = "ratio"
    ENERGY = "energy"
    POWER = "power"
    VOLTAGE = "voltage"
    CURRENT = "current"
    VOLUME = "volume"
    DURATION = "duration"
    SPEED = "speed"
    FUEL_CONSUMPTION = "fuel consumption"
    ENERGY_CONSUMPTION = "energy consumption"


class _Definition(NamedTuple):
    quantity: Quantity
    scale: float
    """SI value of one unit (for temperatures, the size of one degree in kelvin)."""
    offset: float = 0.0
    """Added after scaling (temperatures only): SI = value * scale + offset."""


_DAY = 86_400.0
_MILE = 1_609.344
_KWH = 3.6e6
_GALLON = 3.785411784e-3

_DEFINITIONS: dict[str, _Definition] = {
    "m": _Definition(Quantity.DISTANCE, 1.0),
    "ft": _Definition(Quantity.DISTANCE, 0.3048),
    "km": _Definition(Quantity.DISTANCE, 1_000.0),
    "mi": _Definition(Quantity.DISTANCE, _MILE),
    "Pa": _Definition(Quantity.PRESSURE, 1.0),
    "kPa": _Definition(Quantity.PRESSURE, 1_000.0),
    "bar": _Definition(Quantity.PRESSURE, 100_000.0),
    "mbar": _Definition(Quantity.PRESSURE, 100.0),
    "psi": _Definition(Quantity.PRESSURE, 6_894.757293168361),
    "K": _Definition(Quantity.TEMPERATURE, 1.0),
    "°C": _Definition(Quantity.TEMPERATURE, 1.0, 273.15),
    "°F": _Definition(Quantity.TEMPERATURE, 5 / 9, 273.15 - 32 * 5 / 9),
    "%": _Definition(Quantity.RATIO, 0.01),
    "1": _Definition(Quantity.RATIO, 1.0),
    "J": _Definition(Quantity.ENERGY, 1.0),
    "Wh": _Definition(Quantity.ENERGY, 3_600.0),
    "kWh": _Definition(Quantity.ENERGY, _KWH),
    "W": _Definition(Quantity.POWER, 1.0),
    "kW": _Definition(Quantity.POWER, 1_000.0),
    "V": _Definition(Quantity.VOLTAGE, 1.0),
    "A": _Definition(Quantity.CURRENT, 1.0),
    "m³": _Definition(Quantity.VOLUME, 1.0),
    "l": _Definition(Quantity.VOLUME, 1e-3),
    "gal": _Definition(Quantity.VOLUME, _GALLON),
    "s": _Definition(Quantity.DURATION, 1.0),
    "min": _Definition(Quantity.DURATION, 60.0),
    "h": _Definition(Quantity.DURATION, 3_600.0),
    "d": _Definition(Quantity.DURATION, _DAY),
    "month": _Definition(Quantity.DURATION, 30.436875 * _DAY),
    "km/h": _Definition(Quantity.SPEED, 1_000.0 / 3_600.0),
    "mph": _Definition(Quantity.SPEED, _MILE / 3_600.0),
    "l/100km": _Definition(Quantity.FUEL_CONSUMPTION, 1e-3 / 100_000.0),
    "mpg": _Definition(Quantity.FUEL_CONSUMPTION, 0.0),  # inversely proportional: to_si / from_si divide
    "kWh/100km": _Definition(Quantity.ENERGY_CONSUMPTION, _KWH / 100_000.0),
    "kWh/100mi": _Definition(Quantity.ENERGY_CONSUMPTION, _KWH / (100 * _MILE)),
}


class Unit(enum.Enum):
    """A unit, valued by its symbol; :meth:`parse` reads the vendors' spellings."""

    METRE = "m"
    FOOT = "ft"
    KILOMETRE = "km"
    MILE = "mi"
    PASCAL = "Pa"
    KILOPASCAL = "kPa"
    BAR = "bar"
    MILLIBAR = "mbar"
    PSI = "psi"
    KELVIN = "K"
    CELSIUS = "°C"
    FAHRENHEIT = "°F"
    PERCENT = "%"
    FRACTION = "1"
    JOULE = "J"
    WATT_HOUR = "Wh"
    KILOWATT_HOUR = "kWh"
    WATT = "W"
    KILOWATT = "kW"
    VOLT = "V"
    AMPERE = "A"
    CUBIC_METRE = "m³"
    LITRE = "l"
    GALLON = "gal"
    SECOND = "s"
    MINUTE = "min"
    HOUR = "h"
    DAY = "d"
    MONTH = "month"
    KILOMETRE_PER_HOUR = "km/h"
    MILE_PER_HOUR = "mph"
    LITRE_PER_100_KM = "l/100km"
    MILE_PER_GALLON = "mpg"
    KWH_PER_100_KM = "kWh/100km"
    KWH_PER_100_MI = "kWh/100mi"

    @property
    def quantity(self) -> Quantity:
        return _DEFINITIONS[self.value].quantity

    @classmethod
    def lookup(cls, text: str | None) -> Unit | None:
        """The unit a vendor's spelling means, or ``None`` (empty, missing or unknown)."""
        if text is None:
            return None
        key = text.strip()
        if "." in key and not key[0].isdigit():  # "MileageUnits.KM", an enum's repr sent as a value
            key = key.rsplit(".", 1)[1]
        return _SPELLINGS.get(key) or _SPELLINGS.get(key.lower())

    @classmethod
    def parse(cls, text: str | None) -> Unit | None:
        """The unit a vendor's spelling means; ``None`` for an empty or missing unit.

        Raises ``ValueError`` for a spelling no vendor is known to send.
        """
        if text is None or not text.strip():
            return None
        unit = cls.lookup(text)
        if unit is None:
            raise ValueError(f"unknown unit {text!r}")
        return unit


UnitLike = Unit | str

_ALIASES: dict[Unit, tuple[str, ...]] = {
    Unit.METRE: ("meter", "meters", "metre", "metres"),
    Unit.FOOT: ("feet", "foot"),
    Unit.KILOMETRE: ("kilometer", "kilometers", "kilometre", "kilometres", "kms"),
    Unit.MILE: ("mile", "miles", "mls"),
    Unit.PASCAL: ("pascal", "pascals"),
    Unit.KILOPASCAL: ("kilopascal", "kilopascals"),
    Unit.BAR: ("bars",),
    Unit.MILLIBAR: ("millibar",),
    Unit.PSI: ("psig",),
    Unit.KELVIN: ("kelvin",),
    Unit.CELSIUS: ("c", "°c", "degc", "celsius", "degrees_celsius", "degrees celsius", "deg c"),
    Unit.FAHRENHEIT: ("f", "°f", "degf", "fahrenheit", "degrees_fahrenheit", "degrees fahrenheit", "deg f"),
    Unit.PERCENT: ("percent", "percentage", "pct"),
    Unit.FRACTION: ("fraction", "ratio"),
    Unit.JOULE: ("joule", "joules"),
    Unit.KILOWATT_HOUR: ("kwh", "kilowatt_hour", "kilowatt-hours", "kilowatthours"),
    Unit.WATT_HOUR: ("wh",),
    Unit.WATT: ("watt", "watts"),
    Unit.KILOWATT: ("kilowatt", "kilowatts"),
    Unit.VOLT: ("volt", "volts"),
    Unit.AMPERE: ("amp", "amps", "ampere", "amperes"),
    Unit.LITRE: ("liter", "liters", "litre", "litres", "ltr"),
    Unit.CUBIC_METRE: ("m3",),
    Unit.GALLON: ("gallon", "gallons", "us gallons"),
    Unit.SECOND: ("sec", "secs", "second", "seconds"),
    Unit.MINUTE: ("mins", "minute", "minutes"),
    Unit.HOUR: ("hr", "hrs", "hour", "hours"),
    Unit.DAY: ("day", "days"),
    Unit.MONTH: ("months", "mon"),
    Unit.KILOMETRE_PER_HOUR: ("kph", "kmh", "kilometers_per_hour"),
    Unit.MILE_PER_HOUR: ("miles_per_hour",),
    Unit.LITRE_PER_100_KM: ("l/100 km", "liters_per_100_kilometers"),
    Unit.MILE_PER_GALLON: ("miles_per_gallon",),
    Unit.KWH_PER_100_KM: ("kwh/100 km",),
    Unit.KWH_PER_100_MI: ("kwh/100 mi",),
}

_SPELLINGS: dict[str, Unit] = {}
for _member in Unit:
    _SPELLINGS[_member.value] = _member
    _SPELLINGS.setdefault(_member.value.lower(), _member)
    for _alias in _ALIASES.get(_member, ()):
        _SPELLINGS[_alias] = _member
del _member, _alias


def spellings(quantity: Quantity) -> frozenset[str]:
    """Every spelling (lower case) :meth:`Unit.lookup` reads as a unit of ``quantity``."""
    return frozenset(text.lower() for text, unit in _SPELLINGS.items() if unit.quantity is quantity)


def _unit(unit: UnitLike) -> Unit:
    if isinstance(unit, Unit):
        return unit
    parsed = Unit.parse(unit)
    if parsed is None:
        raise ValueError("a unit is required")
    return parsed


_MPG_SI = _GALLON / _MILE  # m³/m at 1 mpg


def to_si(value: float, unit: UnitLike) -> float:
    """``value`` in the SI unit of ``unit``'s quantity (kelvin for temperatures, a fraction for %)."""
    resolved = _unit(unit)
    if resolved is Unit.MILE_PER_GALLON:
        return _MPG_SI / value
    definition = _DEFINITIONS[resolved.value]
    return value * definition.scale + definition.offset


def from_si(value: float, unit: UnitLike) -> float:
    """Inverse of :func:`to_si`: an SI value expressed in ``unit``."""
    resolved = _unit(unit)
    if resolved is Unit.MILE_PER_GALLON:
        return _MPG_SI / value
    definition = _DEFINITIONS[resolved.value]
    return (value - definition.offset) / definition.scale


def convert(value: float, source: UnitLike, target: UnitLike) -> float:
    """``value`` from ``source`` to ``target``; both must measure the same quantity (else ``ValueError``)."""
    start, end = _unit(source), _unit(target)
    if start.quantity is not end.quantity:
        raise ValueError(f"cannot convert {start.quantity.value} ({start.value}) to {end.quantity.value} ({end.value})")
    return from_si(to_si(value, start), end)
