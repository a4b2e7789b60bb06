from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_location import GeoLocation


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
        from ..models.geo_location import GeoLocation

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
        from ..models.geo_location import GeoLocation

        d = dict(src_dict)

        def _parse_location(data: object) -> GeoLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = GeoLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        location = _parse_location(d.pop("location", UNSET))

        gps_dimension = d.pop("gpsDimension", UNSET)
        if not (gps_dimension is None or isinstance(gps_dimension, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(gps_dimension).__name__}")

        gps_coordinate_method = d.pop("gpsCoordinateMethod", UNSET)
        if not (gps_coordinate_method is None or isinstance(gps_coordinate_method, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(gps_coordinate_method).__name__}")

        def _parse_pdop(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                pdop_type_0 = float(data)

                return pdop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        pdop = _parse_pdop(d.pop("pdop", UNSET))

        def _parse_hdop(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                hdop_type_0 = float(data)

                return hdop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        hdop = _parse_hdop(d.pop("hdop", UNSET))

        def _parse_vdop(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                vdop_type_0 = float(data)

                return vdop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        vdop = _parse_vdop(d.pop("vdop", UNSET))

        def _parse_gdop(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                gdop_type_0 = float(data)

                return gdop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        gdop = _parse_gdop(d.pop("gdop", UNSET))

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
