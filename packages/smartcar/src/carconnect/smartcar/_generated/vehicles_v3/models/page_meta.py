from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    page: int | None | Unset = UNSET
    page_number: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_number: int | None | Unset
        if isinstance(self.page_number, Unset):
            page_number = UNSET
        else:
            page_number = self.page_number

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page", UNSET)
        if not (page is None or isinstance(page, Unset)):
            try:
                if not (isinstance(page, (int, float, str)) and not isinstance(page, bool)):
                    raise TypeError()
                page_type_0 = int(page)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("page", page, error)) from None
            page = page_type_0

        page_number = d.pop("pageNumber", UNSET)
        if not (page_number is None or isinstance(page_number, Unset)):
            try:
                if not (isinstance(page_number, (int, float, str)) and not isinstance(page_number, bool)):
                    raise TypeError()
                page_number_type_0 = int(page_number)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("pageNumber", page_number, error)) from None
            page_number = page_number_type_0

        page_size = d.pop("pageSize", UNSET)
        if not (page_size is None or isinstance(page_size, Unset)):
            try:
                if not (isinstance(page_size, (int, float, str)) and not isinstance(page_size, bool)):
                    raise TypeError()
                page_size_type_0 = int(page_size)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("pageSize", page_size, error)) from None
            page_size = page_size_type_0

        total_count = d.pop("totalCount", UNSET)
        if not (total_count is None or isinstance(total_count, Unset)):
            try:
                if not (isinstance(total_count, (int, float, str)) and not isinstance(total_count, bool)):
                    raise TypeError()
                total_count_type_0 = int(total_count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("totalCount", total_count, error)) from None
            total_count = total_count_type_0

        page_meta = cls(
            page=page,
            page_number=page_number,
            page_size=page_size,
            total_count=total_count,
        )

        page_meta.additional_properties = d
        return page_meta

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
