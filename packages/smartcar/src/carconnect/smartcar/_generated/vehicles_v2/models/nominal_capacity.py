from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="NominalCapacity")


@_attrs_define
class NominalCapacity:
    available_capacities: list[AvailableCapacity] | Unset = UNSET
    capacity: None | SelectedCapacity | Unset = UNSET
    """ The capacity in use; null when not yet known. """
    url: None | str | Unset = UNSET
    """ Connect page where the owner picks the capacity; append your redirect URI. Null when no choice is needed.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_capacities, Unset):
            available_capacities = []
            for available_capacities_item_data in self.available_capacities:
                available_capacities_item = available_capacities_item_data.to_dict()
                available_capacities.append(available_capacities_item)

        capacity: dict[str, Any] | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        elif isinstance(self.capacity, SelectedCapacity):
            capacity = self.capacity.to_dict()
        else:
            capacity = self.capacity

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_capacities is not UNSET:
            field_dict["availableCapacities"] = available_capacities
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _available_capacities = d.pop("availableCapacities", UNSET)
        available_capacities: list[AvailableCapacity] | Unset = UNSET
        if _available_capacities is not UNSET:
            available_capacities = []
            for available_capacities_item_data in _available_capacities:
                available_capacities_item = AvailableCapacity.from_dict(available_capacities_item_data)

                available_capacities.append(available_capacities_item)

        capacity = d.pop("capacity", UNSET)
        if not (capacity is None or isinstance(capacity, Unset)):
            try:
                if not isinstance(capacity, dict):
                    raise TypeError()
                capacity_type_0 = SelectedCapacity.from_dict(capacity)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("capacity", capacity, error)) from None
            capacity = capacity_type_0

        url = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise TypeError(f"url: unexpected value of type {type(url).__name__}")

        nominal_capacity = cls(
            available_capacities=available_capacities,
            capacity=capacity,
            url=url,
        )

        nominal_capacity.additional_properties = d
        return nominal_capacity

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
from ..models.available_capacity import AvailableCapacity
from ..models.selected_capacity import SelectedCapacity
