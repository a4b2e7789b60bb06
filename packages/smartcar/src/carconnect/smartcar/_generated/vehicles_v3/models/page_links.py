from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageLinks")


@_attrs_define
class PageLinks:
    self_: None | str | Unset = UNSET
    first: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET
    last: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_

        first: None | str | Unset
        if isinstance(self.first, Unset):
            first = UNSET
        else:
            first = self.first

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        last: None | str | Unset
        if isinstance(self.last, Unset):
            last = UNSET
        else:
            last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)
        if not (self_ is None or isinstance(self_, (str, Unset))):
            raise TypeError(f"self: unexpected value of type {type(self_).__name__}")

        first = d.pop("first", UNSET)
        if not (first is None or isinstance(first, (str, Unset))):
            raise TypeError(f"first: unexpected value of type {type(first).__name__}")

        prev = d.pop("prev", UNSET)
        if not (prev is None or isinstance(prev, (str, Unset))):
            raise TypeError(f"prev: unexpected value of type {type(prev).__name__}")

        next_ = d.pop("next", UNSET)
        if not (next_ is None or isinstance(next_, (str, Unset))):
            raise TypeError(f"next: unexpected value of type {type(next_).__name__}")

        last = d.pop("last", UNSET)
        if not (last is None or isinstance(last, (str, Unset))):
            raise TypeError(f"last: unexpected value of type {type(last).__name__}")

        page_links = cls(
            self_=self_,
            first=first,
            prev=prev,
            next_=next_,
            last=last,
        )

        page_links.additional_properties = d
        return page_links

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
