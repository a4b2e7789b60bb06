from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FordApiError")


@_attrs_define
class FordApiError:
    """Error body of the Ford-hosted endpoints, e.g. `{"message":"Invalid or Expired Token","errorCode":"460"}`."""

    message: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    """ Ford error code as a string; "460" is an invalid or expired token. """
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        error_code = d.pop("errorCode", UNSET)
        if not (error_code is None or isinstance(error_code, (str, Unset))):
            raise TypeError(f"errorCode: unexpected value of type {type(error_code).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, (str, Unset))):
            raise TypeError(f"timestamp: unexpected value of type {type(timestamp).__name__}")

        ford_api_error = cls(
            message=message,
            error_code=error_code,
            timestamp=timestamp,
        )

        ford_api_error.additional_properties = d
        return ford_api_error

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
