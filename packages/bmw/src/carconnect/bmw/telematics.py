"""Typed telematic values: one decoder for the REST ``telematicData`` answer and the MQTT stream.

``decode(descriptor_id, raw_value)`` looks the descriptor up in the generated catalogue
(``carconnect.bmw._generated.telematics``) and converts the value by its :class:`Kind`: ``"true"`` ->
``True``, ``"72"`` -> ``72``, BMW's date forms -> aware ``datetime``, enum members stay strings.
A value that does not fit its kind (``"INVALID"`` for a number, say) and any descriptor missing from
the catalogue keep the raw value, so nothing BMW sends is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ._generated.telematics import DESCRIPTORS
from .descriptors import Descriptor, Kind

if TYPE_CHECKING:
    from .models import TelematicDataResponse

Value = bool | int | float | str | datetime | list[Any] | dict[str, Any] | None
"""What a decoded value can be."""

_TRUE = frozenset({"true", "asn_istrue"})
_FALSE = frozenset({"false", "asn_isfalse"})
_DATE_FORMATS = (
    "%d.%m.%Y %H:%M:%S UTC",
    "%d.%m.%Y %H:%M UTC",
    "%m/%d/%Y %H:%M:%S UTC",
    "%m/%d/%Y %H:%M UTC",
    "%Y-%m-%d %H:%M:%S UTC",
)


@dataclass(frozen=True, slots=True)
class TelematicValue:
    """One decoded descriptor value (the generated ``models.TelematicValue`` is REST's raw form)."""

    descriptor_id: str
    value: Value
    """In the descriptor's Python type, or the raw value when it does not fit."""
    unit: str | None
    timestamp: datetime | None
    """When the vehicle sent the value."""
    raw: Any
    """The value exactly as BMW sent it."""
    descriptor: Descriptor | None
    """The catalogue entry; ``None`` for a descriptor the catalogue does not list."""
    decoded: bool
    """Whether :attr:`value` has the descriptor's type (``False``: unknown descriptor or kept raw)."""


def descriptor(descriptor_id: str) -> Descriptor | None:
    """The catalogue entry of ``descriptor_id``, or ``None``."""
    return DESCRIPTORS.get(descriptor_id)


def decode(
    descriptor_id: str, raw_value: Any, unit: str | None = None, timestamp: datetime | str | None = None
) -> TelematicValue:
    """Decode one value; ``unit`` defaults to the catalogue's, ``timestamp`` may be ISO 8601 text."""
    entry = DESCRIPTORS.get(descriptor_id)
    value, decoded = (raw_value, False) if entry is None else decode_value(entry, raw_value)
    if not unit:
        unit = entry.unit if entry is not None else None
    return TelematicValue(descriptor_id, value, unit, _moment(timestamp), raw_value, entry, decoded)


def decode_value(entry: Descriptor, raw: Any) -> tuple[Value, bool]:
    """``raw`` converted for ``entry`` and ``True``; ``raw`` unchanged and ``False`` when it does not convert."""
    if entry.kind is Kind.BOOLEAN and isinstance(raw, str) and raw in entry.values:
        return raw, True
    try:
        return _CONVERTERS[entry.kind](raw), True
    except (TypeError, ValueError, OverflowError, OSError):
        return raw, False


def decode_data(data: Mapping[str, Any]) -> dict[str, TelematicValue]:
    """Decode a ``{descriptor: {value, unit, timestamp}}`` mapping (stream ``data``); ``null`` entries skipped."""
    decoded: dict[str, TelematicValue] = {}
    for descriptor_id, entry in data.items():
        if isinstance(entry, Mapping):
            decoded[descriptor_id] = decode(
                descriptor_id, entry.get("value"), entry.get("unit"), entry.get("timestamp")
            )
    return decoded


def decode_response(response: TelematicDataResponse) -> dict[str, TelematicValue]:
    """The values of a REST ``telematic_data`` answer, decoded like streamed ones (never-sent ones skipped)."""
    data = response.telematic_data
    decoded: dict[str, TelematicValue] = {}
    if data is None or not hasattr(data, "additional_properties"):
        return decoded
    for descriptor_id, entry in data.additional_properties.items():
        raw = entry.value if isinstance(entry.value, str) else None
        if raw is None:  # the vehicle never sent it: the entry's fields are null
            continue
        unit = entry.unit if isinstance(entry.unit, str) else None
        timestamp = entry.timestamp if isinstance(entry.timestamp, datetime) else None
        decoded[descriptor_id] = decode(descriptor_id, raw, unit, timestamp)
    return decoded


def parse_timestamp(raw: str | int | float) -> datetime:
    """ISO 8601 (``Z`` allowed), BMW's ``dd.mm.yyyy hh:mm[:ss] UTC`` forms, or epoch seconds; always aware.

    Raises ``TypeError`` for what is not text or a number, ``ValueError`` for text that is no moment
    and for a moment out of the platform's range.
    """
    if isinstance(raw, bool):
        raise TypeError("a boolean is not a moment")
    if isinstance(raw, int | float):
        return _from_epoch(raw)
    if not isinstance(raw, str):
        raise TypeError(f"a {type(raw).__name__} is not a moment")
    return _parse_text(raw.strip())


def _from_epoch(seconds: float) -> datetime:
    """Epoch seconds as an aware moment; ``ValueError`` when out of range (``datetime`` raises
    ``OverflowError`` or ``OSError`` for some such values)."""
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError) as exc:
        raise ValueError(f"epoch seconds out of range ({type(exc).__name__})") from None


@lru_cache(maxsize=256)
def _parse_text(text: str) -> datetime:
    """One text timestamp (a message repeats its timestamp in every value, hence the cache)."""
    if text.isdigit():
        return _from_epoch(int(text))
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for form in _DATE_FORMATS:
            try:
                return datetime.strptime(text, form).replace(tzinfo=UTC)
            except ValueError:
                continue
        raise
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    word = raw.strip().lower() if isinstance(raw, str) else None
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise ValueError(raw)


def _integer(raw: Any) -> int:
    if isinstance(raw, bool):
        raise TypeError(raw)
    if isinstance(raw, int):
        return raw
    number = float(raw)
    if not number.is_integer():
        raise ValueError(raw)
    return int(number)


def _number(raw: Any) -> float:
    if isinstance(raw, bool):
        raise TypeError(raw)
    return float(raw)


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError(raw)
    return raw


def _as_is(raw: Any) -> Any:
    return raw


_CONVERTERS: dict[Kind, Any] = {
    Kind.BOOLEAN: _boolean,
    Kind.INTEGER: _integer,
    Kind.NUMBER: _number,
    Kind.ENUM: _text,
    Kind.TEXT: _text,
    Kind.TIMESTAMP: parse_timestamp,
    Kind.RAW: _as_is,
}


def _moment(timestamp: datetime | str | None) -> datetime | None:
    if timestamp is None or isinstance(timestamp, datetime):
        return timestamp
    try:
        return parse_timestamp(timestamp)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


__all__ = [
    "Descriptor",
    "Kind",
    "TelematicValue",
    "Value",
    "decode",
    "decode_data",
    "decode_response",
    "decode_value",
    "descriptor",
    "parse_timestamp",
]
