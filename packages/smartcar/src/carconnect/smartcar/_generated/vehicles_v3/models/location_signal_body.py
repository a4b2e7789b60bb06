from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LocationSignalBody")


@_attrs_define
class LocationSignalBody:
    """`location-preciselocation`: decimal degrees, heading in degrees."""

    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    heading: float | None | Unset = UNSET
    altitude: float | None | Unset = UNSET
    location_type: None | str | Unset = UNSET
    """ e.g. `LAST_PARKED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        heading: float | None | Unset
        if isinstance(self.heading, Unset):
            heading = UNSET
        else:
            heading = self.heading

        altitude: float | None | Unset
        if isinstance(self.altitude, Unset):
            altitude = UNSET
        else:
            altitude = self.altitude

        location_type: None | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        else:
            location_type = self.location_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if heading is not UNSET:
            field_dict["heading"] = heading
        if altitude is not UNSET:
            field_dict["altitude"] = altitude
        if location_type is not UNSET:
            field_dict["locationType"] = location_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)
        if not (latitude is None or isinstance(latitude, Unset)):
            try:
                if not (isinstance(latitude, (int, float, str)) and not isinstance(latitude, bool)):
                    raise TypeError()
                latitude_type_0 = float(latitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("latitude", latitude, error)) from None
            latitude = latitude_type_0

        longitude = d.pop("longitude", UNSET)
        if not (longitude is None or isinstance(longitude, Unset)):
            try:
                if not (isinstance(longitude, (int, float, str)) and not isinstance(longitude, bool)):
                    raise TypeError()
                longitude_type_0 = float(longitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("longitude", longitude, error)) from None
            longitude = longitude_type_0

        heading = d.pop("heading", UNSET)
        if not (heading is None or isinstance(heading, Unset)):
            try:
                if not (isinstance(heading, (int, float, str)) and not isinstance(heading, bool)):
                    raise TypeError()
                heading_type_0 = float(heading)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("heading", heading, error)) from None
            heading = heading_type_0

        altitude = d.pop("altitude", UNSET)
        if not (altitude is None or isinstance(altitude, Unset)):
            try:
                if not (isinstance(altitude, (int, float, str)) and not isinstance(altitude, bool)):
                    raise TypeError()
                altitude_type_0 = float(altitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("altitude", altitude, error)) from None
            altitude = altitude_type_0

        location_type = d.pop("locationType", UNSET)
        if not (location_type is None or isinstance(location_type, (str, Unset))):
            raise TypeError(f"locationType: unexpected value of type {type(location_type).__name__}")

        location_signal_body = cls(
            latitude=latitude,
            longitude=longitude,
            heading=heading,
            altitude=altitude,
            location_type=location_type,
        )

        location_signal_body.additional_properties = d
        return location_signal_body

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
