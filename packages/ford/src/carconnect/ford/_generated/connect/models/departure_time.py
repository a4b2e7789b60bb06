from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..models.pre_conditioning_setting import PreConditioningSetting
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartureTime")


@_attrs_define
class DepartureTime:
    """The next scheduled departure (a single object, not a list)."""

    day_of_week: DayOfWeek | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    hour: int | None | Unset = UNSET
    minutes: int | None | Unset = UNSET
    pre_conditioning_setting: None | PreConditioningSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        elif isinstance(self.day_of_week, DayOfWeek):
            day_of_week = self.day_of_week.value
        else:
            day_of_week = self.day_of_week

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        hour: int | None | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour

        minutes: int | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        pre_conditioning_setting: None | str | Unset
        if isinstance(self.pre_conditioning_setting, Unset):
            pre_conditioning_setting = UNSET
        elif isinstance(self.pre_conditioning_setting, PreConditioningSetting):
            pre_conditioning_setting = self.pre_conditioning_setting.value
        else:
            pre_conditioning_setting = self.pre_conditioning_setting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if hour is not UNSET:
            field_dict["hour"] = hour
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if pre_conditioning_setting is not UNSET:
            field_dict["preConditioningSetting"] = pre_conditioning_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_day_of_week(data: object) -> DayOfWeek | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_of_week_type_0 = DayOfWeek(data)

                return day_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        day_of_week = _parse_day_of_week(d.pop("dayOfWeek", UNSET))

        enabled = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise TypeError(f"unexpected value of type {type(enabled).__name__}")

        def _parse_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                hour_type_0 = int(data)

                return hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        hour = _parse_hour(d.pop("hour", UNSET))

        def _parse_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                minutes_type_0 = int(data)

                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        def _parse_pre_conditioning_setting(data: object) -> None | PreConditioningSetting | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pre_conditioning_setting_type_0 = PreConditioningSetting(data)

                return pre_conditioning_setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        pre_conditioning_setting = _parse_pre_conditioning_setting(d.pop("preConditioningSetting", UNSET))

        departure_time = cls(
            day_of_week=day_of_week,
            enabled=enabled,
            hour=hour,
            minutes=minutes,
            pre_conditioning_setting=pre_conditioning_setting,
        )

        departure_time.additional_properties = d
        return departure_time

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
