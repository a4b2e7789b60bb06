from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import field_error

T = TypeVar("T", bound="EngineOil")


@_attrs_define
class EngineOil:
    life_remaining: float | None
    """ Remaining oil life, 0 to 1 (1 right after a change); null when the make does not report it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        life_remaining: float | None
        life_remaining = self.life_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lifeRemaining": life_remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        life_remaining = d.pop("lifeRemaining")
        if not (life_remaining is None):
            try:
                if not (isinstance(life_remaining, (int, float, str)) and not isinstance(life_remaining, bool)):
                    raise TypeError()
                life_remaining_type_0 = float(life_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lifeRemaining", life_remaining, error)) from None
            life_remaining = life_remaining_type_0

        engine_oil = cls(
            life_remaining=life_remaining,
        )

        engine_oil.additional_properties = d
        return engine_oil

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
