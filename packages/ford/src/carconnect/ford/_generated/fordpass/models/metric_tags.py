from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricTags")


@_attrs_define
class MetricTags:
    """Metric tags; the ones seen are listed, others stay available by name."""

    alarm_source: str | Unset = UNSET
    """ What set off the anti-theft alarm, e.g. `UNKNOWN`. """
    door_latch_type: str | Unset = UNSET
    tmc_arrival_timestamp: datetime.datetime | Unset = UNSET
    """ When Ford's telematics cloud received the message. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_source = self.alarm_source

        door_latch_type = self.door_latch_type

        tmc_arrival_timestamp: str | Unset = UNSET
        if not isinstance(self.tmc_arrival_timestamp, Unset):
            tmc_arrival_timestamp = self.tmc_arrival_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarm_source is not UNSET:
            field_dict["ALARM_SOURCE"] = alarm_source
        if door_latch_type is not UNSET:
            field_dict["DOOR_LATCH_TYPE"] = door_latch_type
        if tmc_arrival_timestamp is not UNSET:
            field_dict["tmcArrivalTimestamp"] = tmc_arrival_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alarm_source = d.pop("ALARM_SOURCE", UNSET)
        if not isinstance(alarm_source, (str, Unset)):
            raise TypeError("ALARM_SOURCE: expected str, got " + type(alarm_source).__name__)

        door_latch_type = d.pop("DOOR_LATCH_TYPE", UNSET)
        if not isinstance(door_latch_type, (str, Unset)):
            raise TypeError("DOOR_LATCH_TYPE: expected str, got " + type(door_latch_type).__name__)

        _tmc_arrival_timestamp = d.pop("tmcArrivalTimestamp", UNSET)
        tmc_arrival_timestamp: datetime.datetime | Unset
        if isinstance(_tmc_arrival_timestamp, Unset):
            tmc_arrival_timestamp = UNSET
        else:
            tmc_arrival_timestamp = datetime.datetime.fromisoformat(_tmc_arrival_timestamp)

        metric_tags = cls(
            alarm_source=alarm_source,
            door_latch_type=door_latch_type,
            tmc_arrival_timestamp=tmc_arrival_timestamp,
        )

        metric_tags.additional_properties = d
        return metric_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
