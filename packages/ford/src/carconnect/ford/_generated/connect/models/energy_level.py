from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EnergyLevel")


@_attrs_define
class EnergyLevel:
    """Fuel level or traction battery charge level; values are null when not applicable."""

    value: float | None | Unset = UNSET
    """ Percent (values outside 0 to 100 have been seen). """
    distance_to_empty: float | None | Unset = UNSET
    """ Remaining range in kilometres. """
    timestamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC (note the lower-case `s` in this key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        distance_to_empty: float | None | Unset
        if isinstance(self.distance_to_empty, Unset):
            distance_to_empty = UNSET
        else:
            distance_to_empty = self.distance_to_empty

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if distance_to_empty is not UNSET:
            field_dict["distanceToEmpty"] = distance_to_empty
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not (isinstance(value, (int, float, str)) and not isinstance(value, bool)):
                    raise TypeError()
                value_type_0 = float(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        distance_to_empty = d.pop("distanceToEmpty", UNSET)
        if not (distance_to_empty is None or isinstance(distance_to_empty, Unset)):
            try:
                if not (isinstance(distance_to_empty, (int, float, str)) and not isinstance(distance_to_empty, bool)):
                    raise TypeError()
                distance_to_empty_type_0 = float(distance_to_empty)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("distanceToEmpty", distance_to_empty, error)) from None
            distance_to_empty = distance_to_empty_type_0

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, (str, Unset))):
            raise TypeError(f"timestamp: unexpected value of type {type(timestamp).__name__}")

        energy_level = cls(
            value=value,
            distance_to_empty=distance_to_empty,
            timestamp=timestamp,
        )

        energy_level.additional_properties = d
        return energy_level

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
