from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_off_state import OnOffState
from ..models.precondition_temperature import PreconditionTemperature
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartureSchedule")


@_attrs_define
class DepartureSchedule:
    """One departure slot at a charge location."""

    location_id: int | str | Unset = UNSET
    schedule_id: int | str | Unset = UNSET
    schedule_status: OnOffState | Unset = UNSET
    precondition_temperature: PreconditionTemperature | Unset = UNSET
    time_of_day: TimeOfDay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id: int | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        schedule_id: int | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        schedule_status: str | Unset = UNSET
        if not isinstance(self.schedule_status, Unset):
            schedule_status = self.schedule_status.value

        precondition_temperature: str | Unset = UNSET
        if not isinstance(self.precondition_temperature, Unset):
            precondition_temperature = self.precondition_temperature.value

        time_of_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_of_day, Unset):
            time_of_day = self.time_of_day.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if schedule_status is not UNSET:
            field_dict["scheduleStatus"] = schedule_status
        if precondition_temperature is not UNSET:
            field_dict["preconditionTemperature"] = precondition_temperature
        if time_of_day is not UNSET:
            field_dict["timeOfDay"] = time_of_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_location_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                location_id_type_1 = int(data)

                return location_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"locationId: unexpected value of type {type(data).__name__}")

        location_id = _parse_location_id(d.pop("locationId", UNSET))

        def _parse_schedule_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                schedule_id_type_1 = int(data)

                return schedule_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"scheduleId: unexpected value of type {type(data).__name__}")

        schedule_id = _parse_schedule_id(d.pop("scheduleId", UNSET))

        _schedule_status = d.pop("scheduleStatus", UNSET)
        schedule_status: OnOffState | Unset
        if isinstance(_schedule_status, Unset):
            schedule_status = UNSET
        else:
            schedule_status = OnOffState.from_value(_schedule_status)

        _precondition_temperature = d.pop("preconditionTemperature", UNSET)
        precondition_temperature: PreconditionTemperature | Unset
        if isinstance(_precondition_temperature, Unset):
            precondition_temperature = UNSET
        else:
            precondition_temperature = PreconditionTemperature.from_value(_precondition_temperature)

        _time_of_day = d.pop("timeOfDay", UNSET)
        time_of_day: TimeOfDay | Unset
        if isinstance(_time_of_day, Unset):
            time_of_day = UNSET
        else:
            time_of_day = TimeOfDay.from_dict(_time_of_day)

        departure_schedule = cls(
            location_id=location_id,
            schedule_id=schedule_id,
            schedule_status=schedule_status,
            precondition_temperature=precondition_temperature,
            time_of_day=time_of_day,
        )

        departure_schedule.additional_properties = d
        return departure_schedule

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
from ..models.time_of_day import TimeOfDay
