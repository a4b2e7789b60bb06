from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="RangeSignalBody")


@_attrs_define
class RangeSignalBody:
    """`tractionbattery-range`: the range, which estimate it is, and further estimates."""

    value: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ e.g. `DEFAULT`. """
    additional_values: list[RangeEstimate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        additional_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_values, Unset):
            additional_values = []
            for additional_values_item_data in self.additional_values:
                additional_values_item = additional_values_item_data.to_dict()
                additional_values.append(additional_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if additional_values is not UNSET:
            field_dict["additionalValues"] = additional_values

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

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise TypeError(f"type: unexpected value of type {type(type_).__name__}")

        _additional_values = d.pop("additionalValues", UNSET)
        additional_values: list[RangeEstimate] | Unset = UNSET
        if _additional_values is not UNSET:
            additional_values = []
            for additional_values_item_data in _additional_values:
                additional_values_item = RangeEstimate.from_dict(additional_values_item_data)

                additional_values.append(additional_values_item)

        range_signal_body = cls(
            value=value,
            unit=unit,
            type_=type_,
            additional_values=additional_values,
        )

        range_signal_body.additional_properties = d
        return range_signal_body

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
from ..models.range_estimate import RangeEstimate
