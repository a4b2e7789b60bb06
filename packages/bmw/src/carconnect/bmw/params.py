"""Formatting of CarData query parameters."""

from __future__ import annotations

from datetime import UTC, datetime


def cardata_instant(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.000Z`` in UTC, the form CarData expects (a naive datetime is taken as UTC)."""
    instant = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return instant.strftime("%Y-%m-%dT%H:%M:%S.000Z")
