from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_mode import WebhookMode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WebhookDeliveryMeta")


@_attrs_define
class WebhookDeliveryMeta:
    version: None | str | Unset = UNSET
    """ Payload version, `4.0`. """
    webhook_id: None | str | Unset = UNSET
    webhook_name: None | str | Unset = UNSET
    delivery_id: None | str | Unset = UNSET
    delivered_at: int | None | Unset = UNSET
    """ Epoch milliseconds. """
    delivery_time: int | None | Unset = UNSET
    """ Epoch milliseconds (older payloads). """
    mode: None | Unset | WebhookMode = UNSET
    signal_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        webhook_name: None | str | Unset
        if isinstance(self.webhook_name, Unset):
            webhook_name = UNSET
        else:
            webhook_name = self.webhook_name

        delivery_id: None | str | Unset
        if isinstance(self.delivery_id, Unset):
            delivery_id = UNSET
        else:
            delivery_id = self.delivery_id

        delivered_at: int | None | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = self.delivered_at

        delivery_time: int | None | Unset
        if isinstance(self.delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = self.delivery_time

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, WebhookMode):
            mode = self.mode.value
        else:
            mode = self.mode

        signal_count: int | None | Unset
        if isinstance(self.signal_count, Unset):
            signal_count = UNSET
        else:
            signal_count = self.signal_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if webhook_name is not UNSET:
            field_dict["webhookName"] = webhook_name
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if mode is not UNSET:
            field_dict["mode"] = mode
        if signal_count is not UNSET:
            field_dict["signalCount"] = signal_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version", UNSET)
        if not (version is None or isinstance(version, (str, Unset))):
            raise TypeError(f"version: unexpected value of type {type(version).__name__}")

        webhook_id = d.pop("webhookId", UNSET)
        if not (webhook_id is None or isinstance(webhook_id, (str, Unset))):
            raise TypeError(f"webhookId: unexpected value of type {type(webhook_id).__name__}")

        webhook_name = d.pop("webhookName", UNSET)
        if not (webhook_name is None or isinstance(webhook_name, (str, Unset))):
            raise TypeError(f"webhookName: unexpected value of type {type(webhook_name).__name__}")

        delivery_id = d.pop("deliveryId", UNSET)
        if not (delivery_id is None or isinstance(delivery_id, (str, Unset))):
            raise TypeError(f"deliveryId: unexpected value of type {type(delivery_id).__name__}")

        delivered_at = d.pop("deliveredAt", UNSET)
        if not (delivered_at is None or isinstance(delivered_at, Unset)):
            try:
                if not (isinstance(delivered_at, (int, float, str)) and not isinstance(delivered_at, bool)):
                    raise TypeError()
                delivered_at_type_0 = int(delivered_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("deliveredAt", delivered_at, error)) from None
            delivered_at = delivered_at_type_0

        delivery_time = d.pop("deliveryTime", UNSET)
        if not (delivery_time is None or isinstance(delivery_time, Unset)):
            try:
                if not (isinstance(delivery_time, (int, float, str)) and not isinstance(delivery_time, bool)):
                    raise TypeError()
                delivery_time_type_0 = int(delivery_time)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("deliveryTime", delivery_time, error)) from None
            delivery_time = delivery_time_type_0

        mode = d.pop("mode", UNSET)
        if not (mode is None or isinstance(mode, Unset)):
            try:
                if not isinstance(mode, str):
                    raise TypeError()
                mode_type_0 = WebhookMode.from_value(mode)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mode", mode, error)) from None
            mode = mode_type_0

        signal_count = d.pop("signalCount", UNSET)
        if not (signal_count is None or isinstance(signal_count, Unset)):
            try:
                if not (isinstance(signal_count, (int, float, str)) and not isinstance(signal_count, bool)):
                    raise TypeError()
                signal_count_type_0 = int(signal_count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("signalCount", signal_count, error)) from None
            signal_count = signal_count_type_0

        webhook_delivery_meta = cls(
            version=version,
            webhook_id=webhook_id,
            webhook_name=webhook_name,
            delivery_id=delivery_id,
            delivered_at=delivered_at,
            delivery_time=delivery_time,
            mode=mode,
            signal_count=signal_count,
        )

        webhook_delivery_meta.additional_properties = d
        return webhook_delivery_meta

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
