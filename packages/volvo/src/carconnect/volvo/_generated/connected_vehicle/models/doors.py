from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

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
        d = dict(src_dict)
        central_lock = d.pop("centralLock", UNSET)
        if not (central_lock is None or isinstance(central_lock, Unset)):
            try:
                if not isinstance(central_lock, dict):
                    raise TypeError()
                central_lock_type_0 = LockStatusField.from_dict(central_lock)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("centralLock", central_lock, error)) from None
            central_lock = central_lock_type_0

        front_left_door = d.pop("frontLeftDoor", UNSET)
        if not (front_left_door is None or isinstance(front_left_door, Unset)):
            try:
                if not isinstance(front_left_door, dict):
                    raise TypeError()
                front_left_door_type_0 = OpenStatusField.from_dict(front_left_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeftDoor", front_left_door, error)) from None
            front_left_door = front_left_door_type_0

        front_right_door = d.pop("frontRightDoor", UNSET)
        if not (front_right_door is None or isinstance(front_right_door, Unset)):
            try:
                if not isinstance(front_right_door, dict):
                    raise TypeError()
                front_right_door_type_0 = OpenStatusField.from_dict(front_right_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRightDoor", front_right_door, error)) from None
            front_right_door = front_right_door_type_0

        rear_left_door = d.pop("rearLeftDoor", UNSET)
        if not (rear_left_door is None or isinstance(rear_left_door, Unset)):
            try:
                if not isinstance(rear_left_door, dict):
                    raise TypeError()
                rear_left_door_type_0 = OpenStatusField.from_dict(rear_left_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearLeftDoor", rear_left_door, error)) from None
            rear_left_door = rear_left_door_type_0

        rear_right_door = d.pop("rearRightDoor", UNSET)
        if not (rear_right_door is None or isinstance(rear_right_door, Unset)):
            try:
                if not isinstance(rear_right_door, dict):
                    raise TypeError()
                rear_right_door_type_0 = OpenStatusField.from_dict(rear_right_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearRightDoor", rear_right_door, error)) from None
            rear_right_door = rear_right_door_type_0

        hood = d.pop("hood", UNSET)
        if not (hood is None or isinstance(hood, Unset)):
            try:
                if not isinstance(hood, dict):
                    raise TypeError()
                hood_type_0 = OpenStatusField.from_dict(hood)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("hood", hood, error)) from None
            hood = hood_type_0

        tailgate = d.pop("tailgate", UNSET)
        if not (tailgate is None or isinstance(tailgate, Unset)):
            try:
                if not isinstance(tailgate, dict):
                    raise TypeError()
                tailgate_type_0 = OpenStatusField.from_dict(tailgate)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tailgate", tailgate, error)) from None
            tailgate = tailgate_type_0

        tank_lid = d.pop("tankLid", UNSET)
        if not (tank_lid is None or isinstance(tank_lid, Unset)):
            try:
                if not isinstance(tank_lid, dict):
                    raise TypeError()
                tank_lid_type_0 = OpenStatusField.from_dict(tank_lid)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tankLid", tank_lid, error)) from None
            tank_lid = tank_lid_type_0

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.lock_status_field import LockStatusField
from ..models.open_status_field import OpenStatusField
