from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="NominalCapacitySignalBody")


@_attrs_define
class NominalCapacitySignalBody:
    """`tractionbattery-nominalcapacity`: the capacity in use, its source and the choices."""

    capacity: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    """ `kWh`. """
    source: None | str | Unset = UNSET
    """ `SMARTCAR` or `USER_SELECTED`. """
    available_capacities: list[BatteryCapacity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: float | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        available_capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_capacities, Unset):
            available_capacities = []
            for available_capacities_item_data in self.available_capacities:
                available_capacities_item = available_capacities_item_data.to_dict()
                available_capacities.append(available_capacities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if unit is not UNSET:
            field_dict["unit"] = unit
        if source is not UNSET:
            field_dict["source"] = source
        if available_capacities is not UNSET:
            field_dict["availableCapacities"] = available_capacities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)
        if not (capacity is None or isinstance(capacity, Unset)):
            try:
                if not (isinstance(capacity, (int, float, str)) and not isinstance(capacity, bool)):
                    raise TypeError()
                capacity_type_0 = float(capacity)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("capacity", capacity, error)) from None
            capacity = capacity_type_0

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        source = d.pop("source", UNSET)
        if not (source is None or isinstance(source, (str, Unset))):
            raise TypeError(f"source: unexpected value of type {type(source).__name__}")

        _available_capacities = d.pop("availableCapacities", UNSET)
        available_capacities: list[BatteryCapacity] | Unset = UNSET
        if _available_capacities is not UNSET:
            available_capacities = []
            for available_capacities_item_data in _available_capacities:
                available_capacities_item = BatteryCapacity.from_dict(available_capacities_item_data)

                available_capacities.append(available_capacities_item)

        nominal_capacity_signal_body = cls(
            capacity=capacity,
            unit=unit,
            source=source,
            available_capacities=available_capacities,
        )

        nominal_capacity_signal_body.additional_properties = d
        return nominal_capacity_signal_body

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
from ..models.battery_capacity import BatteryCapacity
