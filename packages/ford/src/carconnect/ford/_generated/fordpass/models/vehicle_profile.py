from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.engine_type import EngineType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleProfile")


@_attrs_define
class VehicleProfile:
    vin: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    """ Model year. """
    engine_type: EngineType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

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

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        elif isinstance(self.engine_type, EngineType):
            engine_type = self.engine_type.value
        else:
            engine_type = self.engine_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["VIN"] = vin
        if model is not UNSET:
            field_dict["model"] = model
        if year is not UNSET:
            field_dict["year"] = year
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("VIN", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"VIN: unexpected value of type {type(vin).__name__}")

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

        engine_type = d.pop("engineType", UNSET)
        if not (engine_type is None or isinstance(engine_type, Unset)):
            try:
                if not isinstance(engine_type, str):
                    raise TypeError()
                engine_type_type_0 = EngineType.from_value(engine_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineType", engine_type, error)) from None
            engine_type = engine_type_type_0

        vehicle_profile = cls(
            vin=vin,
            model=model,
            year=year,
            engine_type=engine_type,
        )

        vehicle_profile.additional_properties = d
        return vehicle_profile

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
