from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargingBusinessError")


@_attrs_define
class ChargingBusinessError:
    creation_time: None | str | Unset = UNSET
    """ When the error was recorded. ISO 8601-like, but the server uses several formats, so it is kept as text. """
    hint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_time: None | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        hint: None | str | Unset
        if isinstance(self.hint, Unset):
            hint = UNSET
        else:
            hint = self.hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creation_time = d.pop("creationTime", UNSET)
        if not (creation_time is None or isinstance(creation_time, (str, Unset))):
            raise TypeError(f"creationTime: unexpected value of type {type(creation_time).__name__}")

        hint = d.pop("hint", UNSET)
        if not (hint is None or isinstance(hint, (str, Unset))):
            raise TypeError(f"hint: unexpected value of type {type(hint).__name__}")

        charging_business_error = cls(
            creation_time=creation_time,
            hint=hint,
        )

        charging_business_error.additional_properties = d
        return charging_business_error

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
