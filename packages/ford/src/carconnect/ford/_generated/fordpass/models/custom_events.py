from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomEvents")


@_attrs_define
class CustomEvents:
    """Vendor-specific events by name; the ones seen are listed, others stay available by name."""

    opaque_add_dvdcarmon_function_alert: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    opaque_delete_dvd_function_alert: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    vehicle_status_update_event: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    additional_properties: dict[str, VehicleEvent] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opaque_add_dvdcarmon_function_alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opaque_add_dvdcarmon_function_alert, Unset):
            opaque_add_dvdcarmon_function_alert = self.opaque_add_dvdcarmon_function_alert.to_dict()

        opaque_delete_dvd_function_alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opaque_delete_dvd_function_alert, Unset):
            opaque_delete_dvd_function_alert = self.opaque_delete_dvd_function_alert.to_dict()

        vehicle_status_update_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle_status_update_event, Unset):
            vehicle_status_update_event = self.vehicle_status_update_event.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if opaque_add_dvdcarmon_function_alert is not UNSET:
            field_dict["opaque_AddDVDCARMONFunctionAlert"] = opaque_add_dvdcarmon_function_alert
        if opaque_delete_dvd_function_alert is not UNSET:
            field_dict["opaque_DeleteDVDFunctionAlert"] = opaque_delete_dvd_function_alert
        if vehicle_status_update_event is not UNSET:
            field_dict["vehicle-status-update-event"] = vehicle_status_update_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _opaque_add_dvdcarmon_function_alert = d.pop("opaque_AddDVDCARMONFunctionAlert", UNSET)
        opaque_add_dvdcarmon_function_alert: VehicleEvent | Unset
        if isinstance(_opaque_add_dvdcarmon_function_alert, Unset):
            opaque_add_dvdcarmon_function_alert = UNSET
        else:
            opaque_add_dvdcarmon_function_alert = VehicleEvent.from_dict(_opaque_add_dvdcarmon_function_alert)

        _opaque_delete_dvd_function_alert = d.pop("opaque_DeleteDVDFunctionAlert", UNSET)
        opaque_delete_dvd_function_alert: VehicleEvent | Unset
        if isinstance(_opaque_delete_dvd_function_alert, Unset):
            opaque_delete_dvd_function_alert = UNSET
        else:
            opaque_delete_dvd_function_alert = VehicleEvent.from_dict(_opaque_delete_dvd_function_alert)

        _vehicle_status_update_event = d.pop("vehicle-status-update-event", UNSET)
        vehicle_status_update_event: VehicleEvent | Unset
        if isinstance(_vehicle_status_update_event, Unset):
            vehicle_status_update_event = UNSET
        else:
            vehicle_status_update_event = VehicleEvent.from_dict(_vehicle_status_update_event)

        custom_events = cls(
            opaque_add_dvdcarmon_function_alert=opaque_add_dvdcarmon_function_alert,
            opaque_delete_dvd_function_alert=opaque_delete_dvd_function_alert,
            vehicle_status_update_event=vehicle_status_update_event,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = VehicleEvent.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        custom_events.additional_properties = additional_properties
        return custom_events

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> VehicleEvent:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: VehicleEvent) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.vehicle_event import VehicleEvent
