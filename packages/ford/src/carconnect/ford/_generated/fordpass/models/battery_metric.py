from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_battery import VehicleBattery
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="BatteryMetric")


@_attrs_define
class BatteryMetric:
    """A 12 V battery reading (state of charge in percent, or voltage)."""

    update_time: datetime.datetime | None | Unset = UNSET
    """ When the reading was taken (ISO 8601, UTC). """
    oem_correlation_id: None | str | Unset = UNSET
    """ Ford correlation id of the vehicle message that carried the reading. """
    tags: MetricTags | None | Unset = UNSET
    value: float | None | Unset = UNSET
    vehicle_battery: None | Unset | VehicleBattery = UNSET
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

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        vehicle_battery: None | str | Unset
        if isinstance(self.vehicle_battery, Unset):
            vehicle_battery = UNSET
        elif isinstance(self.vehicle_battery, VehicleBattery):
            vehicle_battery = self.vehicle_battery.value
        else:
            vehicle_battery = self.vehicle_battery

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
        if vehicle_battery is not UNSET:
            field_dict["vehicleBattery"] = vehicle_battery

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
                if not (isinstance(value, (int, float, str)) and not isinstance(value, bool)):
                    raise TypeError()
                value_type_0 = float(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        vehicle_battery = d.pop("vehicleBattery", UNSET)
        if not (vehicle_battery is None or isinstance(vehicle_battery, Unset)):
            try:
                if not isinstance(vehicle_battery, str):
                    raise TypeError()
                vehicle_battery_type_0 = VehicleBattery.from_value(vehicle_battery)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleBattery", vehicle_battery, error)) from None
            vehicle_battery = vehicle_battery_type_0

        battery_metric = cls(
            update_time=update_time,
            oem_correlation_id=oem_correlation_id,
            tags=tags,
            value=value,
            vehicle_battery=vehicle_battery,
        )

        battery_metric.additional_properties = d
        return battery_metric

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
