from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingLocation")


@_attrs_define
class ChargingLocation:
    municipality: None | str | Unset = UNSET
    formatted_address: None | str | Unset = UNSET
    street_address: None | str | Unset = UNSET
    map_matched_latitude: float | None | Unset = UNSET
    map_matched_longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        municipality: None | str | Unset
        if isinstance(self.municipality, Unset):
            municipality = UNSET
        else:
            municipality = self.municipality

        formatted_address: None | str | Unset
        if isinstance(self.formatted_address, Unset):
            formatted_address = UNSET
        else:
            formatted_address = self.formatted_address

        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        map_matched_latitude: float | None | Unset
        if isinstance(self.map_matched_latitude, Unset):
            map_matched_latitude = UNSET
        else:
            map_matched_latitude = self.map_matched_latitude

        map_matched_longitude: float | None | Unset
        if isinstance(self.map_matched_longitude, Unset):
            map_matched_longitude = UNSET
        else:
            map_matched_longitude = self.map_matched_longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if formatted_address is not UNSET:
            field_dict["formattedAddress"] = formatted_address
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if map_matched_latitude is not UNSET:
            field_dict["mapMatchedLatitude"] = map_matched_latitude
        if map_matched_longitude is not UNSET:
            field_dict["mapMatchedLongitude"] = map_matched_longitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        municipality = d.pop("municipality", UNSET)
        if not (municipality is None or isinstance(municipality, (str, Unset))):
            raise TypeError(f"municipality: unexpected value of type {type(municipality).__name__}")

        formatted_address = d.pop("formattedAddress", UNSET)
        if not (formatted_address is None or isinstance(formatted_address, (str, Unset))):
            raise TypeError(f"formattedAddress: unexpected value of type {type(formatted_address).__name__}")

        street_address = d.pop("streetAddress", UNSET)
        if not (street_address is None or isinstance(street_address, (str, Unset))):
            raise TypeError(f"streetAddress: unexpected value of type {type(street_address).__name__}")

        map_matched_latitude = d.pop("mapMatchedLatitude", UNSET)
        if not (map_matched_latitude is None or isinstance(map_matched_latitude, Unset)):
            try:
                if not (
                    isinstance(map_matched_latitude, (int, float, str)) and not isinstance(map_matched_latitude, bool)
                ):
                    raise TypeError()
                map_matched_latitude_type_0 = float(map_matched_latitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mapMatchedLatitude", map_matched_latitude, error)) from None
            map_matched_latitude = map_matched_latitude_type_0

        map_matched_longitude = d.pop("mapMatchedLongitude", UNSET)
        if not (map_matched_longitude is None or isinstance(map_matched_longitude, Unset)):
            try:
                if not (
                    isinstance(map_matched_longitude, (int, float, str)) and not isinstance(map_matched_longitude, bool)
                ):
                    raise TypeError()
                map_matched_longitude_type_0 = float(map_matched_longitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mapMatchedLongitude", map_matched_longitude, error)) from None
            map_matched_longitude = map_matched_longitude_type_0

        charging_location = cls(
            municipality=municipality,
            formatted_address=formatted_address,
            street_address=street_address,
            map_matched_latitude=map_matched_latitude,
            map_matched_longitude=map_matched_longitude,
        )

        charging_location.additional_properties = d
        return charging_location

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
