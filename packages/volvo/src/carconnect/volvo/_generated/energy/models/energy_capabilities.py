from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnergyCapabilities")


@_attrs_define
class EnergyCapabilities:
    """Body of `get_energy_capabilities`."""

    get_energy_state: EnergyStateCapabilities
    """ Whether the state endpoint is supported at all, and per member. The charging state member is named
    `chargingSystemStatus` on some cars and `chargingStatus` on others. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_energy_state = self.get_energy_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "getEnergyState": get_energy_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        get_energy_state = EnergyStateCapabilities.from_dict(d.pop("getEnergyState"))

        energy_capabilities = cls(
            get_energy_state=get_energy_state,
        )

        energy_capabilities.additional_properties = d
        return energy_capabilities

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
from ..models.energy_state_capabilities import EnergyStateCapabilities
