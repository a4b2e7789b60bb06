from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    name: None | str | Unset = UNSET
    """ The name given in the dashboard. """
    callback_uri: None | str | Unset = UNSET
    """ Where deliveries go (HTTPS). """
    event_types: list[str] | Unset = UNSET
    """ Event types delivered, e.g. `VEHICLE_STATE`, `VEHICLE_ERROR`. """
    signals: list[str] | Unset = UNSET
    """ Signal codes the webhook delivers, e.g. `odometer-traveleddistance`. """
    status: None | str | Unset = UNSET
    """ e.g. `ENABLED`, `DISABLED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        callback_uri: None | str | Unset
        if isinstance(self.callback_uri, Unset):
            callback_uri = UNSET
        else:
            callback_uri = self.callback_uri

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        signals: list[str] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if callback_uri is not UNSET:
            field_dict["callbackUri"] = callback_uri
        if event_types is not UNSET:
            field_dict["eventTypes"] = event_types
        if signals is not UNSET:
            field_dict["signals"] = signals
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(name).__name__}")

        callback_uri = d.pop("callbackUri", UNSET)
        if not (callback_uri is None or isinstance(callback_uri, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(callback_uri).__name__}")

        event_types = cast(list[str], d.pop("eventTypes", UNSET))
        if not isinstance(event_types, Unset):
            if not isinstance(event_types, list) or not all(isinstance(item, str) for item in event_types):
                raise TypeError("expected a list of str")

        signals = cast(list[str], d.pop("signals", UNSET))
        if not isinstance(signals, Unset):
            if not isinstance(signals, list) or not all(isinstance(item, str) for item in signals):
                raise TypeError("expected a list of str")

        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(status).__name__}")

        webhook_attributes = cls(
            name=name,
            callback_uri=callback_uri,
            event_types=event_types,
            signals=signals,
            status=status,
        )

        webhook_attributes.additional_properties = d
        return webhook_attributes

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
