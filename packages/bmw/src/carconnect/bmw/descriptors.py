"""The record of one BMW telematic descriptor, as the generated catalogue lists it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """How a descriptor's value is decoded into Python."""

    BOOLEAN = "boolean"
    """``"true"`` / ``"false"``, ``"ASN_isTrue"`` / ``"ASN_isFalse"`` or a JSON boolean -> ``bool``; one of
    :attr:`Descriptor.values` (``"OPEN"``, which BMW lists for some booleans) stays a ``str``."""
    INTEGER = "integer"
    """Whole numbers -> ``int``."""
    NUMBER = "number"
    """Decimal numbers -> ``float``."""
    ENUM = "enum"
    """One of :attr:`Descriptor.values` (unknown members kept as sent) -> ``str``."""
    TIMESTAMP = "timestamp"
    """A moment (ISO 8601, BMW's ``dd.mm.yyyy hh:mm UTC`` forms, epoch seconds) -> aware ``datetime``."""
    TEXT = "text"
    """Free text -> ``str``."""
    RAW = "raw"
    """Structured or undocumented values, kept as sent."""


@dataclass(frozen=True, slots=True)
class Descriptor:
    """One technical descriptor of BMW's Telematics Data Catalogue."""

    id: str
    """The technical descriptor, e.g. ``vehicle.drivetrain.electricEngine.charging.level``."""
    kind: Kind
    data_type: str | None
    """BMW's data type (``boolean``, ``uint8``, ``float``...); ``None`` where BMW states none."""
    unit: str | None
    value_range: str | None
    """BMW's value range, as BMW writes it."""
    streamable: bool
    """Whether the descriptor can be selected for the MQTT stream (else REST containers only)."""
    label: str
    category: str
    values: tuple[str, ...] = ()
    """The members BMW lists for an :attr:`Kind.ENUM` (or worded :attr:`Kind.BOOLEAN`) descriptor."""
