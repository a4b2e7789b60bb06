from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Brakes")


@_attrs_define
class Brakes:
    """Brake fluid warning."""

    brake_fluid_level_warning: FluidLevelWarningField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brake_fluid_level_warning: dict[str, Any] | None | Unset
        if isinstance(self.brake_fluid_level_warning, Unset):
            brake_fluid_level_warning = UNSET
        elif isinstance(self.brake_fluid_level_warning, FluidLevelWarningField):
            brake_fluid_level_warning = self.brake_fluid_level_warning.to_dict()
        else:
            brake_fluid_level_warning = self.brake_fluid_level_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brake_fluid_level_warning is not UNSET:
            field_dict["brakeFluidLevelWarning"] = brake_fluid_level_warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brake_fluid_level_warning = d.pop("brakeFluidLevelWarning", UNSET)
        if not (brake_fluid_level_warning is None or isinstance(brake_fluid_level_warning, Unset)):
            try:
                if not isinstance(brake_fluid_level_warning, dict):
                    raise TypeError()
                brake_fluid_level_warning_type_0 = FluidLevelWarningField.from_dict(brake_fluid_level_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("brakeFluidLevelWarning", brake_fluid_level_warning, error)) from None
            brake_fluid_level_warning = brake_fluid_level_warning_type_0

        brakes = cls(
            brake_fluid_level_warning=brake_fluid_level_warning,
        )

        brakes.additional_properties = d
        return brakes

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
from ..models.fluid_level_warning_field import FluidLevelWarningField
