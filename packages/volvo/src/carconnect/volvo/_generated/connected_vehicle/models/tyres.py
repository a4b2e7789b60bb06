from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Tyres")


@_attrs_define
class Tyres:
    """Tyre pressure warning per wheel."""

    front_left: None | TyrePressureWarningField | Unset = UNSET
    front_right: None | TyrePressureWarningField | Unset = UNSET
    rear_left: None | TyrePressureWarningField | Unset = UNSET
    rear_right: None | TyrePressureWarningField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front_left: dict[str, Any] | None | Unset
        if isinstance(self.front_left, Unset):
            front_left = UNSET
        elif isinstance(self.front_left, TyrePressureWarningField):
            front_left = self.front_left.to_dict()
        else:
            front_left = self.front_left

        front_right: dict[str, Any] | None | Unset
        if isinstance(self.front_right, Unset):
            front_right = UNSET
        elif isinstance(self.front_right, TyrePressureWarningField):
            front_right = self.front_right.to_dict()
        else:
            front_right = self.front_right

        rear_left: dict[str, Any] | None | Unset
        if isinstance(self.rear_left, Unset):
            rear_left = UNSET
        elif isinstance(self.rear_left, TyrePressureWarningField):
            rear_left = self.rear_left.to_dict()
        else:
            rear_left = self.rear_left

        rear_right: dict[str, Any] | None | Unset
        if isinstance(self.rear_right, Unset):
            rear_right = UNSET
        elif isinstance(self.rear_right, TyrePressureWarningField):
            rear_right = self.rear_right.to_dict()
        else:
            rear_right = self.rear_right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if front_left is not UNSET:
            field_dict["frontLeft"] = front_left
        if front_right is not UNSET:
            field_dict["frontRight"] = front_right
        if rear_left is not UNSET:
            field_dict["rearLeft"] = rear_left
        if rear_right is not UNSET:
            field_dict["rearRight"] = rear_right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        front_left = d.pop("frontLeft", UNSET)
        if not (front_left is None or isinstance(front_left, Unset)):
            try:
                if not isinstance(front_left, dict):
                    raise TypeError()
                front_left_type_0 = TyrePressureWarningField.from_dict(front_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeft", front_left, error)) from None
            front_left = front_left_type_0

        front_right = d.pop("frontRight", UNSET)
        if not (front_right is None or isinstance(front_right, Unset)):
            try:
                if not isinstance(front_right, dict):
                    raise TypeError()
                front_right_type_0 = TyrePressureWarningField.from_dict(front_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRight", front_right, error)) from None
            front_right = front_right_type_0

        rear_left = d.pop("rearLeft", UNSET)
        if not (rear_left is None or isinstance(rear_left, Unset)):
            try:
                if not isinstance(rear_left, dict):
                    raise TypeError()
                rear_left_type_0 = TyrePressureWarningField.from_dict(rear_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearLeft", rear_left, error)) from None
            rear_left = rear_left_type_0

        rear_right = d.pop("rearRight", UNSET)
        if not (rear_right is None or isinstance(rear_right, Unset)):
            try:
                if not isinstance(rear_right, dict):
                    raise TypeError()
                rear_right_type_0 = TyrePressureWarningField.from_dict(rear_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearRight", rear_right, error)) from None
            rear_right = rear_right_type_0

        tyres = cls(
            front_left=front_left,
            front_right=front_right,
            rear_left=rear_left,
            rear_right=rear_right,
        )

        tyres.additional_properties = d
        return tyres

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
from ..models.tyre_pressure_warning_field import TyrePressureWarningField
