from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TirePressure")


@_attrs_define
class TirePressure:
    """One tyre; `row` 0 is the front axle, `column` 0 the left side."""

    row: int | Unset = UNSET
    column: int | Unset = UNSET
    tire_pressure: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        column = self.column

        tire_pressure: float | None | Unset
        if isinstance(self.tire_pressure, Unset):
            tire_pressure = UNSET
        else:
            tire_pressure = self.tire_pressure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row is not UNSET:
            field_dict["row"] = row
        if column is not UNSET:
            field_dict["column"] = column
        if tire_pressure is not UNSET:
            field_dict["tirePressure"] = tire_pressure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _row = d.pop("row", UNSET)
        row: int | Unset
        if isinstance(_row, Unset):
            row = UNSET
        else:
            row = int(_row)

        _column = d.pop("column", UNSET)
        column: int | Unset
        if isinstance(_column, Unset):
            column = UNSET
        else:
            column = int(_column)

        tire_pressure = d.pop("tirePressure", UNSET)
        if not (tire_pressure is None or isinstance(tire_pressure, Unset)):
            try:
                if not (isinstance(tire_pressure, (int, float, str)) and not isinstance(tire_pressure, bool)):
                    raise TypeError()
                tire_pressure_type_0 = float(tire_pressure)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tirePressure", tire_pressure, error)) from None
            tire_pressure = tire_pressure_type_0

        tire_pressure = cls(
            row=row,
            column=column,
            tire_pressure=tire_pressure,
        )

        tire_pressure.additional_properties = d
        return tire_pressure

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
