from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lock_state import LockState
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LockStatus")


@_attrs_define
class LockStatus:
    value: LockState | None | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, LockState):
            value = self.value.value
        else:
            value = self.value

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = LockState.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, (str, Unset))):
            raise TypeError(f"timestamp: unexpected value of type {type(timestamp).__name__}")

        lock_status = cls(
            value=value,
            timestamp=timestamp,
        )

        lock_status.additional_properties = d
        return lock_status

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
