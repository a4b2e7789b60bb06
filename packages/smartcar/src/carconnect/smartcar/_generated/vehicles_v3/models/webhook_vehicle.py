from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WebhookVehicle")


@_attrs_define
class WebhookVehicle:
    id: str
    make: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("id: expected str, got " + type(id).__name__)

        make = d.pop("make", UNSET)
        if not (make is None or isinstance(make, (str, Unset))):
            raise TypeError(f"make: unexpected value of type {type(make).__name__}")

        model = d.pop("model", UNSET)
        if not (model is None or isinstance(model, (str, Unset))):
            raise TypeError(f"model: unexpected value of type {type(model).__name__}")

        year = d.pop("year", UNSET)
        if not (year is None or isinstance(year, Unset)):
            try:
                if not (isinstance(year, (int, float, str)) and not isinstance(year, bool)):
                    raise TypeError()
                year_type_0 = int(year)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("year", year, error)) from None
            year = year_type_0

        webhook_vehicle = cls(
            id=id,
            make=make,
            model=model,
            year=year,
        )

        webhook_vehicle.additional_properties = d
        return webhook_vehicle

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
