from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleEvent")


@_attrs_define
class VehicleEvent:
    """The latest occurrence of one event."""

    update_time: datetime.datetime | None | Unset = UNSET
    command_id: None | str | Unset = UNSET
    conditions: EventConditions | None | Unset = UNSET
    metrics: Metrics | None | Unset = UNSET
    oem_data: None | OemData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        conditions: dict[str, Any] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, EventConditions):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, Metrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        oem_data: dict[str, Any] | None | Unset
        if isinstance(self.oem_data, Unset):
            oem_data = UNSET
        elif isinstance(self.oem_data, OemData):
            oem_data = self.oem_data.to_dict()
        else:
            oem_data = self.oem_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if oem_data is not UNSET:
            field_dict["oemData"] = oem_data

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

        command_id = d.pop("commandId", UNSET)
        if not (command_id is None or isinstance(command_id, (str, Unset))):
            raise TypeError(f"commandId: unexpected value of type {type(command_id).__name__}")

        conditions = d.pop("conditions", UNSET)
        if not (conditions is None or isinstance(conditions, Unset)):
            try:
                if not isinstance(conditions, dict):
                    raise TypeError()
                conditions_type_0 = EventConditions.from_dict(conditions)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("conditions", conditions, error)) from None
            conditions = conditions_type_0

        metrics = d.pop("metrics", UNSET)
        if not (metrics is None or isinstance(metrics, Unset)):
            try:
                if not isinstance(metrics, dict):
                    raise TypeError()
                metrics_type_0 = Metrics.from_dict(metrics)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("metrics", metrics, error)) from None
            metrics = metrics_type_0

        oem_data = d.pop("oemData", UNSET)
        if not (oem_data is None or isinstance(oem_data, Unset)):
            try:
                if not isinstance(oem_data, dict):
                    raise TypeError()
                oem_data_type_0 = OemData.from_dict(oem_data)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("oemData", oem_data, error)) from None
            oem_data = oem_data_type_0

        vehicle_event = cls(
            update_time=update_time,
            command_id=command_id,
            conditions=conditions,
            metrics=metrics,
            oem_data=oem_data,
        )

        vehicle_event.additional_properties = d
        return vehicle_event

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
from ..models.event_conditions import EventConditions
from ..models.metrics import Metrics
from ..models.oem_data import OemData
