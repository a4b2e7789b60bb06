from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Statistics")


@_attrs_define
class Statistics:
    """Trip statistics; each member appears only where the powertrain has it."""

    average_fuel_consumption: None | NumberField | Unset = UNSET
    """ Average fuel consumption of the manual trip meter (l/100km). """
    average_fuel_consumption_automatic: None | NumberField | Unset = UNSET
    """ Average fuel consumption of the automatic trip meter (l/100km). """
    average_energy_consumption: None | NumberField | Unset = UNSET
    """ Average energy consumption of the manual trip meter (kWh/100km). """
    average_energy_consumption_automatic: None | NumberField | Unset = UNSET
    """ Average energy consumption of the automatic trip meter (kWh/100km). """
    average_energy_consumption_since_charge: None | NumberField | Unset = UNSET
    """ Average energy consumption since the last charge (kWh/100km). """
    average_speed: None | NumberField | Unset = UNSET
    """ Average speed of the manual trip meter (km/h). """
    average_speed_automatic: None | NumberField | Unset = UNSET
    """ Average speed of the automatic trip meter (km/h). """
    trip_meter_manual: None | NumberField | Unset = UNSET
    """ Manual trip meter (km). """
    trip_meter_automatic: None | NumberField | Unset = UNSET
    """ Automatic trip meter (km). """
    distance_to_empty_tank: None | NumberField | Unset = UNSET
    """ Range on the fuel left (km). """
    distance_to_empty_battery: None | NumberField | Unset = UNSET
    """ Range on the battery charge left (km). """
    trip_meter_1: None | NumberField | Unset = UNSET
    """ Older name of `tripMeterManual`, still in Volvo's documentation. """
    trip_meter_2: None | NumberField | Unset = UNSET
    """ Older name of `tripMeterAutomatic`, still in Volvo's documentation. """
    distance_to_empty: None | NumberField | Unset = UNSET
    """ Older name of `distanceToEmptyTank`, still in Volvo's documentation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_fuel_consumption: dict[str, Any] | None | Unset
        if isinstance(self.average_fuel_consumption, Unset):
            average_fuel_consumption = UNSET
        elif isinstance(self.average_fuel_consumption, NumberField):
            average_fuel_consumption = self.average_fuel_consumption.to_dict()
        else:
            average_fuel_consumption = self.average_fuel_consumption

        average_fuel_consumption_automatic: dict[str, Any] | None | Unset
        if isinstance(self.average_fuel_consumption_automatic, Unset):
            average_fuel_consumption_automatic = UNSET
        elif isinstance(self.average_fuel_consumption_automatic, NumberField):
            average_fuel_consumption_automatic = self.average_fuel_consumption_automatic.to_dict()
        else:
            average_fuel_consumption_automatic = self.average_fuel_consumption_automatic

        average_energy_consumption: dict[str, Any] | None | Unset
        if isinstance(self.average_energy_consumption, Unset):
            average_energy_consumption = UNSET
        elif isinstance(self.average_energy_consumption, NumberField):
            average_energy_consumption = self.average_energy_consumption.to_dict()
        else:
            average_energy_consumption = self.average_energy_consumption

        average_energy_consumption_automatic: dict[str, Any] | None | Unset
        if isinstance(self.average_energy_consumption_automatic, Unset):
            average_energy_consumption_automatic = UNSET
        elif isinstance(self.average_energy_consumption_automatic, NumberField):
            average_energy_consumption_automatic = self.average_energy_consumption_automatic.to_dict()
        else:
            average_energy_consumption_automatic = self.average_energy_consumption_automatic

        average_energy_consumption_since_charge: dict[str, Any] | None | Unset
        if isinstance(self.average_energy_consumption_since_charge, Unset):
            average_energy_consumption_since_charge = UNSET
        elif isinstance(self.average_energy_consumption_since_charge, NumberField):
            average_energy_consumption_since_charge = self.average_energy_consumption_since_charge.to_dict()
        else:
            average_energy_consumption_since_charge = self.average_energy_consumption_since_charge

        average_speed: dict[str, Any] | None | Unset
        if isinstance(self.average_speed, Unset):
            average_speed = UNSET
        elif isinstance(self.average_speed, NumberField):
            average_speed = self.average_speed.to_dict()
        else:
            average_speed = self.average_speed

        average_speed_automatic: dict[str, Any] | None | Unset
        if isinstance(self.average_speed_automatic, Unset):
            average_speed_automatic = UNSET
        elif isinstance(self.average_speed_automatic, NumberField):
            average_speed_automatic = self.average_speed_automatic.to_dict()
        else:
            average_speed_automatic = self.average_speed_automatic

        trip_meter_manual: dict[str, Any] | None | Unset
        if isinstance(self.trip_meter_manual, Unset):
            trip_meter_manual = UNSET
        elif isinstance(self.trip_meter_manual, NumberField):
            trip_meter_manual = self.trip_meter_manual.to_dict()
        else:
            trip_meter_manual = self.trip_meter_manual

        trip_meter_automatic: dict[str, Any] | None | Unset
        if isinstance(self.trip_meter_automatic, Unset):
            trip_meter_automatic = UNSET
        elif isinstance(self.trip_meter_automatic, NumberField):
            trip_meter_automatic = self.trip_meter_automatic.to_dict()
        else:
            trip_meter_automatic = self.trip_meter_automatic

        distance_to_empty_tank: dict[str, Any] | None | Unset
        if isinstance(self.distance_to_empty_tank, Unset):
            distance_to_empty_tank = UNSET
        elif isinstance(self.distance_to_empty_tank, NumberField):
            distance_to_empty_tank = self.distance_to_empty_tank.to_dict()
        else:
            distance_to_empty_tank = self.distance_to_empty_tank

        distance_to_empty_battery: dict[str, Any] | None | Unset
        if isinstance(self.distance_to_empty_battery, Unset):
            distance_to_empty_battery = UNSET
        elif isinstance(self.distance_to_empty_battery, NumberField):
            distance_to_empty_battery = self.distance_to_empty_battery.to_dict()
        else:
            distance_to_empty_battery = self.distance_to_empty_battery

        trip_meter_1: dict[str, Any] | None | Unset
        if isinstance(self.trip_meter_1, Unset):
            trip_meter_1 = UNSET
        elif isinstance(self.trip_meter_1, NumberField):
            trip_meter_1 = self.trip_meter_1.to_dict()
        else:
            trip_meter_1 = self.trip_meter_1

        trip_meter_2: dict[str, Any] | None | Unset
        if isinstance(self.trip_meter_2, Unset):
            trip_meter_2 = UNSET
        elif isinstance(self.trip_meter_2, NumberField):
            trip_meter_2 = self.trip_meter_2.to_dict()
        else:
            trip_meter_2 = self.trip_meter_2

        distance_to_empty: dict[str, Any] | None | Unset
        if isinstance(self.distance_to_empty, Unset):
            distance_to_empty = UNSET
        elif isinstance(self.distance_to_empty, NumberField):
            distance_to_empty = self.distance_to_empty.to_dict()
        else:
            distance_to_empty = self.distance_to_empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_fuel_consumption is not UNSET:
            field_dict["averageFuelConsumption"] = average_fuel_consumption
        if average_fuel_consumption_automatic is not UNSET:
            field_dict["averageFuelConsumptionAutomatic"] = average_fuel_consumption_automatic
        if average_energy_consumption is not UNSET:
            field_dict["averageEnergyConsumption"] = average_energy_consumption
        if average_energy_consumption_automatic is not UNSET:
            field_dict["averageEnergyConsumptionAutomatic"] = average_energy_consumption_automatic
        if average_energy_consumption_since_charge is not UNSET:
            field_dict["averageEnergyConsumptionSinceCharge"] = average_energy_consumption_since_charge
        if average_speed is not UNSET:
            field_dict["averageSpeed"] = average_speed
        if average_speed_automatic is not UNSET:
            field_dict["averageSpeedAutomatic"] = average_speed_automatic
        if trip_meter_manual is not UNSET:
            field_dict["tripMeterManual"] = trip_meter_manual
        if trip_meter_automatic is not UNSET:
            field_dict["tripMeterAutomatic"] = trip_meter_automatic
        if distance_to_empty_tank is not UNSET:
            field_dict["distanceToEmptyTank"] = distance_to_empty_tank
        if distance_to_empty_battery is not UNSET:
            field_dict["distanceToEmptyBattery"] = distance_to_empty_battery
        if trip_meter_1 is not UNSET:
            field_dict["tripMeter1"] = trip_meter_1
        if trip_meter_2 is not UNSET:
            field_dict["tripMeter2"] = trip_meter_2
        if distance_to_empty is not UNSET:
            field_dict["distanceToEmpty"] = distance_to_empty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        average_fuel_consumption = d.pop("averageFuelConsumption", UNSET)
        if not (average_fuel_consumption is None or isinstance(average_fuel_consumption, Unset)):
            try:
                if not isinstance(average_fuel_consumption, dict):
                    raise TypeError()
                average_fuel_consumption_type_0 = NumberField.from_dict(average_fuel_consumption)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("averageFuelConsumption", average_fuel_consumption, error)) from None
            average_fuel_consumption = average_fuel_consumption_type_0

        average_fuel_consumption_automatic = d.pop("averageFuelConsumptionAutomatic", UNSET)
        if not (average_fuel_consumption_automatic is None or isinstance(average_fuel_consumption_automatic, Unset)):
            try:
                if not isinstance(average_fuel_consumption_automatic, dict):
                    raise TypeError()
                average_fuel_consumption_automatic_type_0 = NumberField.from_dict(average_fuel_consumption_automatic)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("averageFuelConsumptionAutomatic", average_fuel_consumption_automatic, error)
                ) from None
            average_fuel_consumption_automatic = average_fuel_consumption_automatic_type_0

        average_energy_consumption = d.pop("averageEnergyConsumption", UNSET)
        if not (average_energy_consumption is None or isinstance(average_energy_consumption, Unset)):
            try:
                if not isinstance(average_energy_consumption, dict):
                    raise TypeError()
                average_energy_consumption_type_0 = NumberField.from_dict(average_energy_consumption)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("averageEnergyConsumption", average_energy_consumption, error)) from None
            average_energy_consumption = average_energy_consumption_type_0

        average_energy_consumption_automatic = d.pop("averageEnergyConsumptionAutomatic", UNSET)
        if not (
            average_energy_consumption_automatic is None or isinstance(average_energy_consumption_automatic, Unset)
        ):
            try:
                if not isinstance(average_energy_consumption_automatic, dict):
                    raise TypeError()
                average_energy_consumption_automatic_type_0 = NumberField.from_dict(
                    average_energy_consumption_automatic
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("averageEnergyConsumptionAutomatic", average_energy_consumption_automatic, error)
                ) from None
            average_energy_consumption_automatic = average_energy_consumption_automatic_type_0

        average_energy_consumption_since_charge = d.pop("averageEnergyConsumptionSinceCharge", UNSET)
        if not (
            average_energy_consumption_since_charge is None
            or isinstance(average_energy_consumption_since_charge, Unset)
        ):
            try:
                if not isinstance(average_energy_consumption_since_charge, dict):
                    raise TypeError()
                average_energy_consumption_since_charge_type_0 = NumberField.from_dict(
                    average_energy_consumption_since_charge
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("averageEnergyConsumptionSinceCharge", average_energy_consumption_since_charge, error)
                ) from None
            average_energy_consumption_since_charge = average_energy_consumption_since_charge_type_0

        average_speed = d.pop("averageSpeed", UNSET)
        if not (average_speed is None or isinstance(average_speed, Unset)):
            try:
                if not isinstance(average_speed, dict):
                    raise TypeError()
                average_speed_type_0 = NumberField.from_dict(average_speed)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("averageSpeed", average_speed, error)) from None
            average_speed = average_speed_type_0

        average_speed_automatic = d.pop("averageSpeedAutomatic", UNSET)
        if not (average_speed_automatic is None or isinstance(average_speed_automatic, Unset)):
            try:
                if not isinstance(average_speed_automatic, dict):
                    raise TypeError()
                average_speed_automatic_type_0 = NumberField.from_dict(average_speed_automatic)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("averageSpeedAutomatic", average_speed_automatic, error)) from None
            average_speed_automatic = average_speed_automatic_type_0

        trip_meter_manual = d.pop("tripMeterManual", UNSET)
        if not (trip_meter_manual is None or isinstance(trip_meter_manual, Unset)):
            try:
                if not isinstance(trip_meter_manual, dict):
                    raise TypeError()
                trip_meter_manual_type_0 = NumberField.from_dict(trip_meter_manual)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tripMeterManual", trip_meter_manual, error)) from None
            trip_meter_manual = trip_meter_manual_type_0

        trip_meter_automatic = d.pop("tripMeterAutomatic", UNSET)
        if not (trip_meter_automatic is None or isinstance(trip_meter_automatic, Unset)):
            try:
                if not isinstance(trip_meter_automatic, dict):
                    raise TypeError()
                trip_meter_automatic_type_0 = NumberField.from_dict(trip_meter_automatic)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tripMeterAutomatic", trip_meter_automatic, error)) from None
            trip_meter_automatic = trip_meter_automatic_type_0

        distance_to_empty_tank = d.pop("distanceToEmptyTank", UNSET)
        if not (distance_to_empty_tank is None or isinstance(distance_to_empty_tank, Unset)):
            try:
                if not isinstance(distance_to_empty_tank, dict):
                    raise TypeError()
                distance_to_empty_tank_type_0 = NumberField.from_dict(distance_to_empty_tank)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("distanceToEmptyTank", distance_to_empty_tank, error)) from None
            distance_to_empty_tank = distance_to_empty_tank_type_0

        distance_to_empty_battery = d.pop("distanceToEmptyBattery", UNSET)
        if not (distance_to_empty_battery is None or isinstance(distance_to_empty_battery, Unset)):
            try:
                if not isinstance(distance_to_empty_battery, dict):
                    raise TypeError()
                distance_to_empty_battery_type_0 = NumberField.from_dict(distance_to_empty_battery)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("distanceToEmptyBattery", distance_to_empty_battery, error)) from None
            distance_to_empty_battery = distance_to_empty_battery_type_0

        trip_meter_1 = d.pop("tripMeter1", UNSET)
        if not (trip_meter_1 is None or isinstance(trip_meter_1, Unset)):
            try:
                if not isinstance(trip_meter_1, dict):
                    raise TypeError()
                trip_meter_1_type_0 = NumberField.from_dict(trip_meter_1)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tripMeter1", trip_meter_1, error)) from None
            trip_meter_1 = trip_meter_1_type_0

        trip_meter_2 = d.pop("tripMeter2", UNSET)
        if not (trip_meter_2 is None or isinstance(trip_meter_2, Unset)):
            try:
                if not isinstance(trip_meter_2, dict):
                    raise TypeError()
                trip_meter_2_type_0 = NumberField.from_dict(trip_meter_2)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tripMeter2", trip_meter_2, error)) from None
            trip_meter_2 = trip_meter_2_type_0

        distance_to_empty = d.pop("distanceToEmpty", UNSET)
        if not (distance_to_empty is None or isinstance(distance_to_empty, Unset)):
            try:
                if not isinstance(distance_to_empty, dict):
                    raise TypeError()
                distance_to_empty_type_0 = NumberField.from_dict(distance_to_empty)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("distanceToEmpty", distance_to_empty, error)) from None
            distance_to_empty = distance_to_empty_type_0

        statistics = cls(
            average_fuel_consumption=average_fuel_consumption,
            average_fuel_consumption_automatic=average_fuel_consumption_automatic,
            average_energy_consumption=average_energy_consumption,
            average_energy_consumption_automatic=average_energy_consumption_automatic,
            average_energy_consumption_since_charge=average_energy_consumption_since_charge,
            average_speed=average_speed,
            average_speed_automatic=average_speed_automatic,
            trip_meter_manual=trip_meter_manual,
            trip_meter_automatic=trip_meter_automatic,
            distance_to_empty_tank=distance_to_empty_tank,
            distance_to_empty_battery=distance_to_empty_battery,
            trip_meter_1=trip_meter_1,
            trip_meter_2=trip_meter_2,
            distance_to_empty=distance_to_empty,
        )

        statistics.additional_properties = d
        return statistics

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
