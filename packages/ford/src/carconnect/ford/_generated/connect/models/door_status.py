from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.door_state import DoorState
from ..models.occupant_role import OccupantRole
from ..models.vehicle_door import VehicleDoor
from ..types import UNSET, Unset

T = TypeVar("T", bound="DoorStatus")


@_attrs_define
class DoorStatus:
    """One door; front doors are told apart by `vehicleOccupantRole`."""

    vehicle_door: None | Unset | VehicleDoor = UNSET
    vehicle_occupant_role: None | OccupantRole | Unset = UNSET
    value: DoorState | None | Unset = UNSET
    time_stamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_door: None | str | Unset
        if isinstance(self.vehicle_door, Unset):
            vehicle_door = UNSET
        elif isinstance(self.vehicle_door, VehicleDoor):
            vehicle_door = self.vehicle_door.value
        else:
            vehicle_door = self.vehicle_door

        vehicle_occupant_role: None | str | Unset
        if isinstance(self.vehicle_occupant_role, Unset):
            vehicle_occupant_role = UNSET
        elif isinstance(self.vehicle_occupant_role, OccupantRole):
            vehicle_occupant_role = self.vehicle_occupant_role.value
        else:
            vehicle_occupant_role = self.vehicle_occupant_role

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, DoorState):
            value = self.value.value
        else:
            value = self.value

        time_stamp: None | str | Unset
        if isinstance(self.time_stamp, Unset):
            time_stamp = UNSET
        else:
            time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle_door is not UNSET:
            field_dict["vehicleDoor"] = vehicle_door
        if vehicle_occupant_role is not UNSET:
            field_dict["vehicleOccupantRole"] = vehicle_occupant_role
        if value is not UNSET:
            field_dict["value"] = value
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_vehicle_door(data: object) -> None | Unset | VehicleDoor:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vehicle_door_type_0 = VehicleDoor(data)

                return vehicle_door_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        vehicle_door = _parse_vehicle_door(d.pop("vehicleDoor", UNSET))

        def _parse_vehicle_occupant_role(data: object) -> None | OccupantRole | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vehicle_occupant_role_type_0 = OccupantRole(data)

                return vehicle_occupant_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        vehicle_occupant_role = _parse_vehicle_occupant_role(d.pop("vehicleOccupantRole", UNSET))

        def _parse_value(data: object) -> DoorState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_0 = DoorState(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        value = _parse_value(d.pop("value", UNSET))

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(time_stamp).__name__}")

        door_status = cls(
            vehicle_door=vehicle_door,
            vehicle_occupant_role=vehicle_occupant_role,
            value=value,
            time_stamp=time_stamp,
        )

        door_status.additional_properties = d
        return door_status

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
