from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Odometer")


@_attrs_define
class Odometer:
    """Odometer reading."""

    odometer: IntegerField | None | Unset = UNSET
    """ Total distance (unit km). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odometer: dict[str, Any] | None | Unset
        if isinstance(self.odometer, Unset):
            odometer = UNSET
        elif isinstance(self.odometer, IntegerField):
            odometer = self.odometer.to_dict()
        else:
            odometer = self.odometer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if odometer is not UNSET:
            field_dict["odometer"] = odometer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odometer = d.pop("odometer", UNSET)
        if not (odometer is None or isinstance(odometer, Unset)):
            try:
                if not isinstance(odometer, dict):
                    raise TypeError()
                odometer_type_0 = IntegerField.from_dict(odometer)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("odometer", odometer, error)) from None
            odometer = odometer_type_0

        odometer = cls(
            odometer=odometer,
        )

        odometer.additional_properties = d
        return odometer

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
from ..models.integer_field import IntegerField
