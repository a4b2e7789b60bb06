from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WindowRange")


@_attrs_define
class WindowRange:
    """How far the window is open, as a range (0 is closed)."""

    lower_bound: float | None | Unset = UNSET
    upper_bound: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lower_bound: float | None | Unset
        if isinstance(self.lower_bound, Unset):
            lower_bound = UNSET
        else:
            lower_bound = self.lower_bound

        upper_bound: float | None | Unset
        if isinstance(self.upper_bound, Unset):
            upper_bound = UNSET
        else:
            upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lower_bound is not UNSET:
            field_dict["lowerBound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upperBound"] = upper_bound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lower_bound = d.pop("lowerBound", UNSET)
        if not (lower_bound is None or isinstance(lower_bound, Unset)):
            try:
                if not (isinstance(lower_bound, (int, float, str)) and not isinstance(lower_bound, bool)):
                    raise TypeError()
                lower_bound_type_0 = float(lower_bound)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lowerBound", lower_bound, error)) from None
            lower_bound = lower_bound_type_0

        upper_bound = d.pop("upperBound", UNSET)
        if not (upper_bound is None or isinstance(upper_bound, Unset)):
            try:
                if not (isinstance(upper_bound, (int, float, str)) and not isinstance(upper_bound, bool)):
                    raise TypeError()
                upper_bound_type_0 = float(upper_bound)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("upperBound", upper_bound, error)) from None
            upper_bound = upper_bound_type_0

        window_range = cls(
            lower_bound=lower_bound,
            upper_bound=upper_bound,
        )

        window_range.additional_properties = d
        return window_range

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
