from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandError")


@_attrs_define
class CommandError:
    command_execution_failure: CommandExecutionFailure | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_execution_failure: dict[str, Any] | None | Unset
        if isinstance(self.command_execution_failure, Unset):
            command_execution_failure = UNSET
        elif isinstance(self.command_execution_failure, CommandExecutionFailure):
            command_execution_failure = self.command_execution_failure.to_dict()
        else:
            command_execution_failure = self.command_execution_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_execution_failure is not UNSET:
            field_dict["commandExecutionFailure"] = command_execution_failure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_execution_failure = d.pop("commandExecutionFailure", UNSET)
        if not (command_execution_failure is None or isinstance(command_execution_failure, Unset)):
            try:
                if not isinstance(command_execution_failure, dict):
                    raise TypeError()
                command_execution_failure_type_0 = CommandExecutionFailure.from_dict(command_execution_failure)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandExecutionFailure", command_execution_failure, error)) from None
            command_execution_failure = command_execution_failure_type_0

        command_error = cls(
            command_execution_failure=command_execution_failure,
        )

        command_error.additional_properties = d
        return command_error

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
from ..models.command_execution_failure import CommandExecutionFailure
