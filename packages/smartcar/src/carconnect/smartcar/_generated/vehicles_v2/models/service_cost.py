from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ServiceCost")


@_attrs_define
class ServiceCost:
    total_cost: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    """ ISO 4217 code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_cost = d.pop("totalCost", UNSET)
        if not (total_cost is None or isinstance(total_cost, Unset)):
            try:
                if not (isinstance(total_cost, (int, float, str)) and not isinstance(total_cost, bool)):
                    raise TypeError()
                total_cost_type_0 = float(total_cost)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("totalCost", total_cost, error)) from None
            total_cost = total_cost_type_0

        currency = d.pop("currency", UNSET)
        if not (currency is None or isinstance(currency, (str, Unset))):
            raise TypeError(f"currency: unexpected value of type {type(currency).__name__}")

        service_cost = cls(
            total_cost=total_cost,
            currency=currency,
        )

        service_cost.additional_properties = d
        return service_cost

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
