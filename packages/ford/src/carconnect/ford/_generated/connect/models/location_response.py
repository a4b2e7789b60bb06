from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LocationResponse")


@_attrs_define
class LocationResponse:
    status: ResponseStatus
    """ Overall outcome of the request. """
    vehicle_location: None | Unset | VehicleLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        vehicle_location: dict[str, Any] | None | Unset
        if isinstance(self.vehicle_location, Unset):
            vehicle_location = UNSET
        elif isinstance(self.vehicle_location, VehicleLocation):
            vehicle_location = self.vehicle_location.to_dict()
        else:
            vehicle_location = self.vehicle_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if vehicle_location is not UNSET:
            field_dict["vehicleLocation"] = vehicle_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ResponseStatus.from_value(d.pop("status"))

        vehicle_location = d.pop("vehicleLocation", UNSET)
        if not (vehicle_location is None or isinstance(vehicle_location, Unset)):
            try:
                if not isinstance(vehicle_location, dict):
                    raise TypeError()
                vehicle_location_type_0 = VehicleLocation.from_dict(vehicle_location)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleLocation", vehicle_location, error)) from None
            vehicle_location = vehicle_location_type_0

        location_response = cls(
            status=status,
            vehicle_location=vehicle_location,
        )

        location_response.additional_properties = d
        return location_response

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
from ..models.vehicle_location import VehicleLocation
