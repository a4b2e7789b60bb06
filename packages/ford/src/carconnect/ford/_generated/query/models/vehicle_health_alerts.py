from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleHealthAlerts")


@_attrs_define
class VehicleHealthAlerts:
    vehicle_alert_list: list[VehicleAlertGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_alert_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.vehicle_alert_list, Unset):
            vehicle_alert_list = UNSET
        elif isinstance(self.vehicle_alert_list, list):
            vehicle_alert_list = []
            for vehicle_alert_list_type_0_item_data in self.vehicle_alert_list:
                vehicle_alert_list_type_0_item = vehicle_alert_list_type_0_item_data.to_dict()
                vehicle_alert_list.append(vehicle_alert_list_type_0_item)

        else:
            vehicle_alert_list = self.vehicle_alert_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle_alert_list is not UNSET:
            field_dict["VehicleAlertList"] = vehicle_alert_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vehicle_alert_list = d.pop("VehicleAlertList", UNSET)
        if not (vehicle_alert_list is None or isinstance(vehicle_alert_list, Unset)):
            try:
                if not isinstance(vehicle_alert_list, list):
                    raise TypeError()
                vehicle_alert_list_type_0 = []
                _vehicle_alert_list_type_0 = vehicle_alert_list
                for vehicle_alert_list_type_0_item_data in _vehicle_alert_list_type_0:
                    vehicle_alert_list_type_0_item = VehicleAlertGroup.from_dict(vehicle_alert_list_type_0_item_data)

                    vehicle_alert_list_type_0.append(vehicle_alert_list_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("VehicleAlertList", vehicle_alert_list, error)) from None
            vehicle_alert_list = vehicle_alert_list_type_0

        vehicle_health_alerts = cls(
            vehicle_alert_list=vehicle_alert_list,
        )

        vehicle_health_alerts.additional_properties = d
        return vehicle_health_alerts

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
from ..models.vehicle_alert_group import VehicleAlertGroup
