from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_reason import CapabilityReason
from ..models.permission import Permission
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Capability")


@_attrs_define
class Capability:
    capable: bool
    permission: Permission | Unset = UNSET
    """ An OAuth scope. """
    endpoint: str | Unset = UNSET
    """ e.g. `/battery/capacity`. """
    reason: CapabilityReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capable = self.capable

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        endpoint = self.endpoint

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, CapabilityReason):
            reason = self.reason.value
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capable": capable,
            }
        )
        if permission is not UNSET:
            field_dict["permission"] = permission
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        capable = d.pop("capable")
        if not isinstance(capable, bool):
            raise TypeError("capable: expected bool, got " + type(capable).__name__)

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission.from_value(_permission)

        endpoint = d.pop("endpoint", UNSET)
        if not isinstance(endpoint, (str, Unset)):
            raise TypeError("endpoint: expected str, got " + type(endpoint).__name__)

        reason = d.pop("reason", UNSET)
        if not (reason is None or isinstance(reason, Unset)):
            try:
                if not isinstance(reason, str):
                    raise TypeError()
                reason_type_0 = CapabilityReason.from_value(reason)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("reason", reason, error)) from None
            reason = reason_type_0

        capability = cls(
            capable=capable,
            permission=permission,
            endpoint=endpoint,
            reason=reason,
        )

        capability.additional_properties = d
        return capability

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
