from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TirePressure")


@_attrs_define
class TirePressure:
    """kPa (psi in imperial); a wheel the vehicle does not report is null."""

    front_left: float | None | Unset = UNSET
    front_right: float | None | Unset = UNSET
    back_left: float | None | Unset = UNSET
    back_right: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front_left: float | None | Unset
        if isinstance(self.front_left, Unset):
            front_left = UNSET
        else:
            front_left = self.front_left

        front_right: float | None | Unset
        if isinstance(self.front_right, Unset):
            front_right = UNSET
        else:
            front_right = self.front_right

        back_left: float | None | Unset
        if isinstance(self.back_left, Unset):
            back_left = UNSET
        else:
            back_left = self.back_left

        back_right: float | None | Unset
        if isinstance(self.back_right, Unset):
            back_right = UNSET
        else:
            back_right = self.back_right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if front_left is not UNSET:
            field_dict["frontLeft"] = front_left
        if front_right is not UNSET:
            field_dict["frontRight"] = front_right
        if back_left is not UNSET:
            field_dict["backLeft"] = back_left
        if back_right is not UNSET:
            field_dict["backRight"] = back_right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        front_left = d.pop("frontLeft", UNSET)
        if not (front_left is None or isinstance(front_left, Unset)):
            try:
                if not (isinstance(front_left, (int, float, str)) and not isinstance(front_left, bool)):
                    raise TypeError()
                front_left_type_0 = float(front_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeft", front_left, error)) from None
            front_left = front_left_type_0

        front_right = d.pop("frontRight", UNSET)
        if not (front_right is None or isinstance(front_right, Unset)):
            try:
                if not (isinstance(front_right, (int, float, str)) and not isinstance(front_right, bool)):
                    raise TypeError()
                front_right_type_0 = float(front_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRight", front_right, error)) from None
            front_right = front_right_type_0

        back_left = d.pop("backLeft", UNSET)
        if not (back_left is None or isinstance(back_left, Unset)):
            try:
                if not (isinstance(back_left, (int, float, str)) and not isinstance(back_left, bool)):
                    raise TypeError()
                back_left_type_0 = float(back_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("backLeft", back_left, error)) from None
            back_left = back_left_type_0

        back_right = d.pop("backRight", UNSET)
        if not (back_right is None or isinstance(back_right, Unset)):
            try:
                if not (isinstance(back_right, (int, float, str)) and not isinstance(back_right, bool)):
                    raise TypeError()
                back_right_type_0 = float(back_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("backRight", back_right, error)) from None
            back_right = back_right_type_0

        tire_pressure = cls(
            front_left=front_left,
            front_right=front_right,
            back_left=back_left,
            back_right=back_right,
        )

        tire_pressure.additional_properties = d
        return tire_pressure

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
