from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyreOemOptimisation")


@_attrs_define
class TyreOemOptimisation:
    label: None | str | Unset = UNSET
    optimized_for_oem: None | str | Unset = UNSET
    """ Whether the tyre is optimised for the vehicle maker (e.g. a star marking). """
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        optimized_for_oem: None | str | Unset
        if isinstance(self.optimized_for_oem, Unset):
            optimized_for_oem = UNSET
        else:
            optimized_for_oem = self.optimized_for_oem

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if optimized_for_oem is not UNSET:
            field_dict["optimizedForOem"] = optimized_for_oem
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        optimized_for_oem = d.pop("optimizedForOem", UNSET)
        if not (optimized_for_oem is None or isinstance(optimized_for_oem, (str, Unset))):
            raise TypeError(f"optimizedForOem: unexpected value of type {type(optimized_for_oem).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        tyre_oem_optimisation = cls(
            label=label,
            optimized_for_oem=optimized_for_oem,
            value=value,
        )

        tyre_oem_optimisation.additional_properties = d
        return tyre_oem_optimisation

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
