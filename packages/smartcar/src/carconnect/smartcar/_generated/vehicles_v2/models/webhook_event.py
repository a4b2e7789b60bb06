from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """Webhook delivery in the version 2.0 shape."""

    event_name: WebhookEventName
    version: None | str | Unset = UNSET
    webhook_id: None | str | Unset = UNSET
    payload: WebhookEventPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name.value

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

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventName": event_name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name = WebhookEventName.from_value(d.pop("eventName"))

        version = d.pop("version", UNSET)
        if not (version is None or isinstance(version, (str, Unset))):
            raise TypeError(f"version: unexpected value of type {type(version).__name__}")

        webhook_id = d.pop("webhookId", UNSET)
        if not (webhook_id is None or isinstance(webhook_id, (str, Unset))):
            raise TypeError(f"webhookId: unexpected value of type {type(webhook_id).__name__}")

        _payload = d.pop("payload", UNSET)
        payload: WebhookEventPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = WebhookEventPayload.from_dict(_payload)

        webhook_event = cls(
            event_name=event_name,
            version=version,
            webhook_id=webhook_id,
            payload=payload,
        )

        webhook_event.additional_properties = d
        return webhook_event

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
from ..models.webhook_event_payload import WebhookEventPayload
