"""What the sync and async Query clients, and the logins, share: hosts, ids and small helpers."""

from __future__ import annotations

from datetime import date, datetime

CONNECT_APPLICATION_ID = "AFDC085B-377A-4351-B23E-5E1D35FB3700"
"""The ``Application-Id`` of every FordConnect app (account linking and API calls)."""
QUERY_API_URL = "https://api.vehicle.ford.com/fcon-query/v1"
"""FordConnect Query's API root."""


def day(value: date | str) -> str:
    """A query date as Ford wants it: ``YYYY-MM-DD`` (a ``datetime`` gives its own date, as it reads;
    strings are sent as given)."""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else value
