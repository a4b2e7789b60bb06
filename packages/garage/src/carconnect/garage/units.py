"""Vendor values in SI units, the vendor's own value and unit kept beside them.

Every vendor writes units its own way (``km``, ``kilometers``, ``MileageUnits.KM``; ``kPa``, ``bar``,
``psi``; ``%``, ``percentage``, Smartcar's 0..1 fractions); :mod:`carconnect.core.units` reads the
spellings and converts. :func:`quantity` turns one value of a known :class:`Kind` into a
:class:`Quantity` in the SI unit of that kind and refuses a unit of another kind or one it does not
know (:class:`UnitError`), so a new vendor spelling fails loudly instead of being misread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from carconnect.core import units


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


_QUANTITIES: Mapping[Kind, units.Quantity] = {
    Kind.DISTANCE: units.Quantity.DISTANCE,
    Kind.PRESSURE: units.Quantity.PRESSURE,
    Kind.TEMPERATURE: units.Quantity.TEMPERATURE,
    Kind.RATIO: units.Quantity.RATIO,
    Kind.POWER: units.Quantity.POWER,
    Kind.ENERGY: units.Quantity.ENERGY,
    Kind.VOLUME: units.Quantity.VOLUME,
}


def known_units(kind: Kind) -> frozenset[str]:
    """Every unit spelling (lower case) :func:`quantity` reads for ``kind``."""
    return units.spellings(_QUANTITIES[kind])


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
    parsed = units.Unit.lookup(unit)
    if parsed is None or parsed.quantity is not _QUANTITIES[kind]:
        raise UnitError(f"unknown {kind.value} unit {unit!r}")
    return Quantity(kind, units.to_si(number(value), parsed), value, unit)


__all__ = [
    "SI_UNITS",
    "Kind",
    "Quantity",
    "UnitError",
    "known_units",
    "number",
    "quantity",
]
