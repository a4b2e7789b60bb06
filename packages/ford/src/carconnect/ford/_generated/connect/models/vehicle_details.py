from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleDetails")


@_attrs_define
class VehicleDetails:
    """Energy levels and distance counters."""

    fuel_level: EnergyLevel | None | Unset = UNSET
    battery_charge_level: EnergyLevel | None | Unset = UNSET
    mileage: float | None | Unset = UNSET
    """ Distance travelled in miles. """
    odometer: float | None | Unset = UNSET
    """ Odometer in kilometres. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fuel_level: dict[str, Any] | None | Unset
        if isinstance(self.fuel_level, Unset):
            fuel_level = UNSET
        elif isinstance(self.fuel_level, EnergyLevel):
            fuel_level = self.fuel_level.to_dict()
        else:
            fuel_level = self.fuel_level

        battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.battery_charge_level, Unset):
            battery_charge_level = UNSET
        elif isinstance(self.battery_charge_level, EnergyLevel):
            battery_charge_level = self.battery_charge_level.to_dict()
        else:
            battery_charge_level = self.battery_charge_level

        mileage: float | None | Unset
        if isinstance(self.mileage, Unset):
            mileage = UNSET
        else:
            mileage = self.mileage

        odometer: float | None | Unset
        if isinstance(self.odometer, Unset):
            odometer = UNSET
        else:
            odometer = self.odometer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fuel_level is not UNSET:
            field_dict["fuelLevel"] = fuel_level
        if battery_charge_level is not UNSET:
            field_dict["batteryChargeLevel"] = battery_charge_level
        if mileage is not UNSET:
            field_dict["mileage"] = mileage
        if odometer is not UNSET:
            field_dict["odometer"] = odometer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fuel_level = d.pop("fuelLevel", UNSET)
        if not (fuel_level is None or isinstance(fuel_level, Unset)):
            try:
                if not isinstance(fuel_level, dict):
                    raise TypeError()
                fuel_level_type_0 = EnergyLevel.from_dict(fuel_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("fuelLevel", fuel_level, error)) from None
            fuel_level = fuel_level_type_0

        battery_charge_level = d.pop("batteryChargeLevel", UNSET)
        if not (battery_charge_level is None or isinstance(battery_charge_level, Unset)):
            try:
                if not isinstance(battery_charge_level, dict):
                    raise TypeError()
                battery_charge_level_type_0 = EnergyLevel.from_dict(battery_charge_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("batteryChargeLevel", battery_charge_level, error)) from None
            battery_charge_level = battery_charge_level_type_0

        mileage = d.pop("mileage", UNSET)
        if not (mileage is None or isinstance(mileage, Unset)):
            try:
                if not (isinstance(mileage, (int, float, str)) and not isinstance(mileage, bool)):
                    raise TypeError()
                mileage_type_0 = float(mileage)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mileage", mileage, error)) from None
            mileage = mileage_type_0

        odometer = d.pop("odometer", UNSET)
        if not (odometer is None or isinstance(odometer, Unset)):
            try:
                if not (isinstance(odometer, (int, float, str)) and not isinstance(odometer, bool)):
                    raise TypeError()
                odometer_type_0 = float(odometer)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("odometer", odometer, error)) from None
            odometer = odometer_type_0

        vehicle_details = cls(
            fuel_level=fuel_level,
            battery_charge_level=battery_charge_level,
            mileage=mileage,
            odometer=odometer,
        )

        vehicle_details.additional_properties = d
        return vehicle_details

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
from ..models.energy_level import EnergyLevel
