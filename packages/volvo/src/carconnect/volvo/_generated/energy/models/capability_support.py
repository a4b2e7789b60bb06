from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CapabilitySupport")


@_attrs_define
class CapabilitySupport:
    """Support flag of one member."""

    is_supported: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_supported: bool | None | Unset
        if isinstance(self.is_supported, Unset):
            is_supported = UNSET
        else:
            is_supported = self.is_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_supported is not UNSET:
            field_dict["isSupported"] = is_supported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_supported = d.pop("isSupported", UNSET)
        if not (is_supported is None or isinstance(is_supported, (bool, Unset))):
            raise TypeError(f"isSupported: unexpected value of type {type(is_supported).__name__}")

        capability_support = cls(
            is_supported=is_supported,
        )

        capability_support.additional_properties = d
        return capability_support

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
