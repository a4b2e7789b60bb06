from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Indicators")


@_attrs_define
class Indicators:
    """Warning lamps by name (`lowFuel`, `antiTheft`, `malfunctionIndicator`, ...)."""

    additional_properties: dict[str, IndicatorMetric] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicators = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = IndicatorMetric.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        indicators.additional_properties = additional_properties
        return indicators

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> IndicatorMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: IndicatorMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.indicator_metric import IndicatorMetric
