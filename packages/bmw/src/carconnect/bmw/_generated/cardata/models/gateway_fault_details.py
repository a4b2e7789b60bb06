from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="GatewayFaultDetails")


@_attrs_define
class GatewayFaultDetails:
    faultstring: None | str | Unset = UNSET
    """ Human-readable fault, e.g. `Invalid Access Token`. """
    detail: GatewayFaultCode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faultstring: None | str | Unset
        if isinstance(self.faultstring, Unset):
            faultstring = UNSET
        else:
            faultstring = self.faultstring

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, GatewayFaultCode):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if faultstring is not UNSET:
            field_dict["faultstring"] = faultstring
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        faultstring = d.pop("faultstring", UNSET)
        if not (faultstring is None or isinstance(faultstring, (str, Unset))):
            raise TypeError(f"faultstring: unexpected value of type {type(faultstring).__name__}")

        detail = d.pop("detail", UNSET)
        if not (detail is None or isinstance(detail, Unset)):
            try:
                if not isinstance(detail, dict):
                    raise TypeError()
                detail_type_0 = GatewayFaultCode.from_dict(detail)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("detail", detail, error)) from None
            detail = detail_type_0

        gateway_fault_details = cls(
            faultstring=faultstring,
            detail=detail,
        )

        gateway_fault_details.additional_properties = d
        return gateway_fault_details

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
from ..models.gateway_fault_code import GatewayFaultCode
