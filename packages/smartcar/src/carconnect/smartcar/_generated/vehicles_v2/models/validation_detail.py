from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationDetail")


@_attrs_define
class ValidationDetail:
    field: list[int | str] | Unset = UNSET
    """ Path of the offending field. """
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: list[int | str] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = []
            for field_item_data in self.field:
                field_item: int | str
                field_item = field_item_data
                field.append(field_item)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _field = d.pop("field", UNSET)
        field: list[int | str] | Unset = UNSET
        if _field is not UNSET:
            field = []
            for field_item_data in _field:

                def _parse_field_item(data: object) -> int | str:
                    try:
                        if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                            raise TypeError()
                        field_item_type_1 = int(data)

                        return field_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if isinstance(data, str):
                        return data
                    raise TypeError(f"field_item: unexpected value of type {type(data).__name__}")

                field_item = _parse_field_item(field_item_data)

                field.append(field_item)

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        validation_detail = cls(
            field=field,
            message=message,
        )

        validation_detail.additional_properties = d
        return validation_detail

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
