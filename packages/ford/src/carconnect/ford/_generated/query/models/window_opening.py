from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WindowOpening")


@_attrs_define
class WindowOpening:
    """Window opening. FordPass sends `doubleRange`; the FordConnect Query fact sheet lists `lower` and `upper`."""

    double_range: None | Unset | WindowRange = UNSET
    lower: float | None | Unset = UNSET
    upper: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        double_range: dict[str, Any] | None | Unset
        if isinstance(self.double_range, Unset):
            double_range = UNSET
        elif isinstance(self.double_range, WindowRange):
            double_range = self.double_range.to_dict()
        else:
            double_range = self.double_range

        lower: float | None | Unset
        if isinstance(self.lower, Unset):
            lower = UNSET
        else:
            lower = self.lower

        upper: float | None | Unset
        if isinstance(self.upper, Unset):
            upper = UNSET
        else:
            upper = self.upper

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if double_range is not UNSET:
            field_dict["doubleRange"] = double_range
        if lower is not UNSET:
            field_dict["lower"] = lower
        if upper is not UNSET:
            field_dict["upper"] = upper

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        double_range = d.pop("doubleRange", UNSET)
        if not (double_range is None or isinstance(double_range, Unset)):
            try:
                if not isinstance(double_range, dict):
                    raise TypeError()
                double_range_type_0 = WindowRange.from_dict(double_range)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("doubleRange", double_range, error)) from None
            double_range = double_range_type_0

        lower = d.pop("lower", UNSET)
        if not (lower is None or isinstance(lower, Unset)):
            try:
                if not (isinstance(lower, (int, float, str)) and not isinstance(lower, bool)):
                    raise TypeError()
                lower_type_0 = float(lower)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lower", lower, error)) from None
            lower = lower_type_0

        upper = d.pop("upper", UNSET)
        if not (upper is None or isinstance(upper, Unset)):
            try:
                if not (isinstance(upper, (int, float, str)) and not isinstance(upper, bool)):
                    raise TypeError()
                upper_type_0 = float(upper)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("upper", upper, error)) from None
            upper = upper_type_0

        window_opening = cls(
            double_range=double_range,
            lower=lower,
            upper=upper,
        )

        window_opening.additional_properties = d
        return window_opening

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
from ..models.window_range import WindowRange
