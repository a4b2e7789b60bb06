from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..models.error_type import ErrorType
from ..models.resolution_type import ResolutionType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body of every non-2xx response (and of failed batch items)."""

    type_: ErrorType
    """ Error family; each maps to one HTTP status. """
    code: ErrorCode | None | Unset = UNSET
    """ Null for types without codes; casing is not guaranteed (`Vehicle` has been seen). """
    description: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    request_id: None | str | Unset = UNSET
    resolution: ErrorResolution | None | ResolutionType | Unset = UNSET
    """ An object; older payloads send the bare resolution type as a string. """
    detail: list[ValidationDetail] | None | Unset = UNSET
    """ Validation problems, one per field. """
    suggested_user_message: None | str | Unset = UNSET
    """ Text that can be shown to the end user as is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        elif isinstance(self.resolution, ResolutionType):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        detail: list[dict[str, Any]] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, list):
            detail = []
            for detail_type_0_item_data in self.detail:
                detail_type_0_item = detail_type_0_item_data.to_dict()
                detail.append(detail_type_0_item)

        else:
            detail = self.detail

        suggested_user_message: None | str | Unset
        if isinstance(self.suggested_user_message, Unset):
            suggested_user_message = UNSET
        else:
            suggested_user_message = self.suggested_user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if detail is not UNSET:
            field_dict["detail"] = detail
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ErrorType.from_value(d.pop("type"))

        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = ErrorCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        description = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise TypeError(f"description: unexpected value of type {type(description).__name__}")

        doc_url = d.pop("docURL", UNSET)
        if not (doc_url is None or isinstance(doc_url, (str, Unset))):
            raise TypeError(f"docURL: unexpected value of type {type(doc_url).__name__}")

        status_code = d.pop("statusCode", UNSET)
        if not (status_code is None or isinstance(status_code, Unset)):
            try:
                if not (isinstance(status_code, (int, float, str)) and not isinstance(status_code, bool)):
                    raise TypeError()
                status_code_type_0 = int(status_code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("statusCode", status_code, error)) from None
            status_code = status_code_type_0

        request_id = d.pop("requestId", UNSET)
        if not (request_id is None or isinstance(request_id, (str, Unset))):
            raise TypeError(f"requestId: unexpected value of type {type(request_id).__name__}")

        def _parse_resolution(data: object) -> ErrorResolution | None | ResolutionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_1 = ResolutionType.from_value(data)

                return resolution_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"resolution: unexpected value of type {type(data).__name__}")

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        detail = d.pop("detail", UNSET)
        if not (detail is None or isinstance(detail, Unset)):
            try:
                if not isinstance(detail, list):
                    raise TypeError()
                detail_type_0 = []
                _detail_type_0 = detail
                for detail_type_0_item_data in _detail_type_0:
                    detail_type_0_item = ValidationDetail.from_dict(detail_type_0_item_data)

                    detail_type_0.append(detail_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("detail", detail, error)) from None
            detail = detail_type_0

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)
        if not (suggested_user_message is None or isinstance(suggested_user_message, (str, Unset))):
            raise TypeError(f"suggestedUserMessage: unexpected value of type {type(suggested_user_message).__name__}")

        error = cls(
            type_=type_,
            code=code,
            description=description,
            doc_url=doc_url,
            status_code=status_code,
            request_id=request_id,
            resolution=resolution,
            detail=detail,
            suggested_user_message=suggested_user_message,
        )

        error.additional_properties = d
        return error

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
from ..models.error_resolution import ErrorResolution
from ..models.validation_detail import ValidationDetail
