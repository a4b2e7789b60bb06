from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeScheduleAttributes")


@_attrs_define
class ChargeScheduleAttributes:
    location: Coordinates
    start_time: str
    """ Local time `HH:MM`. """
    stop_time: str
    """ Local time `HH:MM`. """
    days: list[DayOfWeek] | Unset = UNSET
    """ Weekly schedules only; the days the window applies to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location.to_dict()

        start_time = self.start_time

        stop_time = self.stop_time

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.value
                days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "startTime": start_time,
                "stopTime": stop_time,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        location = Coordinates.from_dict(d.pop("location"))

        start_time = d.pop("startTime")
        if not isinstance(start_time, str):
            raise TypeError("startTime: expected str, got " + type(start_time).__name__)

        stop_time = d.pop("stopTime")
        if not isinstance(stop_time, str):
            raise TypeError("stopTime: expected str, got " + type(stop_time).__name__)

        _days = d.pop("days", UNSET)
        days: list[DayOfWeek] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = DayOfWeek.from_value(days_item_data)

                days.append(days_item)

        charge_schedule_attributes = cls(
            location=location,
            start_time=start_time,
            stop_time=stop_time,
            days=days,
        )

        charge_schedule_attributes.additional_properties = d
        return charge_schedule_attributes

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.coordinates import Coordinates
