from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchResponseItem")


@_attrs_define
class BatchResponseItem:
    path: str
    code: int
    """ HTTP status of this item. """
    headers: BatchItemHeaders | Unset = UNSET
    """ The item's own response headers (lower-case `sc-*` names); other headers stay as extra keys. """
    body: BatchItemBody | list[Any] | MalformedBatchItemBody | None | Unset = UNSET
    """ A JSON object for most paths; `/service/history` answers with an array. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        code = self.code

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, BatchItemBody):
            body = self.body.to_dict()
        elif isinstance(self.body, list):
            body = self.body

        elif isinstance(self.body, MalformedBatchItemBody):
            body = self.body.to_dict()
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "code": code,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")
        if not isinstance(path, str):
            raise TypeError("path: expected str, got " + type(path).__name__)

        code = int(d.pop("code"))

        _headers = d.pop("headers", UNSET)
        headers: BatchItemHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = BatchItemHeaders.from_dict(_headers)

        def _parse_body(data: object) -> BatchItemBody | list[Any] | MalformedBatchItemBody | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = BatchItemBody.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                body_type_1 = cast(list[Any], data)

                return body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_2 = MalformedBatchItemBody.from_dict(data)

                return body_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"body: unexpected value of type {type(data).__name__}")

        body = _parse_body(d.pop("body", UNSET))

        batch_response_item = cls(
            path=path,
            code=code,
            headers=headers,
            body=body,
        )

        batch_response_item.additional_properties = d
        return batch_response_item

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
from ..models.batch_item_body import BatchItemBody
from ..models.batch_item_headers import BatchItemHeaders
from ..models.malformed_batch_item_body import MalformedBatchItemBody
