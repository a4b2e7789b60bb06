from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateTrigger")


@_attrs_define
class StateTrigger:
    """What caused a command state transition, keyed by its source."""

    unknown: str | Unset = UNSET
    """ e.g. `actuation_succeeded`. """
    device_wakeup: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unknown = self.unknown

        device_wakeup = self.device_wakeup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unknown is not UNSET:
            field_dict["unknown"] = unknown
        if device_wakeup is not UNSET:
            field_dict["deviceWakeup"] = device_wakeup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unknown = d.pop("unknown", UNSET)
        if not isinstance(unknown, (str, Unset)):
            raise TypeError("unknown: expected str, got " + type(unknown).__name__)

        device_wakeup = d.pop("deviceWakeup", UNSET)
        if not isinstance(device_wakeup, (str, Unset)):
            raise TypeError("deviceWakeup: expected str, got " + type(device_wakeup).__name__)

        state_trigger = cls(
            unknown=unknown,
            device_wakeup=device_wakeup,
        )

        state_trigger.additional_properties = d
        return state_trigger

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
