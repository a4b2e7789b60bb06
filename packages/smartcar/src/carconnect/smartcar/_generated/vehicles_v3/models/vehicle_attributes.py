from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.powertrain_type import PowertrainType
from ..models.vehicle_mode import VehicleMode
from ..types import UNSET, Unset, field_error

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
            raise TypeError(f"make: unexpected value of type {type(make).__name__}")

        model = d.pop("model", UNSET)
        if not (model is None or isinstance(model, (str, Unset))):
            raise TypeError(f"model: unexpected value of type {type(model).__name__}")

        year = d.pop("year", UNSET)
        if not (year is None or isinstance(year, Unset)):
            try:
                if not (isinstance(year, (int, float, str)) and not isinstance(year, bool)):
                    raise TypeError()
                year_type_0 = int(year)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("year", year, error)) from None
            year = year_type_0

        powertrain_type = d.pop("powertrainType", UNSET)
        if not (powertrain_type is None or isinstance(powertrain_type, Unset)):
            try:
                if not isinstance(powertrain_type, str):
                    raise TypeError()
                powertrain_type_type_0 = PowertrainType.from_value(powertrain_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("powertrainType", powertrain_type, error)) from None
            powertrain_type = powertrain_type_type_0

        mode = d.pop("mode", UNSET)
        if not (mode is None or isinstance(mode, Unset)):
            try:
                if not isinstance(mode, str):
                    raise TypeError()
                mode_type_0 = VehicleMode.from_value(mode)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mode", mode, error)) from None
            mode = mode_type_0

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
