"""Vendor values in SI units, the vendor's own value and unit kept beside them.

Every vendor writes units its own way (``km``, ``kilometers``, ``MileageUnits.KM``; ``kPa``, ``bar``,
``psi``; ``%``, ``percentage``, Smartcar's 0..1 fractions). :func:`quantity` turns one value of a
known :class:`Kind` into a :class:`Quantity` in the SI unit of that kind and refuses a unit it does
not know (:class:`UnitError`), so a new vendor spelling fails loudly instead of being misread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

MILE_M = 1609.344
FOOT_M = 0.3048
PSI_PA = 6894.757293168
US_GALLON_M3 = 0.003785411784
ZERO_CELSIUS_K = 273.15


class Kind(StrEnum):
    """What a value measures, and so which SI unit it is given in."""

    DISTANCE = "distance"  # metres
    PRESSURE = "pressure"  # pascals
    TEMPERATURE = "temperature"  # kelvins
    RATIO = "ratio"  # a fraction, 0..1
    POWER = "power"  # watts
    ENERGY = "energy"  # joules
    VOLUME = "volume"  # cubic metres


SI_UNITS: Mapping[Kind, str] = {
    Kind.DISTANCE: "m",
    Kind.PRESSURE: "Pa",
    Kind.TEMPERATURE: "K",
    Kind.RATIO: "1",
    Kind.POWER: "W",
    Kind.ENERGY: "J",
    Kind.VOLUME: "m3",
}


class UnitError(ValueError):
    """A value whose unit (or number) cannot be read as the expected kind."""


@dataclass(frozen=True)
class Quantity:
    """One measured value: ``value`` in the SI :attr:`unit` of its kind, and what the vendor sent."""

    kind: Kind
    value: float
    original_value: float | int | str
    original_unit: str

    @property
    def unit(self) -> str:
        """The SI unit of :attr:`value` (``m``, ``Pa``, ``K``, ``1``, ``W``, ``J``, ``m3``)."""
        return SI_UNITS[self.kind]

    def to(self, factor: float) -> float:
        """:attr:`value` divided by ``factor``: ``odometer.to(1000)`` in kilometres."""
        return self.value / factor


def _scale(factor: float) -> Callable[[float], float]:
    return lambda value: value * factor


def _from_celsius(value: float) -> float:
    return value + ZERO_CELSIUS_K


def _from_fahrenheit(value: float) -> float:
    return (value - 32.0) * 5.0 / 9.0 + ZERO_CELSIUS_K


_CONVERSIONS: Mapping[Kind, Mapping[str, Callable[[float], float]]] = {
    Kind.DISTANCE: {
        **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), _scale(1.0)),
        **dict.fromkeys(
            ("km", "kilometer", "kilometers", "kilometre", "kilometres", "mileageunits.km"), _scale(1000.0)
        ),
        **dict.fromkeys(("mi", "mile", "miles", "mileageunits.mi", "mileageunits.miles"), _scale(MILE_M)),
        **dict.fromkeys(("ft", "feet", "foot"), _scale(FOOT_M)),
    },
    Kind.PRESSURE: {
        **dict.fromkeys(("pa", "pascal", "pascals"), _scale(1.0)),
        **dict.fromkeys(("kpa", "kilopascal", "kilopascals"), _scale(1000.0)),
        **dict.fromkeys(("bar",), _scale(100_000.0)),
        **dict.fromkeys(("mbar", "millibar"), _scale(100.0)),
        **dict.fromkeys(("psi",), _scale(PSI_PA)),
    },
    Kind.TEMPERATURE: {
        **dict.fromkeys(("c", "°c", "degc", "celsius", "degrees celsius"), _from_celsius),
        **dict.fromkeys(("f", "°f", "degf", "fahrenheit", "degrees fahrenheit"), _from_fahrenheit),
        **dict.fromkeys(("k", "kelvin"), _scale(1.0)),
    },
    Kind.RATIO: {
        **dict.fromkeys(("%", "percent", "percentage"), _scale(0.01)),
        **dict.fromkeys(("fraction", "1", "ratio"), _scale(1.0)),
    },
    Kind.POWER: {
        **dict.fromkeys(("w", "watt", "watts"), _scale(1.0)),
        **dict.fromkeys(("kw", "kilowatt", "kilowatts"), _scale(1000.0)),
    },
    Kind.ENERGY: {
        **dict.fromkeys(("j", "joule", "joules"), _scale(1.0)),
        **dict.fromkeys(("wh",), _scale(3600.0)),
        **dict.fromkeys(("kwh",), _scale(3_600_000.0)),
    },
    Kind.VOLUME: {
        **dict.fromkeys(("m3",), _scale(1.0)),
        **dict.fromkeys(("l", "liter", "liters", "litre", "litres"), _scale(0.001)),
        **dict.fromkeys(("gal", "gallon", "gallons", "us gallons"), _scale(US_GALLON_M3)),
    },
}


def known_units(kind: Kind) -> frozenset[str]:
    """Every unit spelling (lower case) :func:`quantity` reads for ``kind``."""
    return frozenset(_CONVERSIONS[kind])


def number(value: object) -> float:
    """A vendor number as float: numbers, and numbers sent as text (``"47.3"``, BMW's ``"45230"``)."""
    if isinstance(value, bool):
        raise UnitError(f"{value!r} is not a number")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise UnitError(f"{value!r} is not a number") from None
    raise UnitError(f"{value!r} is not a number")


def quantity(kind: Kind, value: float | int | str, unit: str) -> Quantity:
    """``value`` in ``unit`` as a :class:`Quantity` of ``kind`` (:class:`UnitError` for an unknown unit)."""
    convert = _CONVERSIONS[kind].get(unit.strip().lower())
    if convert is None:
        raise UnitError(f"unknown {kind.value} unit {unit!r}")
    return Quantity(kind, convert(number(value)), value, unit)


__all__ = [
    "SI_UNITS",
    "Kind",
    "Quantity",
    "UnitError",
    "known_units",
    "number",
    "quantity",
]
