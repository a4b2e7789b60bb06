from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenericMetrics")


@_attrs_define
class GenericMetrics:
    """Readings by name (configurations, custom metrics)."""

    additional_properties: dict[str, GenericMetric] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generic_metrics = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GenericMetric.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        generic_metrics.additional_properties = additional_properties
        return generic_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GenericMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GenericMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.generic_metric import GenericMetric
