"""Ford's quirky value formats, parsed: ``MM-DD-YYYY HH:MM:SS`` timestamps and string coordinates.

The generated models keep these as the strings Ford sends (the spec types them so); these helpers give
aware UTC datetimes and floats where an application wants them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from ._generated.connect.types import Unset

if TYPE_CHECKING:
    from ._generated.connect.models import VehicleLocation

FORD_TIMESTAMP_FORMAT = "%m-%d-%Y %H:%M:%S"


def parse_timestamp(value: str | Unset | None) -> datetime | None:
    """An aware UTC datetime from Ford's ``MM-DD-YYYY HH:MM:SS`` (UTC); ``None`` for null or absent.

    Raises ``ValueError`` for any other text.
    """
    if value is None or isinstance(value, Unset):
        return None
    return datetime.strptime(value.strip(), FORD_TIMESTAMP_FORMAT).replace(tzinfo=UTC)


def format_timestamp(moment: datetime) -> str:
    """The inverse of :func:`parse_timestamp` (``lrdt`` query values, tests)."""
    return moment.astimezone(UTC).strftime(FORD_TIMESTAMP_FORMAT)


class Position(NamedTuple):
    """A FordConnect position with numbers instead of strings."""

    latitude: float
    longitude: float
    timestamp: datetime | None


def position_of(location: VehicleLocation | Unset | None) -> Position | None:
    """The coordinates of a FordConnect ``vehicleLocation`` as floats; ``None`` when it has none."""
    if location is None or isinstance(location, Unset):
        return None
    latitude, longitude = location.latitude, location.longitude
    if not isinstance(latitude, str) or not isinstance(longitude, str) or not latitude or not longitude:
        return None
    return Position(float(latitude), float(longitude), parse_timestamp(location.time_stamp))
