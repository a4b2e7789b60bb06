from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resolution_type import ResolutionType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ErrorResolution")


@_attrs_define
class ErrorResolution:
    type_: None | ResolutionType | Unset = UNSET
    url: None | str | Unset = UNSET
    """ Where to send the user, e.g. a prepared re-authentication link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ResolutionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, Unset)):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = ResolutionType.from_value(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("type", type_, error)) from None
            type_ = type_type_0

        url = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise TypeError(f"url: unexpected value of type {type(url).__name__}")

        error_resolution = cls(
            type_=type_,
            url=url,
        )

        error_resolution.additional_properties = d
        return error_resolution

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
