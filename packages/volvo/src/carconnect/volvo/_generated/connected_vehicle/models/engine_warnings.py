from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EngineWarnings")


@_attrs_define
class EngineWarnings:
    """Engine fluid warnings."""

    oil_level_warning: None | OilLevelWarningField | Unset = UNSET
    engine_coolant_level_warning: FluidLevelWarningField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oil_level_warning: dict[str, Any] | None | Unset
        if isinstance(self.oil_level_warning, Unset):
            oil_level_warning = UNSET
        elif isinstance(self.oil_level_warning, OilLevelWarningField):
            oil_level_warning = self.oil_level_warning.to_dict()
        else:
            oil_level_warning = self.oil_level_warning

        engine_coolant_level_warning: dict[str, Any] | None | Unset
        if isinstance(self.engine_coolant_level_warning, Unset):
            engine_coolant_level_warning = UNSET
        elif isinstance(self.engine_coolant_level_warning, FluidLevelWarningField):
            engine_coolant_level_warning = self.engine_coolant_level_warning.to_dict()
        else:
            engine_coolant_level_warning = self.engine_coolant_level_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oil_level_warning is not UNSET:
            field_dict["oilLevelWarning"] = oil_level_warning
        if engine_coolant_level_warning is not UNSET:
            field_dict["engineCoolantLevelWarning"] = engine_coolant_level_warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        oil_level_warning = d.pop("oilLevelWarning", UNSET)
        if not (oil_level_warning is None or isinstance(oil_level_warning, Unset)):
            try:
                if not isinstance(oil_level_warning, dict):
                    raise TypeError()
                oil_level_warning_type_0 = OilLevelWarningField.from_dict(oil_level_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("oilLevelWarning", oil_level_warning, error)) from None
            oil_level_warning = oil_level_warning_type_0

        engine_coolant_level_warning = d.pop("engineCoolantLevelWarning", UNSET)
        if not (engine_coolant_level_warning is None or isinstance(engine_coolant_level_warning, Unset)):
            try:
                if not isinstance(engine_coolant_level_warning, dict):
                    raise TypeError()
                engine_coolant_level_warning_type_0 = FluidLevelWarningField.from_dict(engine_coolant_level_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineCoolantLevelWarning", engine_coolant_level_warning, error)) from None
            engine_coolant_level_warning = engine_coolant_level_warning_type_0

        engine_warnings = cls(
            oil_level_warning=oil_level_warning,
            engine_coolant_level_warning=engine_coolant_level_warning,
        )

        engine_warnings.additional_properties = d
        return engine_warnings

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
from ..models.oil_level_warning_field import OilLevelWarningField
