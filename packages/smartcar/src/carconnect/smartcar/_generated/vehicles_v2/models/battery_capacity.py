from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error

T = TypeVar("T", bound="BatteryCapacity")


@_attrs_define
class BatteryCapacity:
    capacity: float | None
    """ Usable capacity in kWh. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: float | None
        capacity = self.capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        capacity = d.pop("capacity")
        if not (capacity is None):
            try:
                if not (isinstance(capacity, (int, float, str)) and not isinstance(capacity, bool)):
                    raise TypeError()
                capacity_type_0 = float(capacity)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("capacity", capacity, error)) from None
            capacity = capacity_type_0

        battery_capacity = cls(
            capacity=capacity,
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
