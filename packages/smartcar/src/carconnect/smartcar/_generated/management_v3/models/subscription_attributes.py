from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionAttributes")


@_attrs_define
class SubscriptionAttributes:
    webhook_id: str | Unset = UNSET
    vehicle_id: str | Unset = UNSET
    subscribed_at: int | None | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        vehicle_id = self.vehicle_id

        subscribed_at: int | None | Unset
        if isinstance(self.subscribed_at, Unset):
            subscribed_at = UNSET
        else:
            subscribed_at = self.subscribed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if subscribed_at is not UNSET:
            field_dict["subscribedAt"] = subscribed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhook_id = d.pop("webhookId", UNSET)
        if not isinstance(webhook_id, (str, Unset)):
            raise TypeError("webhookId: expected str, got " + type(webhook_id).__name__)

        vehicle_id = d.pop("vehicleId", UNSET)
        if not isinstance(vehicle_id, (str, Unset)):
            raise TypeError("vehicleId: expected str, got " + type(vehicle_id).__name__)

        subscribed_at = d.pop("subscribedAt", UNSET)
        if not (subscribed_at is None or isinstance(subscribed_at, Unset)):
            try:
                if not (isinstance(subscribed_at, (int, float, str)) and not isinstance(subscribed_at, bool)):
                    raise TypeError()
                subscribed_at_type_0 = int(subscribed_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                raise TypeError(f"unexpected value of type {type(subscribed_at).__name__}") from None
            subscribed_at = subscribed_at_type_0

        subscription_attributes = cls(
            webhook_id=webhook_id,
            vehicle_id=vehicle_id,
            subscribed_at=subscribed_at,
        )

        subscription_attributes.additional_properties = d
        return subscription_attributes

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
