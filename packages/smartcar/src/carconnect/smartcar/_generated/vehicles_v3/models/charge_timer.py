from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeTimer")


@_attrs_define
class ChargeTimer:
    type_: None | str | Unset = UNSET
    """ e.g. `location`, `global`. """
    condition: ChargeLocation | None | Unset = UNSET
    schedules: list[ChargeWindow] | Unset = UNSET
    departure_timers: list[DepartureTimer] | Unset = UNSET
    is_oem_optimization_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, ChargeLocation):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        departure_timers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departure_timers, Unset):
            departure_timers = []
            for departure_timers_item_data in self.departure_timers:
                departure_timers_item = departure_timers_item_data.to_dict()
                departure_timers.append(departure_timers_item)

        is_oem_optimization_enabled: bool | None | Unset
        if isinstance(self.is_oem_optimization_enabled, Unset):
            is_oem_optimization_enabled = UNSET
        else:
            is_oem_optimization_enabled = self.is_oem_optimization_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if condition is not UNSET:
            field_dict["condition"] = condition
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if departure_timers is not UNSET:
            field_dict["departureTimers"] = departure_timers
        if is_oem_optimization_enabled is not UNSET:
            field_dict["isOEMOptimizationEnabled"] = is_oem_optimization_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise TypeError(f"type: unexpected value of type {type(type_).__name__}")

        condition = d.pop("condition", UNSET)
        if not (condition is None or isinstance(condition, Unset)):
            try:
                if not isinstance(condition, dict):
                    raise TypeError()
                condition_type_0 = ChargeLocation.from_dict(condition)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("condition", condition, error)) from None
            condition = condition_type_0

        _schedules = d.pop("schedules", UNSET)
        schedules: list[ChargeWindow] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = ChargeWindow.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        _departure_timers = d.pop("departureTimers", UNSET)
        departure_timers: list[DepartureTimer] | Unset = UNSET
        if _departure_timers is not UNSET:
            departure_timers = []
            for departure_timers_item_data in _departure_timers:
                departure_timers_item = DepartureTimer.from_dict(departure_timers_item_data)

                departure_timers.append(departure_timers_item)

        is_oem_optimization_enabled = d.pop("isOEMOptimizationEnabled", UNSET)
        if not (is_oem_optimization_enabled is None or isinstance(is_oem_optimization_enabled, (bool, Unset))):
            raise TypeError(
                f"isOEMOptimizationEnabled: unexpected value of type {type(is_oem_optimization_enabled).__name__}"
            )

        charge_timer = cls(
            type_=type_,
            condition=condition,
            schedules=schedules,
            departure_timers=departure_timers,
            is_oem_optimization_enabled=is_oem_optimization_enabled,
        )

        charge_timer.additional_properties = d
        return charge_timer

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
from ..models.charge_location import ChargeLocation
from ..models.charge_window import ChargeWindow
from ..models.departure_timer import DepartureTimer
