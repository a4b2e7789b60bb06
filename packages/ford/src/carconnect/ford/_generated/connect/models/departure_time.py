from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..models.pre_conditioning_setting import PreConditioningSetting
from ..types import UNSET, Unset, field_error

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
        day_of_week = d.pop("dayOfWeek", UNSET)
        if not (day_of_week is None or isinstance(day_of_week, Unset)):
            try:
                if not isinstance(day_of_week, str):
                    raise TypeError()
                day_of_week_type_0 = DayOfWeek.from_value(day_of_week)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("dayOfWeek", day_of_week, error)) from None
            day_of_week = day_of_week_type_0

        enabled = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise TypeError(f"enabled: unexpected value of type {type(enabled).__name__}")

        hour = d.pop("hour", UNSET)
        if not (hour is None or isinstance(hour, Unset)):
            try:
                if not (isinstance(hour, (int, float, str)) and not isinstance(hour, bool)):
                    raise TypeError()
                hour_type_0 = int(hour)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("hour", hour, error)) from None
            hour = hour_type_0

        minutes = d.pop("minutes", UNSET)
        if not (minutes is None or isinstance(minutes, Unset)):
            try:
                if not (isinstance(minutes, (int, float, str)) and not isinstance(minutes, bool)):
                    raise TypeError()
                minutes_type_0 = int(minutes)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("minutes", minutes, error)) from None
            minutes = minutes_type_0

        pre_conditioning_setting = d.pop("preConditioningSetting", UNSET)
        if not (pre_conditioning_setting is None or isinstance(pre_conditioning_setting, Unset)):
            try:
                if not isinstance(pre_conditioning_setting, str):
                    raise TypeError()
                pre_conditioning_setting_type_0 = PreConditioningSetting.from_value(pre_conditioning_setting)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("preConditioningSetting", pre_conditioning_setting, error)) from None
            pre_conditioning_setting = pre_conditioning_setting_type_0

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
