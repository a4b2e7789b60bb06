from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayFaultCode")


@_attrs_define
class GatewayFaultCode:
    errorcode: None | str | Unset = UNSET
    """ Gateway error code, e.g. `keymanagement.service.invalid_access_token`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errorcode: None | str | Unset
        if isinstance(self.errorcode, Unset):
            errorcode = UNSET
        else:
            errorcode = self.errorcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errorcode is not UNSET:
            field_dict["errorcode"] = errorcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        errorcode = d.pop("errorcode", UNSET)
        if not (errorcode is None or isinstance(errorcode, (str, Unset))):
            raise TypeError(f"errorcode: unexpected value of type {type(errorcode).__name__}")

        gateway_fault_code = cls(
            errorcode=errorcode,
        )

        gateway_fault_code.additional_properties = d
        return gateway_fault_code

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
