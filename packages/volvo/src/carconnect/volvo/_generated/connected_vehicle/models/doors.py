from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lock_status_field import LockStatusField
    from ..models.open_status_field import OpenStatusField


T = TypeVar("T", bound="Doors")


@_attrs_define
class Doors:
    """Central lock and door state; members the car does not report are absent or null."""

    central_lock: LockStatusField | None | Unset = UNSET
    front_left_door: None | OpenStatusField | Unset = UNSET
    front_right_door: None | OpenStatusField | Unset = UNSET
    rear_left_door: None | OpenStatusField | Unset = UNSET
    rear_right_door: None | OpenStatusField | Unset = UNSET
    hood: None | OpenStatusField | Unset = UNSET
    tailgate: None | OpenStatusField | Unset = UNSET
    tank_lid: None | OpenStatusField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lock_status_field import LockStatusField
        from ..models.open_status_field import OpenStatusField

        central_lock: dict[str, Any] | None | Unset
        if isinstance(self.central_lock, Unset):
            central_lock = UNSET
        elif isinstance(self.central_lock, LockStatusField):
            central_lock = self.central_lock.to_dict()
        else:
            central_lock = self.central_lock

        front_left_door: dict[str, Any] | None | Unset
        if isinstance(self.front_left_door, Unset):
            front_left_door = UNSET
        elif isinstance(self.front_left_door, OpenStatusField):
            front_left_door = self.front_left_door.to_dict()
        else:
            front_left_door = self.front_left_door

        front_right_door: dict[str, Any] | None | Unset
        if isinstance(self.front_right_door, Unset):
            front_right_door = UNSET
        elif isinstance(self.front_right_door, OpenStatusField):
            front_right_door = self.front_right_door.to_dict()
        else:
            front_right_door = self.front_right_door

        rear_left_door: dict[str, Any] | None | Unset
        if isinstance(self.rear_left_door, Unset):
            rear_left_door = UNSET
        elif isinstance(self.rear_left_door, OpenStatusField):
            rear_left_door = self.rear_left_door.to_dict()
        else:
            rear_left_door = self.rear_left_door

        rear_right_door: dict[str, Any] | None | Unset
        if isinstance(self.rear_right_door, Unset):
            rear_right_door = UNSET
        elif isinstance(self.rear_right_door, OpenStatusField):
            rear_right_door = self.rear_right_door.to_dict()
        else:
            rear_right_door = self.rear_right_door

        hood: dict[str, Any] | None | Unset
        if isinstance(self.hood, Unset):
            hood = UNSET
        elif isinstance(self.hood, OpenStatusField):
            hood = self.hood.to_dict()
        else:
            hood = self.hood

        tailgate: dict[str, Any] | None | Unset
        if isinstance(self.tailgate, Unset):
            tailgate = UNSET
        elif isinstance(self.tailgate, OpenStatusField):
            tailgate = self.tailgate.to_dict()
        else:
            tailgate = self.tailgate

        tank_lid: dict[str, Any] | None | Unset
        if isinstance(self.tank_lid, Unset):
            tank_lid = UNSET
        elif isinstance(self.tank_lid, OpenStatusField):
            tank_lid = self.tank_lid.to_dict()
        else:
            tank_lid = self.tank_lid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if central_lock is not UNSET:
            field_dict["centralLock"] = central_lock
        if front_left_door is not UNSET:
            field_dict["frontLeftDoor"] = front_left_door
        if front_right_door is not UNSET:
            field_dict["frontRightDoor"] = front_right_door
        if rear_left_door is not UNSET:
            field_dict["rearLeftDoor"] = rear_left_door
        if rear_right_door is not UNSET:
            field_dict["rearRightDoor"] = rear_right_door
        if hood is not UNSET:
            field_dict["hood"] = hood
        if tailgate is not UNSET:
            field_dict["tailgate"] = tailgate
        if tank_lid is not UNSET:
            field_dict["tankLid"] = tank_lid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lock_status_field import LockStatusField
        from ..models.open_status_field import OpenStatusField

        d = dict(src_dict)

        def _parse_central_lock(data: object) -> LockStatusField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                central_lock_type_0 = LockStatusField.from_dict(data)

                return central_lock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        central_lock = _parse_central_lock(d.pop("centralLock", UNSET))

        def _parse_front_left_door(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                front_left_door_type_0 = OpenStatusField.from_dict(data)

                return front_left_door_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        front_left_door = _parse_front_left_door(d.pop("frontLeftDoor", UNSET))

        def _parse_front_right_door(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                front_right_door_type_0 = OpenStatusField.from_dict(data)

                return front_right_door_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        front_right_door = _parse_front_right_door(d.pop("frontRightDoor", UNSET))

        def _parse_rear_left_door(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rear_left_door_type_0 = OpenStatusField.from_dict(data)

                return rear_left_door_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        rear_left_door = _parse_rear_left_door(d.pop("rearLeftDoor", UNSET))

        def _parse_rear_right_door(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rear_right_door_type_0 = OpenStatusField.from_dict(data)

                return rear_right_door_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        rear_right_door = _parse_rear_right_door(d.pop("rearRightDoor", UNSET))

        def _parse_hood(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hood_type_0 = OpenStatusField.from_dict(data)

                return hood_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        hood = _parse_hood(d.pop("hood", UNSET))

        def _parse_tailgate(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tailgate_type_0 = OpenStatusField.from_dict(data)

                return tailgate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tailgate = _parse_tailgate(d.pop("tailgate", UNSET))

        def _parse_tank_lid(data: object) -> None | OpenStatusField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tank_lid_type_0 = OpenStatusField.from_dict(data)

                return tank_lid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tank_lid = _parse_tank_lid(d.pop("tankLid", UNSET))

        doors = cls(
            central_lock=central_lock,
            front_left_door=front_left_door,
            front_right_door=front_right_door,
            rear_left_door=rear_left_door,
            rear_right_door=rear_right_door,
            hood=hood,
            tailgate=tailgate,
            tank_lid=tank_lid,
        )

        doors.additional_properties = d
        return doors

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
