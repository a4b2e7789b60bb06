from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeLimitsSignalBody")


@_attrs_define
class ChargeLimitsSignalBody:
    """`charge-chargelimits`: the limit in force and every configured one."""

    active_limit: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    """ `percent`. """
    values: list[ChargeLimit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_limit: float | None | Unset
        if isinstance(self.active_limit, Unset):
            active_limit = UNSET
        else:
            active_limit = self.active_limit

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_limit is not UNSET:
            field_dict["activeLimit"] = active_limit
        if unit is not UNSET:
            field_dict["unit"] = unit
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_limit = d.pop("activeLimit", UNSET)
        if not (active_limit is None or isinstance(active_limit, Unset)):
            try:
                if not (isinstance(active_limit, (int, float, str)) and not isinstance(active_limit, bool)):
                    raise TypeError()
                active_limit_type_0 = float(active_limit)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("activeLimit", active_limit, error)) from None
            active_limit = active_limit_type_0

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        _values = d.pop("values", UNSET)
        values: list[ChargeLimit] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ChargeLimit.from_dict(values_item_data)

                values.append(values_item)

        charge_limits_signal_body = cls(
            active_limit=active_limit,
            unit=unit,
            values=values,
        )

        charge_limits_signal_body.additional_properties = d
        return charge_limits_signal_body

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
from ..models.charge_limit import ChargeLimit
