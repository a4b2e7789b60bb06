from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.powertrain_type import PowertrainType
from ..models.vehicle_mode import VehicleMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleAttributes")


@_attrs_define
class VehicleAttributes:
    make: None | str | Unset = UNSET
    """ Upper-case make, e.g. `TESLA`. """
    model: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    """ Model year (sometimes sent as a string). """
    powertrain_type: None | PowertrainType | Unset = UNSET
    mode: None | Unset | VehicleMode = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        powertrain_type: None | str | Unset
        if isinstance(self.powertrain_type, Unset):
            powertrain_type = UNSET
        elif isinstance(self.powertrain_type, PowertrainType):
            powertrain_type = self.powertrain_type.value
        else:
            powertrain_type = self.powertrain_type

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, VehicleMode):
            mode = self.mode.value
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if year is not UNSET:
            field_dict["year"] = year
        if powertrain_type is not UNSET:
            field_dict["powertrainType"] = powertrain_type
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        make = d.pop("make", UNSET)
        if not (make is None or isinstance(make, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(make).__name__}")

        model = d.pop("model", UNSET)
        if not (model is None or isinstance(model, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(model).__name__}")

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                year_type_0 = int(data)

                return year_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        year = _parse_year(d.pop("year", UNSET))

        def _parse_powertrain_type(data: object) -> None | PowertrainType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                powertrain_type_type_0 = PowertrainType(data)

                return powertrain_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        powertrain_type = _parse_powertrain_type(d.pop("powertrainType", UNSET))

        def _parse_mode(data: object) -> None | Unset | VehicleMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = VehicleMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        mode = _parse_mode(d.pop("mode", UNSET))

        vehicle_attributes = cls(
            make=make,
            model=model,
            year=year,
            powertrain_type=powertrain_type,
            mode=mode,
        )

        vehicle_attributes.additional_properties = d
        return vehicle_attributes

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
