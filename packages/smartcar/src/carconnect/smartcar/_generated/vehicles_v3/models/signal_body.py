from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SignalBody")


@_attrs_define
class SignalBody:
    """The reading as sent. Shape depends on the signal: most carry `value` (and `unit`), lists carry `values`, and some
    carry their own fields (e.g. `latitude`/`longitude`, `isOpen`); those stay available as extra keys.
    `carconnect.smartcar.signals.typed_body` reads it as the signal family's model (`NumberSignalBody`,
    `LocationSignalBody`, ...).

    """

    value: Any | Unset = UNSET
    """ Number, string or boolean. """
    unit: None | str | Unset = UNSET
    """ e.g. `km`, `kilometers`, `percent`, `kWh`, `volts`. """
    values: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        values: list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        values = d.pop("values", UNSET)
        if not (values is None or isinstance(values, Unset)):
            try:
                if not isinstance(values, list):
                    raise TypeError()
                values_type_0 = cast(list[Any], values)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("values", values, error)) from None
            values = values_type_0

        signal_body = cls(
            value=value,
            unit=unit,
            values=values,
        )

        signal_body.additional_properties = d
        return signal_body

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
