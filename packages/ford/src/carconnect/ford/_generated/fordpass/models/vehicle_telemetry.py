from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleTelemetry")


@_attrs_define
class VehicleTelemetry:
    """A vehicle's latest metrics, command and device states, and events."""

    update_time: datetime.datetime | None | Unset = UNSET
    """ When the newest reading arrived. """
    vehicle_id: None | str | Unset = UNSET
    """ Autonomic's vehicle id (a UUID, not Ford's vehicleId). """
    vin: None | str | Unset = UNSET
    metrics: Metrics | Unset = UNSET
    """ Latest reading per metric. Lists hold one entry per door, window, wheel or seat. Vehicles report only what
    they have; unlisted metrics stay available by name. """
    states: VehicleStates | Unset = UNSET
    """ Latest state transition per command type and device state, keyed `<commandType>Command` (`lockCommand`,
    `remoteStartCommand`, ...). Keys not listed here (other commands, and `commands` in newer payloads) stay
    available by name; parse them with `CommandState`. """
    events: VehicleEvents | Unset = UNSET
    """ Latest occurrence per event type; unlisted events stay available by name. """
    custom_metrics: GenericMetrics | Unset = UNSET
    """ Readings by name (configurations, custom metrics). """
    configurations: Configurations | Unset = UNSET
    """ Vehicle settings by name; unlisted settings stay available by name (any JSON value). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        vehicle_id: None | str | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        states: dict[str, Any] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states.to_dict()

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        custom_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_metrics, Unset):
            custom_metrics = self.custom_metrics.to_dict()

        configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if vin is not UNSET:
            field_dict["vin"] = vin
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if states is not UNSET:
            field_dict["states"] = states
        if events is not UNSET:
            field_dict["events"] = events
        if custom_metrics is not UNSET:
            field_dict["customMetrics"] = custom_metrics
        if configurations is not UNSET:
            field_dict["configurations"] = configurations

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

        vehicle_id = d.pop("vehicleId", UNSET)
        if not (vehicle_id is None or isinstance(vehicle_id, (str, Unset))):
            raise TypeError(f"vehicleId: unexpected value of type {type(vehicle_id).__name__}")

        vin = d.pop("vin", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"vin: unexpected value of type {type(vin).__name__}")

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = Metrics.from_dict(_metrics)

        _states = d.pop("states", UNSET)
        states: VehicleStates | Unset
        if isinstance(_states, Unset):
            states = UNSET
        else:
            states = VehicleStates.from_dict(_states)

        _events = d.pop("events", UNSET)
        events: VehicleEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = VehicleEvents.from_dict(_events)

        _custom_metrics = d.pop("customMetrics", UNSET)
        custom_metrics: GenericMetrics | Unset
        if isinstance(_custom_metrics, Unset):
            custom_metrics = UNSET
        else:
            custom_metrics = GenericMetrics.from_dict(_custom_metrics)

        _configurations = d.pop("configurations", UNSET)
        configurations: Configurations | Unset
        if isinstance(_configurations, Unset):
            configurations = UNSET
        else:
            configurations = Configurations.from_dict(_configurations)

        vehicle_telemetry = cls(
            update_time=update_time,
            vehicle_id=vehicle_id,
            vin=vin,
            metrics=metrics,
            states=states,
            events=events,
            custom_metrics=custom_metrics,
            configurations=configurations,
        )

        vehicle_telemetry.additional_properties = d
        return vehicle_telemetry

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
from ..models.configurations import Configurations
from ..models.generic_metrics import GenericMetrics
from ..models.metrics import Metrics
from ..models.vehicle_events import VehicleEvents
from ..models.vehicle_states import VehicleStates
