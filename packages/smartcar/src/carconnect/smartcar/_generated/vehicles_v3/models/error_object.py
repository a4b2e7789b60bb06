from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..models.error_type import ErrorType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    status: None | str | Unset = UNSET
    """ HTTP status as a string; for long-running commands it may differ from the response's. """
    type_: ErrorType | Unset = UNSET
    """ Error family; the same families as in v2.0. """
    code: ErrorCode | None | Unset = UNSET
    title: None | str | Unset = UNSET
    detail: None | str | Unset = UNSET
    links: ErrorLinks | Unset = UNSET
    resolution: ErrorResolution | None | Unset = UNSET
    suggested_user_message: None | str | Unset = UNSET
    meta: ErrorMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        resolution: dict[str, Any] | None | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        suggested_user_message: None | str | Unset
        if isinstance(self.suggested_user_message, Unset):
            suggested_user_message = UNSET
        else:
            suggested_user_message = self.suggested_user_message

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ErrorMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if links is not UNSET:
            field_dict["links"] = links
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise TypeError(f"status: unexpected value of type {type(status).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: ErrorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ErrorType.from_value(_type_)

        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = ErrorCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        title = d.pop("title", UNSET)
        if not (title is None or isinstance(title, (str, Unset))):
            raise TypeError(f"title: unexpected value of type {type(title).__name__}")

        detail = d.pop("detail", UNSET)
        if not (detail is None or isinstance(detail, (str, Unset))):
            raise TypeError(f"detail: unexpected value of type {type(detail).__name__}")

        _links = d.pop("links", UNSET)
        links: ErrorLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ErrorLinks.from_dict(_links)

        resolution = d.pop("resolution", UNSET)
        if not (resolution is None or isinstance(resolution, Unset)):
            try:
                if not isinstance(resolution, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(resolution)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("resolution", resolution, error)) from None
            resolution = resolution_type_0

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)
        if not (suggested_user_message is None or isinstance(suggested_user_message, (str, Unset))):
            raise TypeError(f"suggestedUserMessage: unexpected value of type {type(suggested_user_message).__name__}")

        meta = d.pop("meta", UNSET)
        if not (meta is None or isinstance(meta, Unset)):
            try:
                if not isinstance(meta, dict):
                    raise TypeError()
                meta_type_0 = ErrorMeta.from_dict(meta)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("meta", meta, error)) from None
            meta = meta_type_0

        error_object = cls(
            status=status,
            type_=type_,
            code=code,
            title=title,
            detail=detail,
            links=links,
            resolution=resolution,
            suggested_user_message=suggested_user_message,
            meta=meta,
        )

        error_object.additional_properties = d
        return error_object

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
from ..models.error_links import ErrorLinks
from ..models.error_meta import ErrorMeta
from ..models.error_resolution import ErrorResolution
