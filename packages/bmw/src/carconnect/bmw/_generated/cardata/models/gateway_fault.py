from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayFault")


@_attrs_define
class GatewayFault:
    """Fault body of BMW's gateway, not CarData-shaped, e.g. `Invalid Access Token` with
    `keymanagement.service.invalid_access_token`. Seen as HTTP 500 from the login server; listed here in case the API
    gateway answers the same way.

    """

    fault: GatewayFaultDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fault": fault,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fault = GatewayFaultDetails.from_dict(d.pop("fault"))

        gateway_fault = cls(
            fault=fault,
        )

        gateway_fault.additional_properties = d
        return gateway_fault

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
from ..models.gateway_fault_details import GatewayFaultDetails
