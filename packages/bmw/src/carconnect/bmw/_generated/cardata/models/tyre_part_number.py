from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyrePartNumber")


@_attrs_define
class TyrePartNumber:
    label: None | str | Unset = UNSET
    part_number: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        part_number: None | str | Unset
        if isinstance(self.part_number, Unset):
            part_number = UNSET
        else:
            part_number = self.part_number

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
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        part_number = d.pop("partNumber", UNSET)
        if not (part_number is None or isinstance(part_number, (str, Unset))):
            raise TypeError(f"partNumber: unexpected value of type {type(part_number).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        tyre_part_number = cls(
            label=label,
            part_number=part_number,
            value=value,
        )

        tyre_part_number.additional_properties = d
        return tyre_part_number

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
