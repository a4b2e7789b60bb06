from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """One vehicle's subscription to one webhook."""

    id: str
    type_: str
    """ Always `subscription`. """
    attributes: SubscriptionAttributes | Unset = UNSET
    meta: SubscriptionMeta | Unset = UNSET
    relationships: SubscriptionRelationships | Unset = UNSET
    links: SelfLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if meta is not UNSET:
            field_dict["meta"] = meta
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("id: expected str, got " + type(id).__name__)

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError("type: expected str, got " + type(type_).__name__)

        _attributes = d.pop("attributes", UNSET)
        attributes: SubscriptionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = SubscriptionAttributes.from_dict(_attributes)

        _meta = d.pop("meta", UNSET)
        meta: SubscriptionMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SubscriptionMeta.from_dict(_meta)

        _relationships = d.pop("relationships", UNSET)
        relationships: SubscriptionRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = SubscriptionRelationships.from_dict(_relationships)

        _links = d.pop("links", UNSET)
        links: SelfLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        subscription = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            meta=meta,
            relationships=relationships,
            links=links,
        )

        subscription.additional_properties = d
        return subscription

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
from ..models.self_links import SelfLinks
from ..models.subscription_attributes import SubscriptionAttributes
from ..models.subscription_meta import SubscriptionMeta
from ..models.subscription_relationships import SubscriptionRelationships
