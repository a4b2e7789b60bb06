from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    name: None | str | Unset = UNSET
    """ The display name given in the dashboard. """
    callback_uri: None | str | Unset = UNSET
    """ Where deliveries go (HTTPS). """
    is_enabled: bool | None | Unset = UNSET
    auto_subscribe: bool | None | Unset = UNSET
    """ Whether every connected vehicle is subscribed automatically. """
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

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        auto_subscribe: bool | None | Unset
        if isinstance(self.auto_subscribe, Unset):
            auto_subscribe = UNSET
        else:
            auto_subscribe = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if callback_uri is not UNSET:
            field_dict["callbackUri"] = callback_uri
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if auto_subscribe is not UNSET:
            field_dict["autoSubscribe"] = auto_subscribe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"name: unexpected value of type {type(name).__name__}")

        callback_uri = d.pop("callbackUri", UNSET)
        if not (callback_uri is None or isinstance(callback_uri, (str, Unset))):
            raise TypeError(f"callbackUri: unexpected value of type {type(callback_uri).__name__}")

        is_enabled = d.pop("isEnabled", UNSET)
        if not (is_enabled is None or isinstance(is_enabled, (bool, Unset))):
            raise TypeError(f"isEnabled: unexpected value of type {type(is_enabled).__name__}")

        auto_subscribe = d.pop("autoSubscribe", UNSET)
        if not (auto_subscribe is None or isinstance(auto_subscribe, (bool, Unset))):
            raise TypeError(f"autoSubscribe: unexpected value of type {type(auto_subscribe).__name__}")

        webhook_attributes = cls(
            name=name,
            callback_uri=callback_uri,
            is_enabled=is_enabled,
            auto_subscribe=auto_subscribe,
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
