from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_off_state import OnOffState

T = TypeVar("T", bound="AsuSettingsProperties")


@_attrs_define
class AsuSettingsProperties:
    """Arguments of `publishASUSettingsCommand` (automatic software updates)."""

    asu_state: OnOffState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asu_state = self.asu_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ASUState": asu_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asu_state = OnOffState.from_value(d.pop("ASUState"))

        asu_settings_properties = cls(
            asu_state=asu_state,
        )

        asu_settings_properties.additional_properties = d
        return asu_settings_properties

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
