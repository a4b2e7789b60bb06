from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Windows")


@_attrs_define
class Windows:
    """Window and sunroof state."""

    front_left_window: None | OpenStatusField | Unset = UNSET
    front_right_window: None | OpenStatusField | Unset = UNSET
    rear_left_window: None | OpenStatusField | Unset = UNSET
    rear_right_window: None | OpenStatusField | Unset = UNSET
    sunroof: None | OpenStatusField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front_left_window: dict[str, Any] | None | Unset
        if isinstance(self.front_left_window, Unset):
            front_left_window = UNSET
        elif isinstance(self.front_left_window, OpenStatusField):
            front_left_window = self.front_left_window.to_dict()
        else:
            front_left_window = self.front_left_window

        front_right_window: dict[str, Any] | None | Unset
        if isinstance(self.front_right_window, Unset):
            front_right_window = UNSET
        elif isinstance(self.front_right_window, OpenStatusField):
            front_right_window = self.front_right_window.to_dict()
        else:
            front_right_window = self.front_right_window

        rear_left_window: dict[str, Any] | None | Unset
        if isinstance(self.rear_left_window, Unset):
            rear_left_window = UNSET
        elif isinstance(self.rear_left_window, OpenStatusField):
            rear_left_window = self.rear_left_window.to_dict()
        else:
            rear_left_window = self.rear_left_window

        rear_right_window: dict[str, Any] | None | Unset
        if isinstance(self.rear_right_window, Unset):
            rear_right_window = UNSET
        elif isinstance(self.rear_right_window, OpenStatusField):
            rear_right_window = self.rear_right_window.to_dict()
        else:
            rear_right_window = self.rear_right_window

        sunroof: dict[str, Any] | None | Unset
        if isinstance(self.sunroof, Unset):
            sunroof = UNSET
        elif isinstance(self.sunroof, OpenStatusField):
            sunroof = self.sunroof.to_dict()
        else:
            sunroof = self.sunroof

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if front_left_window is not UNSET:
            field_dict["frontLeftWindow"] = front_left_window
        if front_right_window is not UNSET:
            field_dict["frontRightWindow"] = front_right_window
        if rear_left_window is not UNSET:
            field_dict["rearLeftWindow"] = rear_left_window
        if rear_right_window is not UNSET:
            field_dict["rearRightWindow"] = rear_right_window
        if sunroof is not UNSET:
            field_dict["sunroof"] = sunroof

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        front_left_window = d.pop("frontLeftWindow", UNSET)
        if not (front_left_window is None or isinstance(front_left_window, Unset)):
            try:
                if not isinstance(front_left_window, dict):
                    raise TypeError()
                front_left_window_type_0 = OpenStatusField.from_dict(front_left_window)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeftWindow", front_left_window, error)) from None
            front_left_window = front_left_window_type_0

        front_right_window = d.pop("frontRightWindow", UNSET)
        if not (front_right_window is None or isinstance(front_right_window, Unset)):
            try:
                if not isinstance(front_right_window, dict):
                    raise TypeError()
                front_right_window_type_0 = OpenStatusField.from_dict(front_right_window)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRightWindow", front_right_window, error)) from None
            front_right_window = front_right_window_type_0

        rear_left_window = d.pop("rearLeftWindow", UNSET)
        if not (rear_left_window is None or isinstance(rear_left_window, Unset)):
            try:
                if not isinstance(rear_left_window, dict):
                    raise TypeError()
                rear_left_window_type_0 = OpenStatusField.from_dict(rear_left_window)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearLeftWindow", rear_left_window, error)) from None
            rear_left_window = rear_left_window_type_0

        rear_right_window = d.pop("rearRightWindow", UNSET)
        if not (rear_right_window is None or isinstance(rear_right_window, Unset)):
            try:
                if not isinstance(rear_right_window, dict):
                    raise TypeError()
                rear_right_window_type_0 = OpenStatusField.from_dict(rear_right_window)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearRightWindow", rear_right_window, error)) from None
            rear_right_window = rear_right_window_type_0

        sunroof = d.pop("sunroof", UNSET)
        if not (sunroof is None or isinstance(sunroof, Unset)):
            try:
                if not isinstance(sunroof, dict):
                    raise TypeError()
                sunroof_type_0 = OpenStatusField.from_dict(sunroof)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sunroof", sunroof, error)) from None
            sunroof = sunroof_type_0

        windows = cls(
            front_left_window=front_left_window,
            front_right_window=front_right_window,
            rear_left_window=rear_left_window,
            rear_right_window=rear_right_window,
            sunroof=sunroof,
        )

        windows.additional_properties = d
        return windows

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
from ..models.open_status_field import OpenStatusField
