from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_source import CapacitySource
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SelectedCapacity")


@_attrs_define
class SelectedCapacity:
    nominal: float | None | Unset = UNSET
    """ kWh. """
    source: CapacitySource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nominal: float | None | Unset
        if isinstance(self.nominal, Unset):
            nominal = UNSET
        else:
            nominal = self.nominal

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CapacitySource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nominal is not UNSET:
            field_dict["nominal"] = nominal
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nominal = d.pop("nominal", UNSET)
        if not (nominal is None or isinstance(nominal, Unset)):
            try:
                if not (isinstance(nominal, (int, float, str)) and not isinstance(nominal, bool)):
                    raise TypeError()
                nominal_type_0 = float(nominal)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("nominal", nominal, error)) from None
            nominal = nominal_type_0

        source = d.pop("source", UNSET)
        if not (source is None or isinstance(source, Unset)):
            try:
                if not isinstance(source, str):
                    raise TypeError()
                source_type_0 = CapacitySource.from_value(source)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("source", source, error)) from None
            source = source_type_0

        selected_capacity = cls(
            nominal=nominal,
            source=source,
        )

        selected_capacity.additional_properties = d
        return selected_capacity

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
