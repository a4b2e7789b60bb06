from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SubscriptionMeta")


@_attrs_define
class SubscriptionMeta:
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("createdAt", UNSET)
        if not (created_at is None or isinstance(created_at, Unset)):
            try:
                if not isinstance(created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("createdAt", created_at, error)) from None
            created_at = created_at_type_0

        updated_at = d.pop("updatedAt", UNSET)
        if not (updated_at is None or isinstance(updated_at, Unset)):
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("updatedAt", updated_at, error)) from None
            updated_at = updated_at_type_0

        subscription_meta = cls(
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription_meta.additional_properties = d
        return subscription_meta

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
