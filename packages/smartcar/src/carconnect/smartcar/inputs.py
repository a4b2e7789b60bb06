"""Request bodies and parameters, checked before anything is sent (shared by both clients)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

from carconnect.core.scopes import scope_names

from ._generated.management import types as management_types
from ._generated.vehicles_v2 import models as v2
from ._generated.vehicles_v2.types import UNSET, Unset
from ._generated.vehicles_v3 import models as v3
from ._generated.vehicles_v3 import types as v3_types

T = TypeVar("T")

CHARGE_LIMIT_RANGE = (0.5, 1.0)
"""v2 takes the limit as a fraction."""
CHARGE_PERCENT_RANGE = (50.0, 100.0)
"""v3 takes the limit in percent."""


def opt(value: T | None) -> T | Unset:
    """``None`` as the v2 generated code's "not sent" (each generated API has its own ``UNSET``)."""
    return UNSET if value is None else value


def opt_v3(value: T | None) -> T | v3_types.Unset:
    """``None`` as the v3 generated code's "not sent"."""
    return v3_types.UNSET if value is None else value


def opt_management(value: T | None) -> T | management_types.Unset:
    """``None`` as the Management API generated code's "not sent"."""
    return management_types.UNSET if value is None else value


def _number(value: object, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}")
    return float(value)


def _coordinates(latitude: float, longitude: float) -> tuple[float, float]:
    return _number(latitude, "latitude", -90, 90), _number(longitude, "longitude", -180, 180)


def charge_limit_command(limit: float) -> v2.ChargeLimitCommand:
    """v2 charge limit: a fraction from 0.5 to 1."""
    return v2.ChargeLimitCommand(limit=_number(limit, "limit", *CHARGE_LIMIT_RANGE))


def destination(latitude: float, longitude: float) -> v2.Destination:
    latitude, longitude = _coordinates(latitude, longitude)
    return v2.Destination(latitude=latitude, longitude=longitude)


def listed(values: Iterable[T], what: str) -> list[T]:
    """``values`` as a list; ``ValueError`` for one string, which would be sent as its letters."""
    if isinstance(values, str):
        raise ValueError(f"{what} must be a list, not one string")
    return list(values)


def scope_text(scopes: Iterable[str] | str) -> str:
    """Permission names (a list, or one space-separated string) as Smartcar's ``scope`` value."""
    text = " ".join(scope_names(scopes))
    if not text:
        raise ValueError("name at least one permission")
    return text


def day(value: date | str | None) -> str | Unset:
    """A service-history bound as ``YYYY-MM-DD`` (a string is sent as given)."""
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else value


def set_limit_request(percent: float) -> v3.SetChargeLimitRequest:
    """v3 charge limit: percent from 50 to 100."""
    value = _number(percent, "percent", *CHARGE_PERCENT_RANGE)
    attributes = v3.ChargeLimitAttributes(percent=value)
    return v3.SetChargeLimitRequest(data=v3.ChargeLimitData(attributes=attributes))


def set_destination_request(latitude: float, longitude: float) -> v3.SetDestinationRequest:
    latitude, longitude = _coordinates(latitude, longitude)
    attributes = v3.Coordinates(latitude=latitude, longitude=longitude)
    return v3.SetDestinationRequest(data=v3.DestinationData(attributes=attributes))


def _clock_time(value: str, name: str) -> str:
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60 and len(minutes) == 2):
        raise ValueError(f"{name} must be a local time HH:MM")
    return f"{int(hours):02d}:{minutes}"


def schedule_request(
    latitude: float, longitude: float, start_time: str, stop_time: str, days: Iterable[v3.DayOfWeek | str] = ()
) -> v3.ChargeScheduleRequest:
    """A charge window at a location, local times ``HH:MM``; ``days`` for weekly schedules."""
    latitude, longitude = _coordinates(latitude, longitude)
    attributes = v3.ChargeScheduleAttributes(
        location=v3.Coordinates(latitude=latitude, longitude=longitude),
        start_time=_clock_time(start_time, "start_time"),
        stop_time=_clock_time(stop_time, "stop_time"),
        days=[_day_of_week(item) for item in listed(days, "days")] or v3_types.UNSET,
    )
    return v3.ChargeScheduleRequest(data=v3.ChargeScheduleData(attributes=attributes))


def _day_of_week(value: v3.DayOfWeek | str) -> v3.DayOfWeek:
    """A day name in any case as the enum; ``ValueError`` for anything but the seven days."""
    day_name = v3.DayOfWeek(str(value).strip().upper())
    if not day_name.is_known:
        raise ValueError(f"unknown day of the week {str(value)!r}: MONDAY to SUNDAY expected")
    return day_name


def weekly_days(days: Iterable[v3.DayOfWeek | str]) -> list[v3.DayOfWeek | str]:
    """The days of a weekly schedule (at least one, a list of day names)."""
    chosen = listed(days, "days")
    if not chosen:
        raise ValueError("a weekly schedule needs at least one day")
    return chosen


def connection_filter(user_id: str | None, vehicle_id: str | None) -> dict[str, str | management_types.Unset]:
    """Which connections to delete: a user's, a vehicle's, or one vehicle of one user."""
    if not user_id and not vehicle_id:
        raise ValueError("give user_id, vehicle_id or both")
    return {"user_id": opt_management(user_id), "vehicle_id": opt_management(vehicle_id)}
