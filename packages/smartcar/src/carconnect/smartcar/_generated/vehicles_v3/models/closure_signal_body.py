from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosureSignalBody")


@_attrs_define
class ClosureSignalBody:
    """One closure (front or rear trunk, engine cover, sunroof, tailgate)."""

    is_open: bool | None | Unset = UNSET
    is_locked: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open: bool | None | Unset
        if isinstance(self.is_open, Unset):
            is_open = UNSET
        else:
            is_open = self.is_open

        is_locked: bool | None | Unset
        if isinstance(self.is_locked, Unset):
            is_locked = UNSET
        else:
            is_locked = self.is_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_open = d.pop("isOpen", UNSET)
        if not (is_open is None or isinstance(is_open, (bool, Unset))):
            raise TypeError(f"isOpen: unexpected value of type {type(is_open).__name__}")

        is_locked = d.pop("isLocked", UNSET)
        if not (is_locked is None or isinstance(is_locked, (bool, Unset))):
            raise TypeError(f"isLocked: unexpected value of type {type(is_locked).__name__}")

        closure_signal_body = cls(
            is_open=is_open,
            is_locked=is_locked,
        )

        closure_signal_body.additional_properties = d
        return closure_signal_body

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
