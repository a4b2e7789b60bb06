from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyreMountingDate")


@_attrs_define
class TyreMountingDate:
    label: None | str | Unset = UNSET
    mounting_date: None | str | Unset = UNSET
    """ Date the tyre was mounted, as sent by BMW (e.g. `2024-03-11`). """
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        mounting_date: None | str | Unset
        if isinstance(self.mounting_date, Unset):
            mounting_date = UNSET
        else:
            mounting_date = self.mounting_date

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
        if mounting_date is not UNSET:
            field_dict["mountingDate"] = mounting_date
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        mounting_date = d.pop("mountingDate", UNSET)
        if not (mounting_date is None or isinstance(mounting_date, (str, Unset))):
            raise TypeError(f"mountingDate: unexpected value of type {type(mounting_date).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        tyre_mounting_date = cls(
            label=label,
            mounting_date=mounting_date,
            value=value,
        )

        tyre_mounting_date.additional_properties = d
        return tyre_mounting_date

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
