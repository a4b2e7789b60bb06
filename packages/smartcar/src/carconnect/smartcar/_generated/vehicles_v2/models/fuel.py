from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        def _parse_range_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                range_type_0 = float(data)

                return range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        range_ = _parse_range_(d.pop("range", UNSET))

        def _parse_percent_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                percent_remaining_type_0 = float(data)

                return percent_remaining_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        percent_remaining = _parse_percent_remaining(d.pop("percentRemaining", UNSET))

        def _parse_amount_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                amount_remaining_type_0 = float(data)

                return amount_remaining_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        amount_remaining = _parse_amount_remaining(d.pop("amountRemaining", UNSET))

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
