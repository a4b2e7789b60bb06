from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

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
        latitude = d.pop("latitude", UNSET)
        if not (latitude is None or isinstance(latitude, (str, Unset))):
            raise TypeError(f"latitude: unexpected value of type {type(latitude).__name__}")

        longitude = d.pop("longitude", UNSET)
        if not (longitude is None or isinstance(longitude, (str, Unset))):
            raise TypeError(f"longitude: unexpected value of type {type(longitude).__name__}")

        speed = d.pop("speed", UNSET)
        if not (speed is None or isinstance(speed, Unset)):
            try:
                if not (isinstance(speed, (int, float, str)) and not isinstance(speed, bool)):
                    raise TypeError()
                speed_type_0 = float(speed)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("speed", speed, error)) from None
            speed = speed_type_0

        direction = d.pop("direction", UNSET)
        if not (direction is None or isinstance(direction, (str, Unset))):
            raise TypeError(f"direction: unexpected value of type {type(direction).__name__}")

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"timeStamp: unexpected value of type {type(time_stamp).__name__}")

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
