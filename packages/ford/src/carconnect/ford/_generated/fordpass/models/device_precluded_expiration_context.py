from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="DevicePrecludedExpirationContext")


@_attrs_define
class DevicePrecludedExpirationContext:
    command_preclusion_causes: CommandPreclusionCauses | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_preclusion_causes: dict[str, Any] | None | Unset
        if isinstance(self.command_preclusion_causes, Unset):
            command_preclusion_causes = UNSET
        elif isinstance(self.command_preclusion_causes, CommandPreclusionCauses):
            command_preclusion_causes = self.command_preclusion_causes.to_dict()
        else:
            command_preclusion_causes = self.command_preclusion_causes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_preclusion_causes is not UNSET:
            field_dict["commandPreclusionCauses"] = command_preclusion_causes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_preclusion_causes = d.pop("commandPreclusionCauses", UNSET)
        if not (command_preclusion_causes is None or isinstance(command_preclusion_causes, Unset)):
            try:
                if not isinstance(command_preclusion_causes, dict):
                    raise TypeError()
                command_preclusion_causes_type_0 = CommandPreclusionCauses.from_dict(command_preclusion_causes)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandPreclusionCauses", command_preclusion_causes, error)) from None
            command_preclusion_causes = command_preclusion_causes_type_0

        device_precluded_expiration_context = cls(
            command_preclusion_causes=command_preclusion_causes,
        )

        device_precluded_expiration_context.additional_properties = d
        return device_precluded_expiration_context

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
from ..models.command_preclusion_causes import CommandPreclusionCauses
