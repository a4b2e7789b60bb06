from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingTimeWindow")


@_attrs_define
class ChargingTimeWindow:
    """A preferred charging window, in local hours and minutes."""

    start_charging_time_period_hour: int | None | Unset = UNSET
    start_charging_time_period_minute: int | None | Unset = UNSET
    stop_charging_time_period_hour: int | None | Unset = UNSET
    stop_charging_time_period_minute: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_charging_time_period_hour: int | None | Unset
        if isinstance(self.start_charging_time_period_hour, Unset):
            start_charging_time_period_hour = UNSET
        else:
            start_charging_time_period_hour = self.start_charging_time_period_hour

        start_charging_time_period_minute: int | None | Unset
        if isinstance(self.start_charging_time_period_minute, Unset):
            start_charging_time_period_minute = UNSET
        else:
            start_charging_time_period_minute = self.start_charging_time_period_minute

        stop_charging_time_period_hour: int | None | Unset
        if isinstance(self.stop_charging_time_period_hour, Unset):
            stop_charging_time_period_hour = UNSET
        else:
            stop_charging_time_period_hour = self.stop_charging_time_period_hour

        stop_charging_time_period_minute: int | None | Unset
        if isinstance(self.stop_charging_time_period_minute, Unset):
            stop_charging_time_period_minute = UNSET
        else:
            stop_charging_time_period_minute = self.stop_charging_time_period_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_charging_time_period_hour is not UNSET:
            field_dict["startChargingTimePeriodHour"] = start_charging_time_period_hour
        if start_charging_time_period_minute is not UNSET:
            field_dict["startChargingTimePeriodMinute"] = start_charging_time_period_minute
        if stop_charging_time_period_hour is not UNSET:
            field_dict["stopChargingTimePeriodHour"] = stop_charging_time_period_hour
        if stop_charging_time_period_minute is not UNSET:
            field_dict["stopChargingTimePeriodMinute"] = stop_charging_time_period_minute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_charging_time_period_hour = d.pop("startChargingTimePeriodHour", UNSET)
        if not (start_charging_time_period_hour is None or isinstance(start_charging_time_period_hour, Unset)):
            try:
                if not (
                    isinstance(start_charging_time_period_hour, (int, float, str))
                    and not isinstance(start_charging_time_period_hour, bool)
                ):
                    raise TypeError()
                start_charging_time_period_hour_type_0 = int(start_charging_time_period_hour)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("startChargingTimePeriodHour", start_charging_time_period_hour, error)
                ) from None
            start_charging_time_period_hour = start_charging_time_period_hour_type_0

        start_charging_time_period_minute = d.pop("startChargingTimePeriodMinute", UNSET)
        if not (start_charging_time_period_minute is None or isinstance(start_charging_time_period_minute, Unset)):
            try:
                if not (
                    isinstance(start_charging_time_period_minute, (int, float, str))
                    and not isinstance(start_charging_time_period_minute, bool)
                ):
                    raise TypeError()
                start_charging_time_period_minute_type_0 = int(start_charging_time_period_minute)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("startChargingTimePeriodMinute", start_charging_time_period_minute, error)
                ) from None
            start_charging_time_period_minute = start_charging_time_period_minute_type_0

        stop_charging_time_period_hour = d.pop("stopChargingTimePeriodHour", UNSET)
        if not (stop_charging_time_period_hour is None or isinstance(stop_charging_time_period_hour, Unset)):
            try:
                if not (
                    isinstance(stop_charging_time_period_hour, (int, float, str))
                    and not isinstance(stop_charging_time_period_hour, bool)
                ):
                    raise TypeError()
                stop_charging_time_period_hour_type_0 = int(stop_charging_time_period_hour)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("stopChargingTimePeriodHour", stop_charging_time_period_hour, error)
                ) from None
            stop_charging_time_period_hour = stop_charging_time_period_hour_type_0

        stop_charging_time_period_minute = d.pop("stopChargingTimePeriodMinute", UNSET)
        if not (stop_charging_time_period_minute is None or isinstance(stop_charging_time_period_minute, Unset)):
            try:
                if not (
                    isinstance(stop_charging_time_period_minute, (int, float, str))
                    and not isinstance(stop_charging_time_period_minute, bool)
                ):
                    raise TypeError()
                stop_charging_time_period_minute_type_0 = int(stop_charging_time_period_minute)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("stopChargingTimePeriodMinute", stop_charging_time_period_minute, error)
                ) from None
            stop_charging_time_period_minute = stop_charging_time_period_minute_type_0

        charging_time_window = cls(
            start_charging_time_period_hour=start_charging_time_period_hour,
            start_charging_time_period_minute=start_charging_time_period_minute,
            stop_charging_time_period_hour=stop_charging_time_period_hour,
            stop_charging_time_period_minute=stop_charging_time_period_minute,
        )

        charging_time_window.additional_properties = d
        return charging_time_window

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
