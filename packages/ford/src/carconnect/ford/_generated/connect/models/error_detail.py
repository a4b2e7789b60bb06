from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_status_code import ErrorStatusCode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    code: int | None | Unset = UNSET
    """ 3000 unauthorized user, 4002 not found, 4006 not acceptable. """
    title: None | str | Unset = UNSET
    details: None | str | Unset = UNSET
    status_code: ErrorStatusCode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        status_code: None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        elif isinstance(self.status_code, ErrorStatusCode):
            status_code = self.status_code.value
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if details is not UNSET:
            field_dict["details"] = details
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not (isinstance(code, (int, float, str)) and not isinstance(code, bool)):
                    raise TypeError()
                code_type_0 = int(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        title = d.pop("title", UNSET)
        if not (title is None or isinstance(title, (str, Unset))):
            raise TypeError(f"title: unexpected value of type {type(title).__name__}")

        details = d.pop("details", UNSET)
        if not (details is None or isinstance(details, (str, Unset))):
            raise TypeError(f"details: unexpected value of type {type(details).__name__}")

        status_code = d.pop("statusCode", UNSET)
        if not (status_code is None or isinstance(status_code, Unset)):
            try:
                if not isinstance(status_code, str):
                    raise TypeError()
                status_code_type_0 = ErrorStatusCode.from_value(status_code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("statusCode", status_code, error)) from None
            status_code = status_code_type_0

        error_detail = cls(
            code=code,
            title=title,
            details=details,
            status_code=status_code,
        )

        error_detail.additional_properties = d
        return error_detail

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
