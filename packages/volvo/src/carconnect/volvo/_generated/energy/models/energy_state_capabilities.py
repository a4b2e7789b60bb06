from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EnergyStateCapabilities")


@_attrs_define
class EnergyStateCapabilities:
    """Whether the state endpoint is supported at all, and per member. The charging state member is named
    `chargingSystemStatus` on some cars and `chargingStatus` on others.

    """

    is_supported: bool | None | Unset = UNSET
    """ Whether the car supports the energy state at all. """
    battery_charge_level: CapabilitySupport | None | Unset = UNSET
    electric_range: CapabilitySupport | None | Unset = UNSET
    charger_connection_status: CapabilitySupport | None | Unset = UNSET
    charging_system_status: CapabilitySupport | None | Unset = UNSET
    charging_status: CapabilitySupport | None | Unset = UNSET
    charging_type: CapabilitySupport | None | Unset = UNSET
    charger_power_status: CapabilitySupport | None | Unset = UNSET
    estimated_charging_time_to_target_battery_charge_level: CapabilitySupport | None | Unset = UNSET
    target_battery_charge_level: CapabilitySupport | None | Unset = UNSET
    charging_current_limit: CapabilitySupport | None | Unset = UNSET
    charging_power: CapabilitySupport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_supported: bool | None | Unset
        if isinstance(self.is_supported, Unset):
            is_supported = UNSET
        else:
            is_supported = self.is_supported

        battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.battery_charge_level, Unset):
            battery_charge_level = UNSET
        elif isinstance(self.battery_charge_level, CapabilitySupport):
            battery_charge_level = self.battery_charge_level.to_dict()
        else:
            battery_charge_level = self.battery_charge_level

        electric_range: dict[str, Any] | None | Unset
        if isinstance(self.electric_range, Unset):
            electric_range = UNSET
        elif isinstance(self.electric_range, CapabilitySupport):
            electric_range = self.electric_range.to_dict()
        else:
            electric_range = self.electric_range

        charger_connection_status: dict[str, Any] | None | Unset
        if isinstance(self.charger_connection_status, Unset):
            charger_connection_status = UNSET
        elif isinstance(self.charger_connection_status, CapabilitySupport):
            charger_connection_status = self.charger_connection_status.to_dict()
        else:
            charger_connection_status = self.charger_connection_status

        charging_system_status: dict[str, Any] | None | Unset
        if isinstance(self.charging_system_status, Unset):
            charging_system_status = UNSET
        elif isinstance(self.charging_system_status, CapabilitySupport):
            charging_system_status = self.charging_system_status.to_dict()
        else:
            charging_system_status = self.charging_system_status

        charging_status: dict[str, Any] | None | Unset
        if isinstance(self.charging_status, Unset):
            charging_status = UNSET
        elif isinstance(self.charging_status, CapabilitySupport):
            charging_status = self.charging_status.to_dict()
        else:
            charging_status = self.charging_status

        charging_type: dict[str, Any] | None | Unset
        if isinstance(self.charging_type, Unset):
            charging_type = UNSET
        elif isinstance(self.charging_type, CapabilitySupport):
            charging_type = self.charging_type.to_dict()
        else:
            charging_type = self.charging_type

        charger_power_status: dict[str, Any] | None | Unset
        if isinstance(self.charger_power_status, Unset):
            charger_power_status = UNSET
        elif isinstance(self.charger_power_status, CapabilitySupport):
            charger_power_status = self.charger_power_status.to_dict()
        else:
            charger_power_status = self.charger_power_status

        estimated_charging_time_to_target_battery_charge_level: dict[str, Any] | None | Unset
        if isinstance(self.estimated_charging_time_to_target_battery_charge_level, Unset):
            estimated_charging_time_to_target_battery_charge_level = UNSET
        elif isinstance(self.estimated_charging_time_to_target_battery_charge_level, CapabilitySupport):
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
        elif isinstance(self.target_battery_charge_level, CapabilitySupport):
            target_battery_charge_level = self.target_battery_charge_level.to_dict()
        else:
            target_battery_charge_level = self.target_battery_charge_level

        charging_current_limit: dict[str, Any] | None | Unset
        if isinstance(self.charging_current_limit, Unset):
            charging_current_limit = UNSET
        elif isinstance(self.charging_current_limit, CapabilitySupport):
            charging_current_limit = self.charging_current_limit.to_dict()
        else:
            charging_current_limit = self.charging_current_limit

        charging_power: dict[str, Any] | None | Unset
        if isinstance(self.charging_power, Unset):
            charging_power = UNSET
        elif isinstance(self.charging_power, CapabilitySupport):
            charging_power = self.charging_power.to_dict()
        else:
            charging_power = self.charging_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_supported is not UNSET:
            field_dict["isSupported"] = is_supported
        if battery_charge_level is not UNSET:
            field_dict["batteryChargeLevel"] = battery_charge_level
        if electric_range is not UNSET:
            field_dict["electricRange"] = electric_range
        if charger_connection_status is not UNSET:
            field_dict["chargerConnectionStatus"] = charger_connection_status
        if charging_system_status is not UNSET:
            field_dict["chargingSystemStatus"] = charging_system_status
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
        is_supported = d.pop("isSupported", UNSET)
        if not (is_supported is None or isinstance(is_supported, (bool, Unset))):
            raise TypeError(f"isSupported: unexpected value of type {type(is_supported).__name__}")

        battery_charge_level = d.pop("batteryChargeLevel", UNSET)
        if not (battery_charge_level is None or isinstance(battery_charge_level, Unset)):
            try:
                if not isinstance(battery_charge_level, dict):
                    raise TypeError()
                battery_charge_level_type_0 = CapabilitySupport.from_dict(battery_charge_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("batteryChargeLevel", battery_charge_level, error)) from None
            battery_charge_level = battery_charge_level_type_0

        electric_range = d.pop("electricRange", UNSET)
        if not (electric_range is None or isinstance(electric_range, Unset)):
            try:
                if not isinstance(electric_range, dict):
                    raise TypeError()
                electric_range_type_0 = CapabilitySupport.from_dict(electric_range)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("electricRange", electric_range, error)) from None
            electric_range = electric_range_type_0

        charger_connection_status = d.pop("chargerConnectionStatus", UNSET)
        if not (charger_connection_status is None or isinstance(charger_connection_status, Unset)):
            try:
                if not isinstance(charger_connection_status, dict):
                    raise TypeError()
                charger_connection_status_type_0 = CapabilitySupport.from_dict(charger_connection_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargerConnectionStatus", charger_connection_status, error)) from None
            charger_connection_status = charger_connection_status_type_0

        charging_system_status = d.pop("chargingSystemStatus", UNSET)
        if not (charging_system_status is None or isinstance(charging_system_status, Unset)):
            try:
                if not isinstance(charging_system_status, dict):
                    raise TypeError()
                charging_system_status_type_0 = CapabilitySupport.from_dict(charging_system_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingSystemStatus", charging_system_status, error)) from None
            charging_system_status = charging_system_status_type_0

        charging_status = d.pop("chargingStatus", UNSET)
        if not (charging_status is None or isinstance(charging_status, Unset)):
            try:
                if not isinstance(charging_status, dict):
                    raise TypeError()
                charging_status_type_0 = CapabilitySupport.from_dict(charging_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingStatus", charging_status, error)) from None
            charging_status = charging_status_type_0

        charging_type = d.pop("chargingType", UNSET)
        if not (charging_type is None or isinstance(charging_type, Unset)):
            try:
                if not isinstance(charging_type, dict):
                    raise TypeError()
                charging_type_type_0 = CapabilitySupport.from_dict(charging_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingType", charging_type, error)) from None
            charging_type = charging_type_type_0

        charger_power_status = d.pop("chargerPowerStatus", UNSET)
        if not (charger_power_status is None or isinstance(charger_power_status, Unset)):
            try:
                if not isinstance(charger_power_status, dict):
                    raise TypeError()
                charger_power_status_type_0 = CapabilitySupport.from_dict(charger_power_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargerPowerStatus", charger_power_status, error)) from None
            charger_power_status = charger_power_status_type_0

        estimated_charging_time_to_target_battery_charge_level = d.pop(
            "estimatedChargingTimeToTargetBatteryChargeLevel", UNSET
        )
        if not (
            estimated_charging_time_to_target_battery_charge_level is None
            or isinstance(estimated_charging_time_to_target_battery_charge_level, Unset)
        ):
            try:
                if not isinstance(estimated_charging_time_to_target_battery_charge_level, dict):
                    raise TypeError()
                estimated_charging_time_to_target_battery_charge_level_type_0 = CapabilitySupport.from_dict(
                    estimated_charging_time_to_target_battery_charge_level
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error(
                        "estimatedChargingTimeToTargetBatteryChargeLevel",
                        estimated_charging_time_to_target_battery_charge_level,
                        error,
                    )
                ) from None
            estimated_charging_time_to_target_battery_charge_level = (
                estimated_charging_time_to_target_battery_charge_level_type_0
            )

        target_battery_charge_level = d.pop("targetBatteryChargeLevel", UNSET)
        if not (target_battery_charge_level is None or isinstance(target_battery_charge_level, Unset)):
            try:
                if not isinstance(target_battery_charge_level, dict):
                    raise TypeError()
                target_battery_charge_level_type_0 = CapabilitySupport.from_dict(target_battery_charge_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("targetBatteryChargeLevel", target_battery_charge_level, error)) from None
            target_battery_charge_level = target_battery_charge_level_type_0

        charging_current_limit = d.pop("chargingCurrentLimit", UNSET)
        if not (charging_current_limit is None or isinstance(charging_current_limit, Unset)):
            try:
                if not isinstance(charging_current_limit, dict):
                    raise TypeError()
                charging_current_limit_type_0 = CapabilitySupport.from_dict(charging_current_limit)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingCurrentLimit", charging_current_limit, error)) from None
            charging_current_limit = charging_current_limit_type_0

        charging_power = d.pop("chargingPower", UNSET)
        if not (charging_power is None or isinstance(charging_power, Unset)):
            try:
                if not isinstance(charging_power, dict):
                    raise TypeError()
                charging_power_type_0 = CapabilitySupport.from_dict(charging_power)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingPower", charging_power, error)) from None
            charging_power = charging_power_type_0

        energy_state_capabilities = cls(
            is_supported=is_supported,
            battery_charge_level=battery_charge_level,
            electric_range=electric_range,
            charger_connection_status=charger_connection_status,
            charging_system_status=charging_system_status,
            charging_status=charging_status,
            charging_type=charging_type,
            charger_power_status=charger_power_status,
            estimated_charging_time_to_target_battery_charge_level=estimated_charging_time_to_target_battery_charge_level,
            target_battery_charge_level=target_battery_charge_level,
            charging_current_limit=charging_current_limit,
            charging_power=charging_power,
        )

        energy_state_capabilities.additional_properties = d
        return energy_state_capabilities

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
from ..models.capability_support import CapabilitySupport
