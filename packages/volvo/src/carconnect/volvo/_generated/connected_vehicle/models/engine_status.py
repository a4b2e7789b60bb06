from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EngineStatus")


@_attrs_define
class EngineStatus:
    """Engine running state."""

    engine_status: EngineStateField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_status: dict[str, Any] | None | Unset
        if isinstance(self.engine_status, Unset):
            engine_status = UNSET
        elif isinstance(self.engine_status, EngineStateField):
            engine_status = self.engine_status.to_dict()
        else:
            engine_status = self.engine_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_status is not UNSET:
            field_dict["engineStatus"] = engine_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        engine_status = d.pop("engineStatus", UNSET)
        if not (engine_status is None or isinstance(engine_status, Unset)):
            try:
                if not isinstance(engine_status, dict):
                    raise TypeError()
                engine_status_type_0 = EngineStateField.from_dict(engine_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineStatus", engine_status, error)) from None
            engine_status = engine_status_type_0

        engine_status = cls(
            engine_status=engine_status,
        )

        engine_status.additional_properties = d
        return engine_status

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
from ..models.engine_state_field import EngineStateField
