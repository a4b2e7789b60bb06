from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState

T = TypeVar("T", bound="ChargeStatus")


@_attrs_define
class ChargeStatus:
    is_plugged_in: bool
    state: ChargeState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_plugged_in = self.is_plugged_in

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isPluggedIn": is_plugged_in,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_plugged_in = d.pop("isPluggedIn")
        if not isinstance(is_plugged_in, bool):
            raise TypeError("isPluggedIn: expected bool, got " + type(is_plugged_in).__name__)

        state = ChargeState.from_value(d.pop("state"))

        charge_status = cls(
            is_plugged_in=is_plugged_in,
            state=state,
        )

        charge_status.additional_properties = d
        return charge_status

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
