from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="OemValue")


@_attrs_define
class OemValue:
    """A raw vehicle-message value."""

    string_value: None | str | Unset = UNSET
    byte_value: None | str | Unset = UNSET
    """ Base64. """
    string_array_value: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        string_value: None | str | Unset
        if isinstance(self.string_value, Unset):
            string_value = UNSET
        else:
            string_value = self.string_value

        byte_value: None | str | Unset
        if isinstance(self.byte_value, Unset):
            byte_value = UNSET
        else:
            byte_value = self.byte_value

        string_array_value: list[str] | None | Unset
        if isinstance(self.string_array_value, Unset):
            string_array_value = UNSET
        elif isinstance(self.string_array_value, list):
            string_array_value = self.string_array_value

        else:
            string_array_value = self.string_array_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if string_value is not UNSET:
            field_dict["stringValue"] = string_value
        if byte_value is not UNSET:
            field_dict["byteValue"] = byte_value
        if string_array_value is not UNSET:
            field_dict["stringArrayValue"] = string_array_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        string_value = d.pop("stringValue", UNSET)
        if not (string_value is None or isinstance(string_value, (str, Unset))):
            raise TypeError(f"stringValue: unexpected value of type {type(string_value).__name__}")

        byte_value = d.pop("byteValue", UNSET)
        if not (byte_value is None or isinstance(byte_value, (str, Unset))):
            raise TypeError(f"byteValue: unexpected value of type {type(byte_value).__name__}")

        string_array_value = d.pop("stringArrayValue", UNSET)
        if not (string_array_value is None or isinstance(string_array_value, Unset)):
            try:
                if not isinstance(string_array_value, list):
                    raise TypeError()
                string_array_value_type_0 = cast(list[str], string_array_value)
                if not isinstance(string_array_value_type_0, list) or not all(
                    isinstance(item, str) for item in string_array_value_type_0
                ):
                    raise TypeError("expected a list of str")

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("stringArrayValue", string_array_value, error)) from None
            string_array_value = string_array_value_type_0

        oem_value = cls(
            string_value=string_value,
            byte_value=byte_value,
            string_array_value=string_array_value,
        )

        oem_value.additional_properties = d
        return oem_value

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
