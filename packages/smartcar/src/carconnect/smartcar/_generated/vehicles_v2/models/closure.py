from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closure_state import ClosureState
from ..models.closure_type import ClosureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Closure")


@_attrs_define
class Closure:
    type_: ClosureType | Unset = UNSET
    """ Door and window positions, storage `front`/`rear`, and the single sunroof and charging port. """
    status: ClosureState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ClosureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClosureType.from_value(_type_)

        _status = d.pop("status", UNSET)
        status: ClosureState | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClosureState.from_value(_status)

        closure = cls(
            type_=type_,
            status=status,
        )

        closure.additional_properties = d
        return closure

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
