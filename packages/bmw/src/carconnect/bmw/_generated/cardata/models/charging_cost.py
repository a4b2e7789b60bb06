from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingCost")


@_attrs_define
class ChargingCost:
    """Cost estimate; present in the 2025 schema, removed from the 2026 one."""

    currency: None | str | Unset = UNSET
    calculated_charging_cost: float | None | Unset = UNSET
    calculated_savings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        calculated_charging_cost: float | None | Unset
        if isinstance(self.calculated_charging_cost, Unset):
            calculated_charging_cost = UNSET
        else:
            calculated_charging_cost = self.calculated_charging_cost

        calculated_savings: float | None | Unset
        if isinstance(self.calculated_savings, Unset):
            calculated_savings = UNSET
        else:
            calculated_savings = self.calculated_savings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if calculated_charging_cost is not UNSET:
            field_dict["calculatedChargingCost"] = calculated_charging_cost
        if calculated_savings is not UNSET:
            field_dict["calculatedSavings"] = calculated_savings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if not (currency is None or isinstance(currency, (str, Unset))):
            raise TypeError(f"currency: unexpected value of type {type(currency).__name__}")

        calculated_charging_cost = d.pop("calculatedChargingCost", UNSET)
        if not (calculated_charging_cost is None or isinstance(calculated_charging_cost, Unset)):
            try:
                if not (
                    isinstance(calculated_charging_cost, (int, float, str))
                    and not isinstance(calculated_charging_cost, bool)
                ):
                    raise TypeError()
                calculated_charging_cost_type_0 = float(calculated_charging_cost)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("calculatedChargingCost", calculated_charging_cost, error)) from None
            calculated_charging_cost = calculated_charging_cost_type_0

        calculated_savings = d.pop("calculatedSavings", UNSET)
        if not (calculated_savings is None or isinstance(calculated_savings, Unset)):
            try:
                if not (isinstance(calculated_savings, (int, float, str)) and not isinstance(calculated_savings, bool)):
                    raise TypeError()
                calculated_savings_type_0 = float(calculated_savings)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("calculatedSavings", calculated_savings, error)) from None
            calculated_savings = calculated_savings_type_0

        charging_cost = cls(
            currency=currency,
            calculated_charging_cost=calculated_charging_cost,
            calculated_savings=calculated_savings,
        )

        charging_cost.additional_properties = d
        return charging_cost

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
