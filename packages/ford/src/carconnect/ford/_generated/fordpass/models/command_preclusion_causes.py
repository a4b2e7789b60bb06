from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandPreclusionCauses")


@_attrs_define
class CommandPreclusionCauses:
    """Why the vehicle refuses commands, by cause, e.g. `deepSleepCommandPreclusionState:
    COMMANDS_PRECLUDED_BY_DEEP_SLEEP`.

    """

    deep_sleep_command_preclusion_state: None | str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deep_sleep_command_preclusion_state: None | str | Unset
        if isinstance(self.deep_sleep_command_preclusion_state, Unset):
            deep_sleep_command_preclusion_state = UNSET
        else:
            deep_sleep_command_preclusion_state = self.deep_sleep_command_preclusion_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deep_sleep_command_preclusion_state is not UNSET:
            field_dict["deepSleepCommandPreclusionState"] = deep_sleep_command_preclusion_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deep_sleep_command_preclusion_state = d.pop("deepSleepCommandPreclusionState", UNSET)
        if not (
            deep_sleep_command_preclusion_state is None or isinstance(deep_sleep_command_preclusion_state, (str, Unset))
        ):
            raise TypeError(
                f"deepSleepCommandPreclusionState: unexpected value of type {type(deep_sleep_command_preclusion_state).__name__}"
            )

        command_preclusion_causes = cls(
            deep_sleep_command_preclusion_state=deep_sleep_command_preclusion_state,
        )

        command_preclusion_causes.additional_properties = d
        return command_preclusion_causes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
