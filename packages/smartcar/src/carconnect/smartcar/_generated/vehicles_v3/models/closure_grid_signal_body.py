from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ClosureGridSignalBody")


@_attrs_define
class ClosureGridSignalBody:
    """`closure-doors`, `closure-windows`: every door or window by row and column."""

    row_count: int | None | Unset = UNSET
    column_count: int | None | Unset = UNSET
    values: list[ClosurePosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        column_count: int | None | Unset
        if isinstance(self.column_count, Unset):
            column_count = UNSET
        else:
            column_count = self.column_count

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if column_count is not UNSET:
            field_dict["columnCount"] = column_count
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        row_count = d.pop("rowCount", UNSET)
        if not (row_count is None or isinstance(row_count, Unset)):
            try:
                if not (isinstance(row_count, (int, float, str)) and not isinstance(row_count, bool)):
                    raise TypeError()
                row_count_type_0 = int(row_count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rowCount", row_count, error)) from None
            row_count = row_count_type_0

        column_count = d.pop("columnCount", UNSET)
        if not (column_count is None or isinstance(column_count, Unset)):
            try:
                if not (isinstance(column_count, (int, float, str)) and not isinstance(column_count, bool)):
                    raise TypeError()
                column_count_type_0 = int(column_count)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("columnCount", column_count, error)) from None
            column_count = column_count_type_0

        _values = d.pop("values", UNSET)
        values: list[ClosurePosition] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ClosurePosition.from_dict(values_item_data)

                values.append(values_item)

        closure_grid_signal_body = cls(
            row_count=row_count,
            column_count=column_count,
            values=values,
        )

        closure_grid_signal_body.additional_properties = d
        return closure_grid_signal_body

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
from ..models.closure_position import ClosurePosition
