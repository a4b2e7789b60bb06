from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telemetry_section import TelemetrySection

T = TypeVar("T", bound="TelemetryQuery")


@_attrs_define
class TelemetryQuery:
    include_metrics: list[TelemetrySection]
    """ Sections to return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_metrics = []
        for include_metrics_item_data in self.include_metrics:
            include_metrics_item = include_metrics_item_data.value
            include_metrics.append(include_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "includeMetrics": include_metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_metrics = []
        _include_metrics = d.pop("includeMetrics")
        for include_metrics_item_data in _include_metrics:
            include_metrics_item = TelemetrySection.from_value(include_metrics_item_data)

            include_metrics.append(include_metrics_item)

        telemetry_query = cls(
            include_metrics=include_metrics,
        )

        telemetry_query.additional_properties = d
        return telemetry_query

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
