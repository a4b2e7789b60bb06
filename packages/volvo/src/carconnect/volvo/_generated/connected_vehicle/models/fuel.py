from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Fuel")


@_attrs_define
class Fuel:
    """Fuel and battery level."""

    fuel_amount: None | NumberField | Unset = UNSET
    """ Fuel in the tank (unit l). """
    battery_charge_level: None | NumberField | Unset = UNSET
    """ Traction battery charge (unit %); plug-in hybrids and electric cars, often absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fuel_amount: dict[str, Any] | None | Unset
        if isinstance(self.fuel_amount, Unset):
            fuel_amount = UNSET
        elif isinstance(self.fuel_amount, NumberField):
            fuel_amount = self.fuel_amount.to_dict()
        else:
            fuel_amount = self.fuel_amount

        battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.battery_charge_level, Unset):
            battery_charge_level = UNSET
        elif isinstance(self.battery_charge_level, NumberField):
            battery_charge_level = self.battery_charge_level.to_dict()
        else:
            battery_charge_level = self.battery_charge_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fuel_amount is not UNSET:
            field_dict["fuelAmount"] = fuel_amount
        if battery_charge_level is not UNSET:
            field_dict["batteryChargeLevel"] = battery_charge_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fuel_amount = d.pop("fuelAmount", UNSET)
        if not (fuel_amount is None or isinstance(fuel_amount, Unset)):
            try:
                if not isinstance(fuel_amount, dict):
                    raise TypeError()
                fuel_amount_type_0 = NumberField.from_dict(fuel_amount)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("fuelAmount", fuel_amount, error)) from None
            fuel_amount = fuel_amount_type_0

        battery_charge_level = d.pop("batteryChargeLevel", UNSET)
        if not (battery_charge_level is None or isinstance(battery_charge_level, Unset)):
            try:
                if not isinstance(battery_charge_level, dict):
                    raise TypeError()
                battery_charge_level_type_0 = NumberField.from_dict(battery_charge_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("batteryChargeLevel", battery_charge_level, error)) from None
            battery_charge_level = battery_charge_level_type_0

        fuel = cls(
            fuel_amount=fuel_amount,
            battery_charge_level=battery_charge_level,
        )

        fuel.additional_properties = d
        return fuel

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
from ..models.number_field import NumberField
