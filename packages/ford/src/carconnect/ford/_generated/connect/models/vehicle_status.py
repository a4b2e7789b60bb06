from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleStatus")


@_attrs_define
class VehicleStatus:
    """Last known vehicle state."""

    tire_pressure_warning: bool | None | Unset = UNSET
    deep_sleep_in_progress: bool | None | Unset = UNSET
    """ True while the vehicle is in deep sleep and will not accept commands. """
    firmware_upgrade_in_progress: bool | None | Unset = UNSET
    remote_start_status: None | RemoteStartStatus | Unset = UNSET
    charging_status: ChargingStatus | None | Unset = UNSET
    plug_status: None | PlugStatus | Unset = UNSET
    ignition_status: IgnitionStatus | None | Unset = UNSET
    door_status: list[DoorStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tire_pressure_warning: bool | None | Unset
        if isinstance(self.tire_pressure_warning, Unset):
            tire_pressure_warning = UNSET
        else:
            tire_pressure_warning = self.tire_pressure_warning

        deep_sleep_in_progress: bool | None | Unset
        if isinstance(self.deep_sleep_in_progress, Unset):
            deep_sleep_in_progress = UNSET
        else:
            deep_sleep_in_progress = self.deep_sleep_in_progress

        firmware_upgrade_in_progress: bool | None | Unset
        if isinstance(self.firmware_upgrade_in_progress, Unset):
            firmware_upgrade_in_progress = UNSET
        else:
            firmware_upgrade_in_progress = self.firmware_upgrade_in_progress

        remote_start_status: dict[str, Any] | None | Unset
        if isinstance(self.remote_start_status, Unset):
            remote_start_status = UNSET
        elif isinstance(self.remote_start_status, RemoteStartStatus):
            remote_start_status = self.remote_start_status.to_dict()
        else:
            remote_start_status = self.remote_start_status

        charging_status: dict[str, Any] | None | Unset
        if isinstance(self.charging_status, Unset):
            charging_status = UNSET
        elif isinstance(self.charging_status, ChargingStatus):
            charging_status = self.charging_status.to_dict()
        else:
            charging_status = self.charging_status

        plug_status: dict[str, Any] | None | Unset
        if isinstance(self.plug_status, Unset):
            plug_status = UNSET
        elif isinstance(self.plug_status, PlugStatus):
            plug_status = self.plug_status.to_dict()
        else:
            plug_status = self.plug_status

        ignition_status: dict[str, Any] | None | Unset
        if isinstance(self.ignition_status, Unset):
            ignition_status = UNSET
        elif isinstance(self.ignition_status, IgnitionStatus):
            ignition_status = self.ignition_status.to_dict()
        else:
            ignition_status = self.ignition_status

        door_status: list[dict[str, Any]] | None | Unset
        if isinstance(self.door_status, Unset):
            door_status = UNSET
        elif isinstance(self.door_status, list):
            door_status = []
            for door_status_type_0_item_data in self.door_status:
                door_status_type_0_item = door_status_type_0_item_data.to_dict()
                door_status.append(door_status_type_0_item)

        else:
            door_status = self.door_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tire_pressure_warning is not UNSET:
            field_dict["tirePressureWarning"] = tire_pressure_warning
        if deep_sleep_in_progress is not UNSET:
            field_dict["deepSleepInProgress"] = deep_sleep_in_progress
        if firmware_upgrade_in_progress is not UNSET:
            field_dict["firmwareUpgradeInProgress"] = firmware_upgrade_in_progress
        if remote_start_status is not UNSET:
            field_dict["remoteStartStatus"] = remote_start_status
        if charging_status is not UNSET:
            field_dict["chargingStatus"] = charging_status
        if plug_status is not UNSET:
            field_dict["plugStatus"] = plug_status
        if ignition_status is not UNSET:
            field_dict["ignitionStatus"] = ignition_status
        if door_status is not UNSET:
            field_dict["doorStatus"] = door_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tire_pressure_warning = d.pop("tirePressureWarning", UNSET)
        if not (tire_pressure_warning is None or isinstance(tire_pressure_warning, (bool, Unset))):
            raise TypeError(f"tirePressureWarning: unexpected value of type {type(tire_pressure_warning).__name__}")

        deep_sleep_in_progress = d.pop("deepSleepInProgress", UNSET)
        if not (deep_sleep_in_progress is None or isinstance(deep_sleep_in_progress, (bool, Unset))):
            raise TypeError(f"deepSleepInProgress: unexpected value of type {type(deep_sleep_in_progress).__name__}")

        firmware_upgrade_in_progress = d.pop("firmwareUpgradeInProgress", UNSET)
        if not (firmware_upgrade_in_progress is None or isinstance(firmware_upgrade_in_progress, (bool, Unset))):
            raise TypeError(
                f"firmwareUpgradeInProgress: unexpected value of type {type(firmware_upgrade_in_progress).__name__}"
            )

        remote_start_status = d.pop("remoteStartStatus", UNSET)
        if not (remote_start_status is None or isinstance(remote_start_status, Unset)):
            try:
                if not isinstance(remote_start_status, dict):
                    raise TypeError()
                remote_start_status_type_0 = RemoteStartStatus.from_dict(remote_start_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("remoteStartStatus", remote_start_status, error)) from None
            remote_start_status = remote_start_status_type_0

        charging_status = d.pop("chargingStatus", UNSET)
        if not (charging_status is None or isinstance(charging_status, Unset)):
            try:
                if not isinstance(charging_status, dict):
                    raise TypeError()
                charging_status_type_0 = ChargingStatus.from_dict(charging_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingStatus", charging_status, error)) from None
            charging_status = charging_status_type_0

        plug_status = d.pop("plugStatus", UNSET)
        if not (plug_status is None or isinstance(plug_status, Unset)):
            try:
                if not isinstance(plug_status, dict):
                    raise TypeError()
                plug_status_type_0 = PlugStatus.from_dict(plug_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("plugStatus", plug_status, error)) from None
            plug_status = plug_status_type_0

        ignition_status = d.pop("ignitionStatus", UNSET)
        if not (ignition_status is None or isinstance(ignition_status, Unset)):
            try:
                if not isinstance(ignition_status, dict):
                    raise TypeError()
                ignition_status_type_0 = IgnitionStatus.from_dict(ignition_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("ignitionStatus", ignition_status, error)) from None
            ignition_status = ignition_status_type_0

        door_status = d.pop("doorStatus", UNSET)
        if not (door_status is None or isinstance(door_status, Unset)):
            try:
                if not isinstance(door_status, list):
                    raise TypeError()
                door_status_type_0 = []
                _door_status_type_0 = door_status
                for door_status_type_0_item_data in _door_status_type_0:
                    door_status_type_0_item = DoorStatus.from_dict(door_status_type_0_item_data)

                    door_status_type_0.append(door_status_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("doorStatus", door_status, error)) from None
            door_status = door_status_type_0

        vehicle_status = cls(
            tire_pressure_warning=tire_pressure_warning,
            deep_sleep_in_progress=deep_sleep_in_progress,
            firmware_upgrade_in_progress=firmware_upgrade_in_progress,
            remote_start_status=remote_start_status,
            charging_status=charging_status,
            plug_status=plug_status,
            ignition_status=ignition_status,
            door_status=door_status,
        )

        vehicle_status.additional_properties = d
        return vehicle_status

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
from ..models.charging_status import ChargingStatus
from ..models.door_status import DoorStatus
from ..models.ignition_status import IgnitionStatus
from ..models.plug_status import PlugStatus
from ..models.remote_start_status import RemoteStartStatus
