"""Plausible 17-character VINs: the maker's prefix, an ISO 3779 check digit, model year and serial."""

from __future__ import annotations

import random

_LETTER_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_YEAR_CODES = {2020: "L", 2021: "M", 2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V"}


def _value(char: str) -> int:
    return int(char) if char.isdigit() else _LETTER_VALUES[char]


def check_digit(vin: str) -> str:
    """The check digit (position 9) of a 17-character VIN; the current position 9 is ignored."""
    if len(vin) != 17:
        raise ValueError("a VIN has 17 characters")
    total = sum(_value(char) * weight for char, weight in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def is_valid(vin: str) -> bool:
    """True for 17 allowed characters (no I, O, Q) with a correct check digit."""
    if len(vin) != 17 or any(char not in _LETTER_VALUES and not char.isdigit() for char in vin):
        return False
    return vin[8] == check_digit(vin)


def make_vin(prefix: str, year: int, plant: str, rng: random.Random) -> str:
    """A VIN from an 8-character maker/model prefix, the model year, a plant code and a seeded serial."""
    if len(prefix) != 8 or len(plant) != 1:
        raise ValueError("prefix must have 8 characters and plant 1")
    serial = f"{rng.randrange(10**6):06d}"
    draft = f"{prefix}0{_YEAR_CODES[year]}{plant}{serial}"
    return draft[:8] + check_digit(draft) + draft[9:]
