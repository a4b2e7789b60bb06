from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_type import CommandType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandRequest")


@_attrs_define
class CommandRequest:
    type_: CommandType
    """ Command names. v1: remoteStart, cancelRemoteStart, lock, unlock, statusRefresh, startPanicCue, trailer light
    check. v1beta: the rest. """
    properties: CommandProperties
    """ Command-specific arguments; empty for most commands. See `PanicCueProperties`, `AsuSettingsProperties` and
    `DepartureTimesProperties`. """
    tags: CommandTags
    """ Free-form command tags (clients send an empty object). """
    wake_up: bool
    """ Wake the vehicle's modem first. """
    version: str | Unset = UNSET
    """ v1beta only (`1.0.0`, `1.0.1` for charging, `1` for departure times). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        properties = self.properties.to_dict()

        tags = self.tags.to_dict()

        wake_up = self.wake_up

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
                "tags": tags,
                "wakeUp": wake_up,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CommandType.from_value(d.pop("type"))

        properties = CommandProperties.from_dict(d.pop("properties"))

        tags = CommandTags.from_dict(d.pop("tags"))

        wake_up = d.pop("wakeUp")
        if not isinstance(wake_up, bool):
            raise TypeError("wakeUp: expected bool, got " + type(wake_up).__name__)

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            raise TypeError("version: expected str, got " + type(version).__name__)

        command_request = cls(
            type_=type_,
            properties=properties,
            tags=tags,
            wake_up=wake_up,
            version=version,
        )

        command_request.additional_properties = d
        return command_request

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
from ..models.command_properties import CommandProperties
from ..models.command_tags import CommandTags
