from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_name import CommandName
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableCommand")


@_attrs_define
class AvailableCommand:
    """A command the car supports."""

    command: CommandName
    """ Name of a remote command. SEND_NAVI_POI has no public endpoint. """
    href: None | str | Unset = UNSET
    """ Where to invoke it. Live answers are relative to the API root without the `/connected-vehicle` prefix
    (`/v2/vehicles/{vin}/commands/lock`); documentation shows absolute URLs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command.value

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = CommandName.from_value(d.pop("command"))

        href = d.pop("href", UNSET)
        if not (href is None or isinstance(href, (str, Unset))):
            raise TypeError(f"href: unexpected value of type {type(href).__name__}")

        available_command = cls(
            command=command,
            href=href,
        )

        available_command.additional_properties = d
        return available_command

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
