from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRelationships")


@_attrs_define
class SubscriptionRelationships:
    webhook: Relationship | Unset = UNSET
    user: Relationship | Unset = UNSET
    vehicle: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if user is not UNSET:
            field_dict["user"] = user
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _webhook = d.pop("webhook", UNSET)
        webhook: Relationship | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = Relationship.from_dict(_webhook)

        _user = d.pop("user", UNSET)
        user: Relationship | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Relationship.from_dict(_user)

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: Relationship | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = Relationship.from_dict(_vehicle)

        subscription_relationships = cls(
            webhook=webhook,
            user=user,
            vehicle=vehicle,
        )

        subscription_relationships.additional_properties = d
        return subscription_relationships

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
from ..models.relationship import Relationship
