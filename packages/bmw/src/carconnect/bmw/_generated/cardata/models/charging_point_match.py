from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargingPointMatch")


@_attrs_define
class ChargingPointMatch:
    provider_name: None | str | Unset = UNSET
    street_address: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_name = d.pop("providerName", UNSET)
        if not (provider_name is None or isinstance(provider_name, (str, Unset))):
            raise TypeError(f"providerName: unexpected value of type {type(provider_name).__name__}")

        street_address = d.pop("streetAddress", UNSET)
        if not (street_address is None or isinstance(street_address, (str, Unset))):
            raise TypeError(f"streetAddress: unexpected value of type {type(street_address).__name__}")

        postal_code = d.pop("postalCode", UNSET)
        if not (postal_code is None or isinstance(postal_code, (str, Unset))):
            raise TypeError(f"postalCode: unexpected value of type {type(postal_code).__name__}")

        city = d.pop("city", UNSET)
        if not (city is None or isinstance(city, (str, Unset))):
            raise TypeError(f"city: unexpected value of type {type(city).__name__}")

        charging_point_match = cls(
            provider_name=provider_name,
            street_address=street_address,
            postal_code=postal_code,
            city=city,
        )

        charging_point_match.additional_properties = d
        return charging_point_match

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
