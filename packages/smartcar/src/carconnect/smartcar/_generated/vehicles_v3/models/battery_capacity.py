from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="BatteryCapacity")


@_attrs_define
class BatteryCapacity:
    capacity: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    """ e.g. `BEV:Extended Range`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: float | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if description is not UNSET:
            field_dict["description"] = description

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

        description = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise TypeError(f"description: unexpected value of type {type(description).__name__}")

        battery_capacity = cls(
            capacity=capacity,
            description=description,
        )

        battery_capacity.additional_properties = d
        return battery_capacity

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
