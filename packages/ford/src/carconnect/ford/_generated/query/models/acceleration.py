from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Acceleration")


@_attrs_define
class Acceleration:
    x: float | None | Unset = UNSET
    y: float | None | Unset = UNSET
    z: float | None | Unset = UNSET
    sensor_type: None | str | Unset = UNSET
    """ For example `ACCELEROMETER_DATA`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x: float | None | Unset
        if isinstance(self.x, Unset):
            x = UNSET
        else:
            x = self.x

        y: float | None | Unset
        if isinstance(self.y, Unset):
            y = UNSET
        else:
            y = self.y

        z: float | None | Unset
        if isinstance(self.z, Unset):
            z = UNSET
        else:
            z = self.z

        sensor_type: None | str | Unset
        if isinstance(self.sensor_type, Unset):
            sensor_type = UNSET
        else:
            sensor_type = self.sensor_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if z is not UNSET:
            field_dict["z"] = z
        if sensor_type is not UNSET:
            field_dict["sensorType"] = sensor_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("x", UNSET)
        if not (x is None or isinstance(x, Unset)):
            try:
                if not (isinstance(x, (int, float, str)) and not isinstance(x, bool)):
                    raise TypeError()
                x_type_0 = float(x)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("x", x, error)) from None
            x = x_type_0

        y = d.pop("y", UNSET)
        if not (y is None or isinstance(y, Unset)):
            try:
                if not (isinstance(y, (int, float, str)) and not isinstance(y, bool)):
                    raise TypeError()
                y_type_0 = float(y)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("y", y, error)) from None
            y = y_type_0

        z = d.pop("z", UNSET)
        if not (z is None or isinstance(z, Unset)):
            try:
                if not (isinstance(z, (int, float, str)) and not isinstance(z, bool)):
                    raise TypeError()
                z_type_0 = float(z)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("z", z, error)) from None
            z = z_type_0

        sensor_type = d.pop("sensorType", UNSET)
        if not (sensor_type is None or isinstance(sensor_type, (str, Unset))):
            raise TypeError(f"sensorType: unexpected value of type {type(sensor_type).__name__}")

        acceleration = cls(
            x=x,
            y=y,
            z=z,
            sensor_type=sensor_type,
        )

        acceleration.additional_properties = d
        return acceleration

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
