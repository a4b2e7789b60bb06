from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus

T = TypeVar("T", bound="VehicleInfoResponse")


@_attrs_define
class VehicleInfoResponse:
    status: ResponseStatus
    """ Overall outcome of the request. """
    vehicle: VehicleInfo
    """ Vehicle information with its last known details, status and location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        vehicle = self.vehicle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "vehicle": vehicle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ResponseStatus.from_value(d.pop("status"))

        vehicle = VehicleInfo.from_dict(d.pop("vehicle"))

        vehicle_info_response = cls(
            status=status,
            vehicle=vehicle,
        )

        vehicle_info_response.additional_properties = d
        return vehicle_info_response

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
from ..models.vehicle_info import VehicleInfo
