from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    location: GeoLocation | None | Unset = UNSET
    gps_dimension: None | str | Unset = UNSET
    """ For example `DIM_3D`. """
    gps_coordinate_method: None | str | Unset = UNSET
    """ For example `INFERRED`. """
    pdop: float | None | Unset = UNSET
    hdop: float | None | Unset = UNSET
    vdop: float | None | Unset = UNSET
    gdop: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, GeoLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        gps_dimension: None | str | Unset
        if isinstance(self.gps_dimension, Unset):
            gps_dimension = UNSET
        else:
            gps_dimension = self.gps_dimension

        gps_coordinate_method: None | str | Unset
        if isinstance(self.gps_coordinate_method, Unset):
            gps_coordinate_method = UNSET
        else:
            gps_coordinate_method = self.gps_coordinate_method

        pdop: float | None | Unset
        if isinstance(self.pdop, Unset):
            pdop = UNSET
        else:
            pdop = self.pdop

        hdop: float | None | Unset
        if isinstance(self.hdop, Unset):
            hdop = UNSET
        else:
            hdop = self.hdop

        vdop: float | None | Unset
        if isinstance(self.vdop, Unset):
            vdop = UNSET
        else:
            vdop = self.vdop

        gdop: float | None | Unset
        if isinstance(self.gdop, Unset):
            gdop = UNSET
        else:
            gdop = self.gdop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if gps_dimension is not UNSET:
            field_dict["gpsDimension"] = gps_dimension
        if gps_coordinate_method is not UNSET:
            field_dict["gpsCoordinateMethod"] = gps_coordinate_method
        if pdop is not UNSET:
            field_dict["pdop"] = pdop
        if hdop is not UNSET:
            field_dict["hdop"] = hdop
        if vdop is not UNSET:
            field_dict["vdop"] = vdop
        if gdop is not UNSET:
            field_dict["gdop"] = gdop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        location = d.pop("location", UNSET)
        if not (location is None or isinstance(location, Unset)):
            try:
                if not isinstance(location, dict):
                    raise TypeError()
                location_type_0 = GeoLocation.from_dict(location)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("location", location, error)) from None
            location = location_type_0

        gps_dimension = d.pop("gpsDimension", UNSET)
        if not (gps_dimension is None or isinstance(gps_dimension, (str, Unset))):
            raise TypeError(f"gpsDimension: unexpected value of type {type(gps_dimension).__name__}")

        gps_coordinate_method = d.pop("gpsCoordinateMethod", UNSET)
        if not (gps_coordinate_method is None or isinstance(gps_coordinate_method, (str, Unset))):
            raise TypeError(f"gpsCoordinateMethod: unexpected value of type {type(gps_coordinate_method).__name__}")

        pdop = d.pop("pdop", UNSET)
        if not (pdop is None or isinstance(pdop, Unset)):
            try:
                if not (isinstance(pdop, (int, float, str)) and not isinstance(pdop, bool)):
                    raise TypeError()
                pdop_type_0 = float(pdop)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("pdop", pdop, error)) from None
            pdop = pdop_type_0

        hdop = d.pop("hdop", UNSET)
        if not (hdop is None or isinstance(hdop, Unset)):
            try:
                if not (isinstance(hdop, (int, float, str)) and not isinstance(hdop, bool)):
                    raise TypeError()
                hdop_type_0 = float(hdop)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("hdop", hdop, error)) from None
            hdop = hdop_type_0

        vdop = d.pop("vdop", UNSET)
        if not (vdop is None or isinstance(vdop, Unset)):
            try:
                if not (isinstance(vdop, (int, float, str)) and not isinstance(vdop, bool)):
                    raise TypeError()
                vdop_type_0 = float(vdop)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vdop", vdop, error)) from None
            vdop = vdop_type_0

        gdop = d.pop("gdop", UNSET)
        if not (gdop is None or isinstance(gdop, Unset)):
            try:
                if not (isinstance(gdop, (int, float, str)) and not isinstance(gdop, bool)):
                    raise TypeError()
                gdop_type_0 = float(gdop)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("gdop", gdop, error)) from None
            gdop = gdop_type_0

        position = cls(
            location=location,
            gps_dimension=gps_dimension,
            gps_coordinate_method=gps_coordinate_method,
            pdop=pdop,
            hdop=hdop,
            vdop=vdop,
            gdop=gdop,
        )

        position.additional_properties = d
        return position

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
from ..models.geo_location import GeoLocation
