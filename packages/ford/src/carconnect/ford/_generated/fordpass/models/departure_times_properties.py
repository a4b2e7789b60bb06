from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepartureTimesProperties")


@_attrs_define
class DepartureTimesProperties:
    """Arguments of `updateDepartureTimes` (v1beta, version "1")."""

    departure_schedules: list[DepartureScheduleDay]
    is_departure_time_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departure_schedules = []
        for departure_schedules_item_data in self.departure_schedules:
            departure_schedules_item = departure_schedules_item_data.to_dict()
            departure_schedules.append(departure_schedules_item)

        is_departure_time_enabled = self.is_departure_time_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departureSchedules": departure_schedules,
                "isDepartureTimeEnabled": is_departure_time_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        departure_schedules = []
        _departure_schedules = d.pop("departureSchedules")
        for departure_schedules_item_data in _departure_schedules:
            departure_schedules_item = DepartureScheduleDay.from_dict(departure_schedules_item_data)

            departure_schedules.append(departure_schedules_item)

        is_departure_time_enabled = d.pop("isDepartureTimeEnabled")
        if not isinstance(is_departure_time_enabled, bool):
            raise TypeError("isDepartureTimeEnabled: expected bool, got " + type(is_departure_time_enabled).__name__)

        departure_times_properties = cls(
            departure_schedules=departure_schedules,
            is_departure_time_enabled=is_departure_time_enabled,
        )

        departure_times_properties.additional_properties = d
        return departure_times_properties

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
from ..models.departure_schedule_day import DepartureScheduleDay
