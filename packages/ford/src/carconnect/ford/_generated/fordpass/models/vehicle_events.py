from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleEvents")


@_attrs_define
class VehicleEvents:
    """Latest occurrence per event type; unlisted events stay available by name."""

    custom_events: CustomEvents | Unset = UNSET
    """ Vendor-specific events by name; the ones seen are listed, others stay available by name. """
    privacy_settings_event: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    remote_start_event: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    torque_source_delivery_event: VehicleEvent | Unset = UNSET
    """ The latest occurrence of one event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_events, Unset):
            custom_events = self.custom_events.to_dict()

        privacy_settings_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privacy_settings_event, Unset):
            privacy_settings_event = self.privacy_settings_event.to_dict()

        remote_start_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_start_event, Unset):
            remote_start_event = self.remote_start_event.to_dict()

        torque_source_delivery_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.torque_source_delivery_event, Unset):
            torque_source_delivery_event = self.torque_source_delivery_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_events is not UNSET:
            field_dict["customEvents"] = custom_events
        if privacy_settings_event is not UNSET:
            field_dict["privacySettingsEvent"] = privacy_settings_event
        if remote_start_event is not UNSET:
            field_dict["remoteStartEvent"] = remote_start_event
        if torque_source_delivery_event is not UNSET:
            field_dict["torqueSourceDeliveryEvent"] = torque_source_delivery_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _custom_events = d.pop("customEvents", UNSET)
        custom_events: CustomEvents | Unset
        if isinstance(_custom_events, Unset):
            custom_events = UNSET
        else:
            custom_events = CustomEvents.from_dict(_custom_events)

        _privacy_settings_event = d.pop("privacySettingsEvent", UNSET)
        privacy_settings_event: VehicleEvent | Unset
        if isinstance(_privacy_settings_event, Unset):
            privacy_settings_event = UNSET
        else:
            privacy_settings_event = VehicleEvent.from_dict(_privacy_settings_event)

        _remote_start_event = d.pop("remoteStartEvent", UNSET)
        remote_start_event: VehicleEvent | Unset
        if isinstance(_remote_start_event, Unset):
            remote_start_event = UNSET
        else:
            remote_start_event = VehicleEvent.from_dict(_remote_start_event)

        _torque_source_delivery_event = d.pop("torqueSourceDeliveryEvent", UNSET)
        torque_source_delivery_event: VehicleEvent | Unset
        if isinstance(_torque_source_delivery_event, Unset):
            torque_source_delivery_event = UNSET
        else:
            torque_source_delivery_event = VehicleEvent.from_dict(_torque_source_delivery_event)

        vehicle_events = cls(
            custom_events=custom_events,
            privacy_settings_event=privacy_settings_event,
            remote_start_event=remote_start_event,
            torque_source_delivery_event=torque_source_delivery_event,
        )

        vehicle_events.additional_properties = d
        return vehicle_events

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
from ..models.custom_events import CustomEvents
from ..models.vehicle_event import VehicleEvent
