from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleStateEventData")


@_attrs_define
class VehicleStateEventData:
    user: WebhookUser
    vehicle: WebhookVehicle
    signals: list[WebhookSignal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        vehicle = self.vehicle.to_dict()

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "vehicle": vehicle,
                "signals": signals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = WebhookUser.from_dict(d.pop("user"))

        vehicle = WebhookVehicle.from_dict(d.pop("vehicle"))

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = WebhookSignal.from_dict(signals_item_data)

            signals.append(signals_item)

        vehicle_state_event_data = cls(
            user=user,
            vehicle=vehicle,
            signals=signals,
        )

        vehicle_state_event_data.additional_properties = d
        return vehicle_state_event_data

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
from ..models.webhook_signal import WebhookSignal
from ..models.webhook_user import WebhookUser
from ..models.webhook_vehicle import WebhookVehicle
