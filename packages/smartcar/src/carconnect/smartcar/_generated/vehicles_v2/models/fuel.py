from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Fuel")


@_attrs_define
class Fuel:
    range_: float | None | Unset = UNSET
    """ Kilometres (miles in imperial). """
    percent_remaining: float | None | Unset = UNSET
    """ Fraction of a full tank, 0 to 1. """
    amount_remaining: float | None | Unset = UNSET
    """ Litres (US gallons in imperial). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_: float | None | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        else:
            range_ = self.range_

        percent_remaining: float | None | Unset
        if isinstance(self.percent_remaining, Unset):
            percent_remaining = UNSET
        else:
            percent_remaining = self.percent_remaining

        amount_remaining: float | None | Unset
        if isinstance(self.amount_remaining, Unset):
            amount_remaining = UNSET
        else:
            amount_remaining = self.amount_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_ is not UNSET:
            field_dict["range"] = range_
        if percent_remaining is not UNSET:
            field_dict["percentRemaining"] = percent_remaining
        if amount_remaining is not UNSET:
            field_dict["amountRemaining"] = amount_remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        range_ = d.pop("range", UNSET)
        if not (range_ is None or isinstance(range_, Unset)):
            try:
                if not (isinstance(range_, (int, float, str)) and not isinstance(range_, bool)):
                    raise TypeError()
                range_type_0 = float(range_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("range", range_, error)) from None
            range_ = range_type_0

        percent_remaining = d.pop("percentRemaining", UNSET)
        if not (percent_remaining is None or isinstance(percent_remaining, Unset)):
            try:
                if not (isinstance(percent_remaining, (int, float, str)) and not isinstance(percent_remaining, bool)):
                    raise TypeError()
                percent_remaining_type_0 = float(percent_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("percentRemaining", percent_remaining, error)) from None
            percent_remaining = percent_remaining_type_0

        amount_remaining = d.pop("amountRemaining", UNSET)
        if not (amount_remaining is None or isinstance(amount_remaining, Unset)):
            try:
                if not (isinstance(amount_remaining, (int, float, str)) and not isinstance(amount_remaining, bool)):
                    raise TypeError()
                amount_remaining_type_0 = float(amount_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("amountRemaining", amount_remaining, error)) from None
            amount_remaining = amount_remaining_type_0

        fuel = cls(
            range_=range_,
            percent_remaining=percent_remaining,
            amount_remaining=amount_remaining,
        )

        fuel.additional_properties = d
        return fuel

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
