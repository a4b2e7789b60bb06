from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="UserVehicles")


@_attrs_define
class UserVehicles:
    vehicle_details: list[DashboardVehicle] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.vehicle_details, Unset):
            vehicle_details = UNSET
        elif isinstance(self.vehicle_details, list):
            vehicle_details = []
            for vehicle_details_type_0_item_data in self.vehicle_details:
                vehicle_details_type_0_item = vehicle_details_type_0_item_data.to_dict()
                vehicle_details.append(vehicle_details_type_0_item)

        else:
            vehicle_details = self.vehicle_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle_details is not UNSET:
            field_dict["vehicleDetails"] = vehicle_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vehicle_details = d.pop("vehicleDetails", UNSET)
        if not (vehicle_details is None or isinstance(vehicle_details, Unset)):
            try:
                if not isinstance(vehicle_details, list):
                    raise TypeError()
                vehicle_details_type_0 = []
                _vehicle_details_type_0 = vehicle_details
                for vehicle_details_type_0_item_data in _vehicle_details_type_0:
                    vehicle_details_type_0_item = DashboardVehicle.from_dict(vehicle_details_type_0_item_data)

                    vehicle_details_type_0.append(vehicle_details_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleDetails", vehicle_details, error)) from None
            vehicle_details = vehicle_details_type_0

        user_vehicles = cls(
            vehicle_details=vehicle_details,
        )

        user_vehicles.additional_properties = d
        return user_vehicles

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
from ..models.dashboard_vehicle import DashboardVehicle
