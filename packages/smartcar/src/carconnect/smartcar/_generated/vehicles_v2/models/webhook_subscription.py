from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    webhook_id: str
    vehicle_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        vehicle_id = self.vehicle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookId": webhook_id,
                "vehicleId": vehicle_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhook_id = d.pop("webhookId")
        if not isinstance(webhook_id, str):
            raise TypeError("webhookId: expected str, got " + type(webhook_id).__name__)

        vehicle_id = d.pop("vehicleId")
        if not isinstance(vehicle_id, str):
            raise TypeError("vehicleId: expected str, got " + type(vehicle_id).__name__)

        webhook_subscription = cls(
            webhook_id=webhook_id,
            vehicle_id=vehicle_id,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
