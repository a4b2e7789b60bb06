from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnergyErrorDetail")


@_attrs_define
class EnergyErrorDetail:
    """One validation problem."""

    code: None | str | Unset = UNSET
    """ Detail code such as CHARGING_SCHEDULE_KIND_NOT_SUPPORTED. """
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, (str, Unset))):
            raise TypeError(f"code: unexpected value of type {type(code).__name__}")

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        energy_error_detail = cls(
            code=code,
            message=message,
        )

        energy_error_detail.additional_properties = d
        return energy_error_detail

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
