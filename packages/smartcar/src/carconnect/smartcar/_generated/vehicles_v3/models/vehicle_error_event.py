from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleErrorEvent")


@_attrs_define
class VehicleErrorEvent:
    event_type: WebhookEventType
    data: VehicleErrorEventData
    event_id: None | str | Unset = UNSET
    meta: WebhookDeliveryMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type.value

        data = self.data.to_dict()

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "data": data,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = WebhookEventType.from_value(d.pop("eventType"))

        data = VehicleErrorEventData.from_dict(d.pop("data"))

        event_id = d.pop("eventId", UNSET)
        if not (event_id is None or isinstance(event_id, (str, Unset))):
            raise TypeError(f"eventId: unexpected value of type {type(event_id).__name__}")

        _meta = d.pop("meta", UNSET)
        meta: WebhookDeliveryMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = WebhookDeliveryMeta.from_dict(_meta)

        vehicle_error_event = cls(
            event_type=event_type,
            data=data,
            event_id=event_id,
            meta=meta,
        )

        vehicle_error_event.additional_properties = d
        return vehicle_error_event

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
from ..models.vehicle_error_event_data import VehicleErrorEventData
from ..models.webhook_delivery_meta import WebhookDeliveryMeta
