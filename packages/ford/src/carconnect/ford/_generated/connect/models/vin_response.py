from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VinResponse")


@_attrs_define
class VinResponse:
    vin: str
    status: None | ResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin = self.vin

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResponseStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin")
        if not isinstance(vin, str):
            raise TypeError("vin: expected str, got " + type(vin).__name__)

        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, Unset)):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_0 = ResponseStatus.from_value(status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("status", status, error)) from None
            status = status_type_0

        vin_response = cls(
            vin=vin,
            status=status,
        )

        vin_response.additional_properties = d
        return vin_response

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
