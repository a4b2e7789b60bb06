from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyreQualityStatus")


@_attrs_define
class TyreQualityStatus:
    label: None | str | Unset = UNSET
    quality_status: None | str | Unset = UNSET
    """ Status code, e.g. `GOOD`. """
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        quality_status: None | str | Unset
        if isinstance(self.quality_status, Unset):
            quality_status = UNSET
        else:
            quality_status = self.quality_status

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
        if quality_status is not UNSET:
            field_dict["qualityStatus"] = quality_status
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        quality_status = d.pop("qualityStatus", UNSET)
        if not (quality_status is None or isinstance(quality_status, (str, Unset))):
            raise TypeError(f"qualityStatus: unexpected value of type {type(quality_status).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        tyre_quality_status = cls(
            label=label,
            quality_status=quality_status,
            value=value,
        )

        tyre_quality_status.additional_properties = d
        return tyre_quality_status

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
