from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Dashboard")


@_attrs_define
class Dashboard:
    """The account's vehicles; the three lists are joined on `VIN` (upper case)."""

    user_vehicles: None | Unset | UserVehicles = UNSET
    vehicle_profile: list[VehicleProfile] | None | Unset = UNSET
    vehicle_capabilities: list[VehicleCapabilities] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_vehicles: dict[str, Any] | None | Unset
        if isinstance(self.user_vehicles, Unset):
            user_vehicles = UNSET
        elif isinstance(self.user_vehicles, UserVehicles):
            user_vehicles = self.user_vehicles.to_dict()
        else:
            user_vehicles = self.user_vehicles

        vehicle_profile: list[dict[str, Any]] | None | Unset
        if isinstance(self.vehicle_profile, Unset):
            vehicle_profile = UNSET
        elif isinstance(self.vehicle_profile, list):
            vehicle_profile = []
            for vehicle_profile_type_0_item_data in self.vehicle_profile:
                vehicle_profile_type_0_item = vehicle_profile_type_0_item_data.to_dict()
                vehicle_profile.append(vehicle_profile_type_0_item)

        else:
            vehicle_profile = self.vehicle_profile

        vehicle_capabilities: list[dict[str, Any]] | None | Unset
        if isinstance(self.vehicle_capabilities, Unset):
            vehicle_capabilities = UNSET
        elif isinstance(self.vehicle_capabilities, list):
            vehicle_capabilities = []
            for vehicle_capabilities_type_0_item_data in self.vehicle_capabilities:
                vehicle_capabilities_type_0_item = vehicle_capabilities_type_0_item_data.to_dict()
                vehicle_capabilities.append(vehicle_capabilities_type_0_item)

        else:
            vehicle_capabilities = self.vehicle_capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_vehicles is not UNSET:
            field_dict["userVehicles"] = user_vehicles
        if vehicle_profile is not UNSET:
            field_dict["vehicleProfile"] = vehicle_profile
        if vehicle_capabilities is not UNSET:
            field_dict["vehicleCapabilities"] = vehicle_capabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_vehicles = d.pop("userVehicles", UNSET)
        if not (user_vehicles is None or isinstance(user_vehicles, Unset)):
            try:
                if not isinstance(user_vehicles, dict):
                    raise TypeError()
                user_vehicles_type_0 = UserVehicles.from_dict(user_vehicles)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("userVehicles", user_vehicles, error)) from None
            user_vehicles = user_vehicles_type_0

        vehicle_profile = d.pop("vehicleProfile", UNSET)
        if not (vehicle_profile is None or isinstance(vehicle_profile, Unset)):
            try:
                if not isinstance(vehicle_profile, list):
                    raise TypeError()
                vehicle_profile_type_0 = []
                _vehicle_profile_type_0 = vehicle_profile
                for vehicle_profile_type_0_item_data in _vehicle_profile_type_0:
                    vehicle_profile_type_0_item = VehicleProfile.from_dict(vehicle_profile_type_0_item_data)

                    vehicle_profile_type_0.append(vehicle_profile_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleProfile", vehicle_profile, error)) from None
            vehicle_profile = vehicle_profile_type_0

        vehicle_capabilities = d.pop("vehicleCapabilities", UNSET)
        if not (vehicle_capabilities is None or isinstance(vehicle_capabilities, Unset)):
            try:
                if not isinstance(vehicle_capabilities, list):
                    raise TypeError()
                vehicle_capabilities_type_0 = []
                _vehicle_capabilities_type_0 = vehicle_capabilities
                for vehicle_capabilities_type_0_item_data in _vehicle_capabilities_type_0:
                    vehicle_capabilities_type_0_item = VehicleCapabilities.from_dict(
                        vehicle_capabilities_type_0_item_data
                    )

                    vehicle_capabilities_type_0.append(vehicle_capabilities_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleCapabilities", vehicle_capabilities, error)) from None
            vehicle_capabilities = vehicle_capabilities_type_0

        dashboard = cls(
            user_vehicles=user_vehicles,
            vehicle_profile=vehicle_profile,
            vehicle_capabilities=vehicle_capabilities,
        )

        dashboard.additional_properties = d
        return dashboard

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
from ..models.user_vehicles import UserVehicles
from ..models.vehicle_capabilities import VehicleCapabilities
from ..models.vehicle_profile import VehicleProfile
