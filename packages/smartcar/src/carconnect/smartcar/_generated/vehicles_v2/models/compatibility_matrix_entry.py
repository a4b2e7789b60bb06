from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..models.powertrain_type import PowertrainType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CompatibilityMatrixEntry")


@_attrs_define
class CompatibilityMatrixEntry:
    model: str | Unset = UNSET
    start_year: int | None | Unset = UNSET
    end_year: int | None | Unset = UNSET
    type_: PowertrainType | Unset = UNSET
    endpoints: list[str] | Unset = UNSET
    """ Feature labels, not paths, e.g. `EV battery`, `Lock & unlock`, `Tire pressure`. """
    permissions: list[Permission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        start_year: int | None | Unset
        if isinstance(self.start_year, Unset):
            start_year = UNSET
        else:
            start_year = self.start_year

        end_year: int | None | Unset
        if isinstance(self.end_year, Unset):
            end_year = UNSET
        else:
            end_year = self.end_year

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        endpoints: list[str] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if start_year is not UNSET:
            field_dict["startYear"] = start_year
        if end_year is not UNSET:
            field_dict["endYear"] = end_year
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError("model: expected str, got " + type(model).__name__)

        start_year = d.pop("startYear", UNSET)
        if not (start_year is None or isinstance(start_year, Unset)):
            try:
                if not (isinstance(start_year, (int, float, str)) and not isinstance(start_year, bool)):
                    raise TypeError()
                start_year_type_0 = int(start_year)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("startYear", start_year, error)) from None
            start_year = start_year_type_0

        end_year = d.pop("endYear", UNSET)
        if not (end_year is None or isinstance(end_year, Unset)):
            try:
                if not (isinstance(end_year, (int, float, str)) and not isinstance(end_year, bool)):
                    raise TypeError()
                end_year_type_0 = int(end_year)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("endYear", end_year, error)) from None
            end_year = end_year_type_0

        _type_ = d.pop("type", UNSET)
        type_: PowertrainType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PowertrainType.from_value(_type_)

        endpoints = cast(list[str], d.pop("endpoints", UNSET))
        if not isinstance(endpoints, Unset):
            if not isinstance(endpoints, list) or not all(isinstance(item, str) for item in endpoints):
                raise TypeError("expected a list of str")

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = Permission.from_value(permissions_item_data)

                permissions.append(permissions_item)

        compatibility_matrix_entry = cls(
            model=model,
            start_year=start_year,
            end_year=end_year,
            type_=type_,
            endpoints=endpoints,
            permissions=permissions,
        )

        compatibility_matrix_entry.additional_properties = d
        return compatibility_matrix_entry

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
