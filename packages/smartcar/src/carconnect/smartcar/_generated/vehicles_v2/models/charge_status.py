from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState
from ..types import field_error

T = TypeVar("T", bound="ChargeStatus")


@_attrs_define
class ChargeStatus:
    is_plugged_in: bool | None
    """ Null when the make does not report it. """
    state: ChargeState | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_plugged_in: bool | None
        is_plugged_in = self.is_plugged_in

        state: None | str
        if isinstance(self.state, ChargeState):
            state = self.state.value
        else:
            state = self.state

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
        if not (is_plugged_in is None or isinstance(is_plugged_in, bool)):
            raise TypeError(f"isPluggedIn: unexpected value of type {type(is_plugged_in).__name__}")

        state = d.pop("state")
        if not (state is None):
            try:
                if not isinstance(state, str):
                    raise TypeError()
                state_type_0 = ChargeState.from_value(state)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("state", state, error)) from None
            state = state_type_0

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
