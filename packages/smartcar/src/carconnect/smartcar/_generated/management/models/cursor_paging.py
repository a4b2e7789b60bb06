from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CursorPaging")


@_attrs_define
class CursorPaging:
    cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to get the next page; null on the last page. """
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)
        if not (cursor is None or isinstance(cursor, (str, Unset))):
            raise TypeError(f"cursor: unexpected value of type {type(cursor).__name__}")

        count = d.pop("count", UNSET)
        if not (count is None or isinstance(count, Unset)):
            try:
                if not (isinstance(count, (int, float, str)) and not isinstance(count, bool)):
                    raise TypeError()
                count_type_0 = int(count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("count", count, error)) from None
            count = count_type_0

        cursor_paging = cls(
            cursor=cursor,
            count=count,
        )

        cursor_paging.additional_properties = d
        return cursor_paging

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
