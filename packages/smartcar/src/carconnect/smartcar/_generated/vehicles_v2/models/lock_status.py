from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LockStatus")


@_attrs_define
class LockStatus:
    is_locked: bool | None
    """ Null when the make does not report it. """
    doors: list[Closure] | Unset = UNSET
    windows: list[Closure] | Unset = UNSET
    sunroof: list[Closure] | Unset = UNSET
    storage: list[Closure] | Unset = UNSET
    charging_port: list[Closure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_locked: bool | None
        is_locked = self.is_locked

        doors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.doors, Unset):
            doors = []
            for doors_item_data in self.doors:
                doors_item = doors_item_data.to_dict()
                doors.append(doors_item)

        windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = []
            for windows_item_data in self.windows:
                windows_item = windows_item_data.to_dict()
                windows.append(windows_item)

        sunroof: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sunroof, Unset):
            sunroof = []
            for sunroof_item_data in self.sunroof:
                sunroof_item = sunroof_item_data.to_dict()
                sunroof.append(sunroof_item)

        storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        charging_port: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charging_port, Unset):
            charging_port = []
            for charging_port_item_data in self.charging_port:
                charging_port_item = charging_port_item_data.to_dict()
                charging_port.append(charging_port_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLocked": is_locked,
            }
        )
        if doors is not UNSET:
            field_dict["doors"] = doors
        if windows is not UNSET:
            field_dict["windows"] = windows
        if sunroof is not UNSET:
            field_dict["sunroof"] = sunroof
        if storage is not UNSET:
            field_dict["storage"] = storage
        if charging_port is not UNSET:
            field_dict["chargingPort"] = charging_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_locked = d.pop("isLocked")
        if not (is_locked is None or isinstance(is_locked, bool)):
            raise TypeError(f"isLocked: unexpected value of type {type(is_locked).__name__}")

        _doors = d.pop("doors", UNSET)
        doors: list[Closure] | Unset = UNSET
        if _doors is not UNSET:
            doors = []
            for doors_item_data in _doors:
                doors_item = Closure.from_dict(doors_item_data)

                doors.append(doors_item)

        _windows = d.pop("windows", UNSET)
        windows: list[Closure] | Unset = UNSET
        if _windows is not UNSET:
            windows = []
            for windows_item_data in _windows:
                windows_item = Closure.from_dict(windows_item_data)

                windows.append(windows_item)

        _sunroof = d.pop("sunroof", UNSET)
        sunroof: list[Closure] | Unset = UNSET
        if _sunroof is not UNSET:
            sunroof = []
            for sunroof_item_data in _sunroof:
                sunroof_item = Closure.from_dict(sunroof_item_data)

                sunroof.append(sunroof_item)

        _storage = d.pop("storage", UNSET)
        storage: list[Closure] | Unset = UNSET
        if _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = Closure.from_dict(storage_item_data)

                storage.append(storage_item)

        _charging_port = d.pop("chargingPort", UNSET)
        charging_port: list[Closure] | Unset = UNSET
        if _charging_port is not UNSET:
            charging_port = []
            for charging_port_item_data in _charging_port:
                charging_port_item = Closure.from_dict(charging_port_item_data)

                charging_port.append(charging_port_item)

        lock_status = cls(
            is_locked=is_locked,
            doors=doors,
            windows=windows,
            sunroof=sunroof,
            storage=storage,
            charging_port=charging_port,
        )

        lock_status.additional_properties = d
        return lock_status

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
from ..models.closure import Closure
