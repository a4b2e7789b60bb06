from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.door_lock_state import DoorLockState
from ..models.occupant_role import OccupantRole
from ..models.vehicle_door import VehicleDoor
from ..models.vehicle_side import VehicleSide
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="DoorLockStatusMetric")


@_attrs_define
class DoorLockStatusMetric:
    """Lock state of one door, or of `ALL_DOORS`. Front doors are told apart by `vehicleSide` and `vehicleOccupantRole`."""

    update_time: datetime.datetime | None | Unset = UNSET
    """ When the reading was taken (ISO 8601, UTC). """
    oem_correlation_id: None | str | Unset = UNSET
    """ Ford correlation id of the vehicle message that carried the reading. """
    tags: MetricTags | None | Unset = UNSET
    value: DoorLockState | None | Unset = UNSET
    vehicle_door: None | Unset | VehicleDoor = UNSET
    vehicle_side: None | Unset | VehicleSide = UNSET
    vehicle_occupant_role: None | OccupantRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        oem_correlation_id: None | str | Unset
        if isinstance(self.oem_correlation_id, Unset):
            oem_correlation_id = UNSET
        else:
            oem_correlation_id = self.oem_correlation_id

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, MetricTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, DoorLockState):
            value = self.value.value
        else:
            value = self.value

        vehicle_door: None | str | Unset
        if isinstance(self.vehicle_door, Unset):
            vehicle_door = UNSET
        elif isinstance(self.vehicle_door, VehicleDoor):
            vehicle_door = self.vehicle_door.value
        else:
            vehicle_door = self.vehicle_door

        vehicle_side: None | str | Unset
        if isinstance(self.vehicle_side, Unset):
            vehicle_side = UNSET
        elif isinstance(self.vehicle_side, VehicleSide):
            vehicle_side = self.vehicle_side.value
        else:
            vehicle_side = self.vehicle_side

        vehicle_occupant_role: None | str | Unset
        if isinstance(self.vehicle_occupant_role, Unset):
            vehicle_occupant_role = UNSET
        elif isinstance(self.vehicle_occupant_role, OccupantRole):
            vehicle_occupant_role = self.vehicle_occupant_role.value
        else:
            vehicle_occupant_role = self.vehicle_occupant_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if oem_correlation_id is not UNSET:
            field_dict["oemCorrelationId"] = oem_correlation_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if value is not UNSET:
            field_dict["value"] = value
        if vehicle_door is not UNSET:
            field_dict["vehicleDoor"] = vehicle_door
        if vehicle_side is not UNSET:
            field_dict["vehicleSide"] = vehicle_side
        if vehicle_occupant_role is not UNSET:
            field_dict["vehicleOccupantRole"] = vehicle_occupant_role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_time = d.pop("updateTime", UNSET)
        if not (update_time is None or isinstance(update_time, Unset)):
            try:
                if not isinstance(update_time, str):
                    raise TypeError()
                update_time_type_0 = datetime.datetime.fromisoformat(update_time)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("updateTime", update_time, error)) from None
            update_time = update_time_type_0

        oem_correlation_id = d.pop("oemCorrelationId", UNSET)
        if not (oem_correlation_id is None or isinstance(oem_correlation_id, (str, Unset))):
            raise TypeError(f"oemCorrelationId: unexpected value of type {type(oem_correlation_id).__name__}")

        tags = d.pop("tags", UNSET)
        if not (tags is None or isinstance(tags, Unset)):
            try:
                if not isinstance(tags, dict):
                    raise TypeError()
                tags_type_0 = MetricTags.from_dict(tags)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tags", tags, error)) from None
            tags = tags_type_0

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = DoorLockState.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        vehicle_door = d.pop("vehicleDoor", UNSET)
        if not (vehicle_door is None or isinstance(vehicle_door, Unset)):
            try:
                if not isinstance(vehicle_door, str):
                    raise TypeError()
                vehicle_door_type_0 = VehicleDoor.from_value(vehicle_door)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleDoor", vehicle_door, error)) from None
            vehicle_door = vehicle_door_type_0

        vehicle_side = d.pop("vehicleSide", UNSET)
        if not (vehicle_side is None or isinstance(vehicle_side, Unset)):
            try:
                if not isinstance(vehicle_side, str):
                    raise TypeError()
                vehicle_side_type_0 = VehicleSide.from_value(vehicle_side)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleSide", vehicle_side, error)) from None
            vehicle_side = vehicle_side_type_0

        vehicle_occupant_role = d.pop("vehicleOccupantRole", UNSET)
        if not (vehicle_occupant_role is None or isinstance(vehicle_occupant_role, Unset)):
            try:
                if not isinstance(vehicle_occupant_role, str):
                    raise TypeError()
                vehicle_occupant_role_type_0 = OccupantRole.from_value(vehicle_occupant_role)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleOccupantRole", vehicle_occupant_role, error)) from None
            vehicle_occupant_role = vehicle_occupant_role_type_0

        door_lock_status_metric = cls(
            update_time=update_time,
            oem_correlation_id=oem_correlation_id,
            tags=tags,
            value=value,
            vehicle_door=vehicle_door,
            vehicle_side=vehicle_side,
            vehicle_occupant_role=vehicle_occupant_role,
        )

        door_lock_status_metric.additional_properties = d
        return door_lock_status_metric

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
from ..models.metric_tags import MetricTags
