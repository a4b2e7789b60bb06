from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="GeoLocation")


@_attrs_define
class GeoLocation:
    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET
    alt: float | None | Unset = UNSET
    """ Altitude in metres. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lat: float | None | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lon: float | None | Unset
        if isinstance(self.lon, Unset):
            lon = UNSET
        else:
            lon = self.lon

        alt: float | None | Unset
        if isinstance(self.alt, Unset):
            alt = UNSET
        else:
            alt = self.alt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if alt is not UNSET:
            field_dict["alt"] = alt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lat = d.pop("lat", UNSET)
        if not (lat is None or isinstance(lat, Unset)):
            try:
                if not (isinstance(lat, (int, float, str)) and not isinstance(lat, bool)):
                    raise TypeError()
                lat_type_0 = float(lat)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lat", lat, error)) from None
            lat = lat_type_0

        lon = d.pop("lon", UNSET)
        if not (lon is None or isinstance(lon, Unset)):
            try:
                if not (isinstance(lon, (int, float, str)) and not isinstance(lon, bool)):
                    raise TypeError()
                lon_type_0 = float(lon)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lon", lon, error)) from None
            lon = lon_type_0

        alt = d.pop("alt", UNSET)
        if not (alt is None or isinstance(alt, Unset)):
            try:
                if not (isinstance(alt, (int, float, str)) and not isinstance(alt, bool)):
                    raise TypeError()
                alt_type_0 = float(alt)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("alt", alt, error)) from None
            alt = alt_type_0

        geo_location = cls(
            lat=lat,
            lon=lon,
            alt=alt,
        )

        geo_location.additional_properties = d
        return geo_location

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
