from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Telemetry")


@_attrs_define
class Telemetry:
    """Latest readings of the consented vehicle."""

    update_time: datetime.datetime | None | Unset = UNSET
    """ When the newest reading arrived. """
    vin: None | str | Unset = UNSET
    vehicle_id: None | str | Unset = UNSET
    metrics: Metrics | Unset = UNSET
    """ Latest reading per metric. Lists hold one entry per door, window, wheel or seat. Vehicles report only what
    they have; unlisted metrics stay available by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        vehicle_id: None | str | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if vin is not UNSET:
            field_dict["vin"] = vin
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

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

        vin = d.pop("vin", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"vin: unexpected value of type {type(vin).__name__}")

        vehicle_id = d.pop("vehicleId", UNSET)
        if not (vehicle_id is None or isinstance(vehicle_id, (str, Unset))):
            raise TypeError(f"vehicleId: unexpected value of type {type(vehicle_id).__name__}")

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = Metrics.from_dict(_metrics)

        telemetry = cls(
            update_time=update_time,
            vin=vin,
            vehicle_id=vehicle_id,
            metrics=metrics,
        )

        telemetry.additional_properties = d
        return telemetry

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
from ..models.metrics import Metrics
