from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    count: int | None | Unset = UNSET
    """ Total number of elements of the whole query. """
    offset: int | None | Unset = UNSET
    """ Index of the first element of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if not (count is None or isinstance(count, Unset)):
            try:
                if not (isinstance(count, (int, float, str)) and not isinstance(count, bool)):
                    raise TypeError()
                count_type_0 = int(count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("count", count, error)) from None
            count = count_type_0

        offset = d.pop("offset", UNSET)
        if not (offset is None or isinstance(offset, Unset)):
            try:
                if not (isinstance(offset, (int, float, str)) and not isinstance(offset, bool)):
                    raise TypeError()
                offset_type_0 = int(offset)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("offset", offset, error)) from None
            offset = offset_type_0

        paging = cls(
            count=count,
            offset=offset,
        )

        paging.additional_properties = d
        return paging

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
