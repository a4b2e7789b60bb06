from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandStateData")


@_attrs_define
class CommandStateData:
    """Failure and preclusion details of a command."""

    command_error: CommandError | None | Unset = UNSET
    command_expiration_context: CommandExpirationContext | None | Unset = UNSET
    command_preclusion_causes: CommandPreclusionCauses | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_error: dict[str, Any] | None | Unset
        if isinstance(self.command_error, Unset):
            command_error = UNSET
        elif isinstance(self.command_error, CommandError):
            command_error = self.command_error.to_dict()
        else:
            command_error = self.command_error

        command_expiration_context: dict[str, Any] | None | Unset
        if isinstance(self.command_expiration_context, Unset):
            command_expiration_context = UNSET
        elif isinstance(self.command_expiration_context, CommandExpirationContext):
            command_expiration_context = self.command_expiration_context.to_dict()
        else:
            command_expiration_context = self.command_expiration_context

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
        if command_error is not UNSET:
            field_dict["commandError"] = command_error
        if command_expiration_context is not UNSET:
            field_dict["commandExpirationContext"] = command_expiration_context
        if command_preclusion_causes is not UNSET:
            field_dict["commandPreclusionCauses"] = command_preclusion_causes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_error = d.pop("commandError", UNSET)
        if not (command_error is None or isinstance(command_error, Unset)):
            try:
                if not isinstance(command_error, dict):
                    raise TypeError()
                command_error_type_0 = CommandError.from_dict(command_error)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandError", command_error, error)) from None
            command_error = command_error_type_0

        command_expiration_context = d.pop("commandExpirationContext", UNSET)
        if not (command_expiration_context is None or isinstance(command_expiration_context, Unset)):
            try:
                if not isinstance(command_expiration_context, dict):
                    raise TypeError()
                command_expiration_context_type_0 = CommandExpirationContext.from_dict(command_expiration_context)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandExpirationContext", command_expiration_context, error)) from None
            command_expiration_context = command_expiration_context_type_0

        command_preclusion_causes = d.pop("commandPreclusionCauses", UNSET)
        if not (command_preclusion_causes is None or isinstance(command_preclusion_causes, Unset)):
            try:
                if not isinstance(command_preclusion_causes, dict):
                    raise TypeError()
                command_preclusion_causes_type_0 = CommandPreclusionCauses.from_dict(command_preclusion_causes)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandPreclusionCauses", command_preclusion_causes, error)) from None
            command_preclusion_causes = command_preclusion_causes_type_0

        command_state_data = cls(
            command_error=command_error,
            command_expiration_context=command_expiration_context,
            command_preclusion_causes=command_preclusion_causes,
        )

        command_state_data.additional_properties = d
        return command_state_data

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
from ..models.command_error import CommandError
from ..models.command_expiration_context import CommandExpirationContext
from ..models.command_preclusion_causes import CommandPreclusionCauses
