from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleLocation")


@_attrs_define
class VehicleLocation:
    """Last known position; coordinates are decimal degrees sent as strings."""

    latitude: None | str | Unset = UNSET
    """ Decimal degrees as a string, e.g. "36.113439". """
    longitude: None | str | Unset = UNSET
    """ Decimal degrees as a string, e.g. "-95.905261". """
    speed: float | None | Unset = UNSET
    direction: None | str | Unset = UNSET
    """ Compass direction; casing varies (`NorthWest` in vehicle info, `EAST` or `SOUTHEAST` on the location route).
    """
    time_stamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude: None | str | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: None | str | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        time_stamp: None | str | Unset
        if isinstance(self.time_stamp, Unset):
            time_stamp = UNSET
        else:
            time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if speed is not UNSET:
            field_dict["speed"] = speed
        if direction is not UNSET:
            field_dict["direction"] = direction
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_latitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                speed_type_0 = float(data)

                return speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_time_stamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        time_stamp = _parse_time_stamp(d.pop("timeStamp", UNSET))

        vehicle_location = cls(
            latitude=latitude,
            longitude=longitude,
            speed=speed,
            direction=direction,
            time_stamp=time_stamp,
        )

        vehicle_location.additional_properties = d
        return vehicle_location

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
