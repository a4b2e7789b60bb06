from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TelematicValue")


@_attrs_define
class TelematicValue:
    """One descriptor's latest value. Everything is a string, numbers and booleans too (`"45230"`, `"false"`); fields are
    null when the vehicle never sent the descriptor.

    """

    value: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    """ Unit such as `km` or `%`; may be empty. """
    timestamp: datetime.datetime | None | Unset = UNSET
    """ When the vehicle sent the value to BMW. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
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
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, Unset)):
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timestamp", timestamp, error)) from None
            timestamp = timestamp_type_0

        telematic_value = cls(
            value=value,
            unit=unit,
            timestamp=timestamp,
        )

        telematic_value.additional_properties = d
        return telematic_value

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
