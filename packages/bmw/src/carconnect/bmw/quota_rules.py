"""When counted CarData calls stop counting (the reset rules), and the budget's status snapshot.

Loaded on first use: a client builds its default :class:`DailyReset` when it is constructed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class ResetRule(Protocol):
    """When a counted call stops counting."""

    def expires_at(self, call: datetime) -> datetime:
        """The instant from which a call made at ``call`` no longer counts."""
        ...


@dataclass(frozen=True)
class DailyReset:
    """The whole budget refills at ``hour`` o'clock in ``tz`` (default: midnight UTC)."""

    hour: int = 0
    tz: tzinfo = UTC

    def expires_at(self, call: datetime) -> datetime:
        local = call.astimezone(self.tz)
        boundary = local.replace(hour=self.hour, minute=0, second=0, microsecond=0)
        return boundary + timedelta(days=1) if boundary <= local else boundary


@dataclass(frozen=True)
class RollingWindow:
    """Each call counts for ``period`` after it was made (default 24 hours)."""

    period: timedelta = timedelta(hours=24)

    def expires_at(self, call: datetime) -> datetime:
        return call + self.period


@dataclass(frozen=True)
class QuotaStatus:
    """A snapshot of the budget."""

    limit: int
    used: int
    remaining: int
    resets_at: datetime | None
    """When the next call frees up (``None`` while nothing is used)."""
    blocked_by_server: bool
    """BMW answered ``CU-429`` in the current window."""

    def seconds_until_free(self, now: datetime) -> float | None:
        """Seconds from ``now`` until a call is possible again, ``None`` when one is possible now."""
        if self.remaining > 0 or self.resets_at is None:
            return None
        return max((self.resets_at - now).total_seconds(), 0.0)


__all__ = ["DailyReset", "QuotaStatus", "ResetRule", "RollingWindow"]
