from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_health import SystemHealth
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosticSystem")


@_attrs_define
class DiagnosticSystem:
    system_id: str
    """ e.g. `SYSTEM_ENGINE`, `SYSTEM_TPMS`. """
    status: SystemHealth
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_id = self.system_id

        status = self.status.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemId": system_id,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        system_id = d.pop("systemId")
        if not isinstance(system_id, str):
            raise TypeError("systemId: expected str, got " + type(system_id).__name__)

        status = SystemHealth.from_value(d.pop("status"))

        description = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise TypeError(f"description: unexpected value of type {type(description).__name__}")

        diagnostic_system = cls(
            system_id=system_id,
            status=status,
            description=description,
        )

        diagnostic_system.additional_properties = d
        return diagnostic_system

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
