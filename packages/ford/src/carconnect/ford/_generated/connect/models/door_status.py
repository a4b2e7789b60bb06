from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.door_state import DoorState
from ..models.occupant_role import OccupantRole
from ..models.vehicle_door import VehicleDoor
from ..types import UNSET, Unset, field_error

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
        vehicle_door = d.pop("vehicleDoor", UNSET)
        if not (vehicle_door is None or isinstance(vehicle_door, Unset)):
            try:
                if not isinstance(vehicle_door, str):
                    raise TypeError()
                vehicle_door_type_0 = VehicleDoor.from_value(vehicle_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleDoor", vehicle_door, error)) from None
            vehicle_door = vehicle_door_type_0

        vehicle_occupant_role = d.pop("vehicleOccupantRole", UNSET)
        if not (vehicle_occupant_role is None or isinstance(vehicle_occupant_role, Unset)):
            try:
                if not isinstance(vehicle_occupant_role, str):
                    raise TypeError()
                vehicle_occupant_role_type_0 = OccupantRole.from_value(vehicle_occupant_role)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleOccupantRole", vehicle_occupant_role, error)) from None
            vehicle_occupant_role = vehicle_occupant_role_type_0

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = DoorState.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"timeStamp: unexpected value of type {type(time_stamp).__name__}")

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
