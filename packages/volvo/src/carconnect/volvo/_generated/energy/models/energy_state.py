from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnergyState")


@_attrs_define
class EnergyState:
    """Body of `get_energy_state`. Each member is either its OK reading or an `EnergyPropertyError`."""

    battery_charge_level: EnergyNumberValue | EnergyPropertyError | None | Unset = UNSET
    """ Battery charge (unit percentage). """
    electric_range: EnergyIntegerValue | EnergyPropertyError | None | Unset = UNSET
    """ Range on the battery (unit km, mi or miles). """
    charger_connection_status: ChargerConnectionStatusValue | EnergyPropertyError | None | Unset = UNSET
    charging_status: ChargingStatusValue | EnergyPropertyError | None | Unset = UNSET
    charging_type: ChargingTypeValue | EnergyPropertyError | None | Unset = UNSET
    charger_power_status: ChargerPowerStatusValue | EnergyPropertyError | None | Unset = UNSET
    estimated_charging_time_to_target_battery_charge_level: EnergyIntegerValue | EnergyPropertyError | None | Unset = (
        UNSET
    )
    """ Time until the target level is reached (unit minutes). """
    target_battery_charge_level: EnergyIntegerValue | EnergyPropertyError | None | Unset = UNSET
    """ Charge limit set in the car (unit percentage; read-only). """
    charging_current_limit: EnergyIntegerValue | EnergyPropertyError | None | Unset = UNSET
    """ Charging current limit set in the car (unit ampere; read-only). """
    charging_power: EnergyIntegerValue | EnergyPropertyError | None | Unset = UNSET
    """ Charging power (unit watts); only valid while charging, PROPERTY_NOT_FOUND otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.battery_charge_level, Unset):
            battery_charge_level = UNSET
        elif isinstance(self.battery_charge_level, EnergyPropertyError) or isinstance(
            self.battery_charge_level, EnergyNumberValue
        ):
            battery_charge_level = self.battery_charge_level.to_dict()
        else:
            battery_charge_level = self.battery_charge_level

        electric_range: dict[str, Any] | None | Unset
        if isinstance(self.electric_range, Unset):
            electric_range = UNSET
        elif isinstance(self.electric_range, EnergyPropertyError) or isinstance(
            self.electric_range, EnergyIntegerValue
        ):
            electric_range = self.electric_range.to_dict()
        else:
            electric_range = self.electric_range

        charger_connection_status: dict[str, Any] | None | Unset
        if isinstance(self.charger_connection_status, Unset):
            charger_connection_status = UNSET
        elif isinstance(self.charger_connection_status, EnergyPropertyError) or isinstance(
            self.charger_connection_status, ChargerConnectionStatusValue
        ):
            charger_connection_status = self.charger_connection_status.to_dict()
        else:
            charger_connection_status = self.charger_connection_status

        charging_status: dict[str, Any] | None | Unset
        if isinstance(self.charging_status, Unset):
            charging_status = UNSET
        elif isinstance(self.charging_status, EnergyPropertyError) or isinstance(
            self.charging_status, ChargingStatusValue
        ):
            charging_status = self.charging_status.to_dict()
        else:
            charging_status = self.charging_status

        charging_type: dict[str, Any] | None | Unset
        if isinstance(self.charging_type, Unset):
            charging_type = UNSET
        elif isinstance(self.charging_type, EnergyPropertyError) or isinstance(self.charging_type, ChargingTypeValue):
            charging_type = self.charging_type.to_dict()
        else:
            charging_type = self.charging_type

        charger_power_status: dict[str, Any] | None | Unset
        if isinstance(self.charger_power_status, Unset):
            charger_power_status = UNSET
        elif isinstance(self.charger_power_status, EnergyPropertyError) or isinstance(
            self.charger_power_status, ChargerPowerStatusValue
        ):
            charger_power_status = self.charger_power_status.to_dict()
        else:
            charger_power_status = self.charger_power_status

        estimated_charging_time_to_target_battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.estimated_charging_time_to_target_battery_charge_level, Unset):
            estimated_charging_time_to_target_battery_charge_level = UNSET
        elif isinstance(self.estimated_charging_time_to_target_battery_charge_level, EnergyPropertyError) or isinstance(
            self.estimated_charging_time_to_target_battery_charge_level, EnergyIntegerValue
        ):
            estimated_charging_time_to_target_battery_charge_level = (
                self.estimated_charging_time_to_target_battery_charge_level.to_dict()
            )
        else:
            estimated_charging_time_to_target_battery_charge_level = (
                self.estimated_charging_time_to_target_battery_charge_level
            )

        target_battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.target_battery_charge_level, Unset):
            target_battery_charge_level = UNSET
        elif isinstance(self.target_battery_charge_level, EnergyPropertyError) or isinstance(
            self.target_battery_charge_level, EnergyIntegerValue
        ):
            target_battery_charge_level = self.target_battery_charge_level.to_dict()
        else:
            target_battery_charge_level = self.target_battery_charge_level

        charging_current_limit: dict[str, Any] | None | Unset
        if isinstance(self.charging_current_limit, Unset):
            charging_current_limit = UNSET
        elif isinstance(self.charging_current_limit, EnergyPropertyError) or isinstance(
            self.charging_current_limit, EnergyIntegerValue
        ):
            charging_current_limit = self.charging_current_limit.to_dict()
        else:
            charging_current_limit = self.charging_current_limit

        charging_power: dict[str, Any] | None | Unset
        if isinstance(self.charging_power, Unset):
            charging_power = UNSET
        elif isinstance(self.charging_power, EnergyPropertyError) or isinstance(
            self.charging_power, EnergyIntegerValue
        ):
            charging_power = self.charging_power.to_dict()
        else:
            charging_power = self.charging_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if battery_charge_level is not UNSET:
            field_dict["batteryChargeLevel"] = battery_charge_level
        if electric_range is not UNSET:
            field_dict["electricRange"] = electric_range
        if charger_connection_status is not UNSET:
            field_dict["chargerConnectionStatus"] = charger_connection_status
        if charging_status is not UNSET:
            field_dict["chargingStatus"] = charging_status
        if charging_type is not UNSET:
            field_dict["chargingType"] = charging_type
        if charger_power_status is not UNSET:
            field_dict["chargerPowerStatus"] = charger_power_status
        if estimated_charging_time_to_target_battery_charge_level is not UNSET:
            field_dict["estimatedChargingTimeToTargetBatteryChargeLevel"] = (
                estimated_charging_time_to_target_battery_charge_level
            )
        if target_battery_charge_level is not UNSET:
            field_dict["targetBatteryChargeLevel"] = target_battery_charge_level
        if charging_current_limit is not UNSET:
            field_dict["chargingCurrentLimit"] = charging_current_limit
        if charging_power is not UNSET:
            field_dict["chargingPower"] = charging_power

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_battery_charge_level(data: object) -> EnergyNumberValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                battery_charge_level_type_0 = EnergyPropertyError.from_dict(data)

                return battery_charge_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                battery_charge_level_type_1 = EnergyNumberValue.from_dict(data)

                return battery_charge_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"batteryChargeLevel: unexpected value of type {type(data).__name__}")

        battery_charge_level = _parse_battery_charge_level(d.pop("batteryChargeLevel", UNSET))

        def _parse_electric_range(data: object) -> EnergyIntegerValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                electric_range_type_0 = EnergyPropertyError.from_dict(data)

                return electric_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                electric_range_type_1 = EnergyIntegerValue.from_dict(data)

                return electric_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"electricRange: unexpected value of type {type(data).__name__}")

        electric_range = _parse_electric_range(d.pop("electricRange", UNSET))

        def _parse_charger_connection_status(
            data: object,
        ) -> ChargerConnectionStatusValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charger_connection_status_type_0 = EnergyPropertyError.from_dict(data)

                return charger_connection_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charger_connection_status_type_1 = ChargerConnectionStatusValue.from_dict(data)

                return charger_connection_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargerConnectionStatus: unexpected value of type {type(data).__name__}")

        charger_connection_status = _parse_charger_connection_status(d.pop("chargerConnectionStatus", UNSET))

        def _parse_charging_status(data: object) -> ChargingStatusValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_status_type_0 = EnergyPropertyError.from_dict(data)

                return charging_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_status_type_1 = ChargingStatusValue.from_dict(data)

                return charging_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargingStatus: unexpected value of type {type(data).__name__}")

        charging_status = _parse_charging_status(d.pop("chargingStatus", UNSET))

        def _parse_charging_type(data: object) -> ChargingTypeValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_type_type_0 = EnergyPropertyError.from_dict(data)

                return charging_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_type_type_1 = ChargingTypeValue.from_dict(data)

                return charging_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargingType: unexpected value of type {type(data).__name__}")

        charging_type = _parse_charging_type(d.pop("chargingType", UNSET))

        def _parse_charger_power_status(data: object) -> ChargerPowerStatusValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charger_power_status_type_0 = EnergyPropertyError.from_dict(data)

                return charger_power_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charger_power_status_type_1 = ChargerPowerStatusValue.from_dict(data)

                return charger_power_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargerPowerStatus: unexpected value of type {type(data).__name__}")

        charger_power_status = _parse_charger_power_status(d.pop("chargerPowerStatus", UNSET))

        def _parse_estimated_charging_time_to_target_battery_charge_level(
            data: object,
        ) -> EnergyIntegerValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimated_charging_time_to_target_battery_charge_level_type_0 = EnergyPropertyError.from_dict(data)

                return estimated_charging_time_to_target_battery_charge_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimated_charging_time_to_target_battery_charge_level_type_1 = EnergyIntegerValue.from_dict(data)

                return estimated_charging_time_to_target_battery_charge_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"estimatedChargingTimeToTargetBatteryChargeLevel: unexpected value of type {type(data).__name__}"
            )

        estimated_charging_time_to_target_battery_charge_level = (
            _parse_estimated_charging_time_to_target_battery_charge_level(
                d.pop("estimatedChargingTimeToTargetBatteryChargeLevel", UNSET)
            )
        )

        def _parse_target_battery_charge_level(data: object) -> EnergyIntegerValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_battery_charge_level_type_0 = EnergyPropertyError.from_dict(data)

                return target_battery_charge_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_battery_charge_level_type_1 = EnergyIntegerValue.from_dict(data)

                return target_battery_charge_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"targetBatteryChargeLevel: unexpected value of type {type(data).__name__}")

        target_battery_charge_level = _parse_target_battery_charge_level(d.pop("targetBatteryChargeLevel", UNSET))

        def _parse_charging_current_limit(data: object) -> EnergyIntegerValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_current_limit_type_0 = EnergyPropertyError.from_dict(data)

                return charging_current_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_current_limit_type_1 = EnergyIntegerValue.from_dict(data)

                return charging_current_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargingCurrentLimit: unexpected value of type {type(data).__name__}")

        charging_current_limit = _parse_charging_current_limit(d.pop("chargingCurrentLimit", UNSET))

        def _parse_charging_power(data: object) -> EnergyIntegerValue | EnergyPropertyError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_power_type_0 = EnergyPropertyError.from_dict(data)

                return charging_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charging_power_type_1 = EnergyIntegerValue.from_dict(data)

                return charging_power_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"chargingPower: unexpected value of type {type(data).__name__}")

        charging_power = _parse_charging_power(d.pop("chargingPower", UNSET))

        energy_state = cls(
            battery_charge_level=battery_charge_level,
            electric_range=electric_range,
            charger_connection_status=charger_connection_status,
            charging_status=charging_status,
            charging_type=charging_type,
            charger_power_status=charger_power_status,
            estimated_charging_time_to_target_battery_charge_level=estimated_charging_time_to_target_battery_charge_level,
            target_battery_charge_level=target_battery_charge_level,
            charging_current_limit=charging_current_limit,
            charging_power=charging_power,
        )

        energy_state.additional_properties = d
        return energy_state

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
from ..models.charger_connection_status_value import ChargerConnectionStatusValue
from ..models.charger_power_status_value import ChargerPowerStatusValue
from ..models.charging_status_value import ChargingStatusValue
from ..models.charging_type_value import ChargingTypeValue
from ..models.energy_integer_value import EnergyIntegerValue
from ..models.energy_number_value import EnergyNumberValue
from ..models.energy_property_error import EnergyPropertyError
