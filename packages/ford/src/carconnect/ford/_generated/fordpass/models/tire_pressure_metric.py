from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_wheel import VehicleWheel
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TirePressureMetric")


@_attrs_define
class TirePressureMetric:
    """Tyre pressure of one wheel in kPa, with the placard (recommended) pressure."""

    update_time: datetime.datetime | None | Unset = UNSET
    """ When the reading was taken (ISO 8601, UTC). """
    oem_correlation_id: None | str | Unset = UNSET
    """ Ford correlation id of the vehicle message that carried the reading. """
    tags: MetricTags | None | Unset = UNSET
    value: float | None | Unset = UNSET
    vehicle_wheel: None | Unset | VehicleWheel = UNSET
    wheel_placard_front: float | None | Unset = UNSET
    wheel_placard_rear: float | None | Unset = UNSET
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

        vehicle_wheel: None | str | Unset
        if isinstance(self.vehicle_wheel, Unset):
            vehicle_wheel = UNSET
        elif isinstance(self.vehicle_wheel, VehicleWheel):
            vehicle_wheel = self.vehicle_wheel.value
        else:
            vehicle_wheel = self.vehicle_wheel

        wheel_placard_front: float | None | Unset
        if isinstance(self.wheel_placard_front, Unset):
            wheel_placard_front = UNSET
        else:
            wheel_placard_front = self.wheel_placard_front

        wheel_placard_rear: float | None | Unset
        if isinstance(self.wheel_placard_rear, Unset):
            wheel_placard_rear = UNSET
        else:
            wheel_placard_rear = self.wheel_placard_rear

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
        if vehicle_wheel is not UNSET:
            field_dict["vehicleWheel"] = vehicle_wheel
        if wheel_placard_front is not UNSET:
            field_dict["wheelPlacardFront"] = wheel_placard_front
        if wheel_placard_rear is not UNSET:
            field_dict["wheelPlacardRear"] = wheel_placard_rear

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

        vehicle_wheel = d.pop("vehicleWheel", UNSET)
        if not (vehicle_wheel is None or isinstance(vehicle_wheel, Unset)):
            try:
                if not isinstance(vehicle_wheel, str):
                    raise TypeError()
                vehicle_wheel_type_0 = VehicleWheel.from_value(vehicle_wheel)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehicleWheel", vehicle_wheel, error)) from None
            vehicle_wheel = vehicle_wheel_type_0

        wheel_placard_front = d.pop("wheelPlacardFront", UNSET)
        if not (wheel_placard_front is None or isinstance(wheel_placard_front, Unset)):
            try:
                if not (
                    isinstance(wheel_placard_front, (int, float, str)) and not isinstance(wheel_placard_front, bool)
                ):
                    raise TypeError()
                wheel_placard_front_type_0 = float(wheel_placard_front)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("wheelPlacardFront", wheel_placard_front, error)) from None
            wheel_placard_front = wheel_placard_front_type_0

        wheel_placard_rear = d.pop("wheelPlacardRear", UNSET)
        if not (wheel_placard_rear is None or isinstance(wheel_placard_rear, Unset)):
            try:
                if not (isinstance(wheel_placard_rear, (int, float, str)) and not isinstance(wheel_placard_rear, bool)):
                    raise TypeError()
                wheel_placard_rear_type_0 = float(wheel_placard_rear)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("wheelPlacardRear", wheel_placard_rear, error)) from None
            wheel_placard_rear = wheel_placard_rear_type_0

        tire_pressure_metric = cls(
            update_time=update_time,
            oem_correlation_id=oem_correlation_id,
            tags=tags,
            value=value,
            vehicle_wheel=vehicle_wheel,
            wheel_placard_front=wheel_placard_front,
            wheel_placard_rear=wheel_placard_rear,
        )

        tire_pressure_metric.additional_properties = d
        return tire_pressure_metric

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
