from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compatibility_reason import CompatibilityReason
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Compatibility")


@_attrs_define
class Compatibility:
    compatible: bool
    """ Whether Smartcar supports the vehicle's make, model and connectivity hardware. """
    reason: CompatibilityReason | None | Unset = UNSET
    capabilities: list[Capability] | Unset = UNSET
    """ One capability per endpoint the asked permissions open (`read_battery`: `/battery`, `/battery/capacity`,
    ...); empty unless `compatible`, and evaluated for US VINs only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compatible = self.compatible

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, CompatibilityReason):
            reason = self.reason.value
        else:
            reason = self.reason

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compatible": compatible,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compatible = d.pop("compatible")
        if not isinstance(compatible, bool):
            raise TypeError("compatible: expected bool, got " + type(compatible).__name__)

        reason = d.pop("reason", UNSET)
        if not (reason is None or isinstance(reason, Unset)):
            try:
                if not isinstance(reason, str):
                    raise TypeError()
                reason_type_0 = CompatibilityReason.from_value(reason)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("reason", reason, error)) from None
            reason = reason_type_0

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[Capability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = Capability.from_dict(capabilities_item_data)

                capabilities.append(capabilities_item)

        compatibility = cls(
            compatible=compatible,
            reason=reason,
            capabilities=capabilities,
        )

        compatibility.additional_properties = d
        return compatibility

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
from ..models.capability import Capability
