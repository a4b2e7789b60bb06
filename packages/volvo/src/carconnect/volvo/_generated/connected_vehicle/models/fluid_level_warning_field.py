from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fluid_level_warning import FluidLevelWarning
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="FluidLevelWarningField")


@_attrs_define
class FluidLevelWarningField:
    """Level warning of a fluid (washer, coolant, brake)."""

    value: FluidLevelWarning | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    """ Free-form unit such as km, l, %, h, months, days, km/h, l/100km, kWh/100km; often null or absent. """
    timestamp: datetime.datetime | None | Unset = UNSET
    """ When the car reported the value (ISO 8601, UTC, 0 to 7 fractional digits); sometimes absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, FluidLevelWarning):
            value = self.value.value
        else:
            value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = FluidLevelWarning.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, Unset)):
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                componentsschemas_reading_timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timestamp", timestamp, error)) from None
            timestamp = componentsschemas_reading_timestamp_type_0

        fluid_level_warning_field = cls(
            value=value,
            unit=unit,
            timestamp=timestamp,
        )

        fluid_level_warning_field.additional_properties = d
        return fluid_level_warning_field

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
