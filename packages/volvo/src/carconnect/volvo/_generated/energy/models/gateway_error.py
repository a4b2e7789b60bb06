from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """Error body of Volvo's API gateway, e.g. 403 `{"statusCode": 403, "message": "Out of call volume quota. Quota will be
    replenished in HH:MM:SS."}`.

    """

    status_code: int
    """ HTTP status echoed in the body. """
    message: str
    """ Human-readable explanation; the quota message gives the time until replenishment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_code = int(d.pop("statusCode"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected str, got " + type(message).__name__)

        gateway_error = cls(
            status_code=status_code,
            message=message,
        )

        gateway_error.additional_properties = d
        return gateway_error

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
