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

        def _parse_vin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        vin = _parse_vin(d.pop("VIN", UNSET))

        def _parse_remote_lock(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        remote_lock = _parse_remote_lock(d.pop("remoteLock", UNSET))

        def _parse_remote_start(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        remote_start = _parse_remote_start(d.pop("remoteStart", UNSET))

        def _parse_guard_mode(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        guard_mode = _parse_guard_mode(d.pop("guardMode", UNSET))

        def _parse_zone_lighting(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        zone_lighting = _parse_zone_lighting(d.pop("zoneLighting", UNSET))

        def _parse_remote_panic_alarm(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        remote_panic_alarm = _parse_remote_panic_alarm(d.pop("remotePanicAlarm", UNSET))

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
