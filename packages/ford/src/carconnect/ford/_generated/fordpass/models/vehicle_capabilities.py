from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleCapabilities")


@_attrs_define
class VehicleCapabilities:
    """What the vehicle supports. Values are booleans or strings such as "Display" (shown in the app); unlisted
    capabilities stay available by name.

    """

    vin: None | str | Unset = UNSET
    remote_lock: bool | None | str | Unset = UNSET
    remote_start: bool | None | str | Unset = UNSET
    guard_mode: bool | None | str | Unset = UNSET
    zone_lighting: bool | None | str | Unset = UNSET
    remote_panic_alarm: bool | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        remote_lock: bool | None | str | Unset
        if isinstance(self.remote_lock, Unset):
            remote_lock = UNSET
        else:
            remote_lock = self.remote_lock

        remote_start: bool | None | str | Unset
        if isinstance(self.remote_start, Unset):
            remote_start = UNSET
        else:
            remote_start = self.remote_start

        guard_mode: bool | None | str | Unset
        if isinstance(self.guard_mode, Unset):
            guard_mode = UNSET
        else:
            guard_mode = self.guard_mode

        zone_lighting: bool | None | str | Unset
        if isinstance(self.zone_lighting, Unset):
            zone_lighting = UNSET
        else:
            zone_lighting = self.zone_lighting

        remote_panic_alarm: bool | None | str | Unset
        if isinstance(self.remote_panic_alarm, Unset):
            remote_panic_alarm = UNSET
        else:
            remote_panic_alarm = self.remote_panic_alarm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["VIN"] = vin
        if remote_lock is not UNSET:
            field_dict["remoteLock"] = remote_lock
        if remote_start is not UNSET:
            field_dict["remoteStart"] = remote_start
        if guard_mode is not UNSET:
            field_dict["guardMode"] = guard_mode
        if zone_lighting is not UNSET:
            field_dict["zoneLighting"] = zone_lighting
        if remote_panic_alarm is not UNSET:
            field_dict["remotePanicAlarm"] = remote_panic_alarm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("VIN", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"VIN: unexpected value of type {type(vin).__name__}")

        remote_lock = d.pop("remoteLock", UNSET)
        if not (remote_lock is None or isinstance(remote_lock, (bool, str, Unset))):
            raise TypeError(f"remoteLock: unexpected value of type {type(remote_lock).__name__}")

        remote_start = d.pop("remoteStart", UNSET)
        if not (remote_start is None or isinstance(remote_start, (bool, str, Unset))):
            raise TypeError(f"remoteStart: unexpected value of type {type(remote_start).__name__}")

        guard_mode = d.pop("guardMode", UNSET)
        if not (guard_mode is None or isinstance(guard_mode, (bool, str, Unset))):
            raise TypeError(f"guardMode: unexpected value of type {type(guard_mode).__name__}")

        zone_lighting = d.pop("zoneLighting", UNSET)
        if not (zone_lighting is None or isinstance(zone_lighting, (bool, str, Unset))):
            raise TypeError(f"zoneLighting: unexpected value of type {type(zone_lighting).__name__}")

        remote_panic_alarm = d.pop("remotePanicAlarm", UNSET)
        if not (remote_panic_alarm is None or isinstance(remote_panic_alarm, (bool, str, Unset))):
            raise TypeError(f"remotePanicAlarm: unexpected value of type {type(remote_panic_alarm).__name__}")

        vehicle_capabilities = cls(
            vin=vin,
            remote_lock=remote_lock,
            remote_start=remote_start,
            guard_mode=guard_mode,
            zone_lighting=zone_lighting,
            remote_panic_alarm=remote_panic_alarm,
        )

        vehicle_capabilities.additional_properties = d
        return vehicle_capabilities

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
