from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalLinks")


@_attrs_define
class SignalLinks:
    self_: None | str | Unset = UNSET
    values: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_

        values: None | str | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)
        if not (self_ is None or isinstance(self_, (str, Unset))):
            raise TypeError(f"self: unexpected value of type {type(self_).__name__}")

        values = d.pop("values", UNSET)
        if not (values is None or isinstance(values, (str, Unset))):
            raise TypeError(f"values: unexpected value of type {type(values).__name__}")

        signal_links = cls(
            self_=self_,
            values=values,
        )

        signal_links.additional_properties = d
        return signal_links

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
