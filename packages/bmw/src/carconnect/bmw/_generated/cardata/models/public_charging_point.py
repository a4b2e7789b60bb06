from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="PublicChargingPoint")


@_attrs_define
class PublicChargingPoint:
    """Public charging points that may have been used."""

    potential_charging_point_matches: list[ChargingPointMatch] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        potential_charging_point_matches: list[dict[str, Any]] | None | Unset
        if isinstance(self.potential_charging_point_matches, Unset):
            potential_charging_point_matches = UNSET
        elif isinstance(self.potential_charging_point_matches, list):
            potential_charging_point_matches = []
            for potential_charging_point_matches_type_0_item_data in self.potential_charging_point_matches:
                potential_charging_point_matches_type_0_item = (
                    potential_charging_point_matches_type_0_item_data.to_dict()
                )
                potential_charging_point_matches.append(potential_charging_point_matches_type_0_item)

        else:
            potential_charging_point_matches = self.potential_charging_point_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if potential_charging_point_matches is not UNSET:
            field_dict["potentialChargingPointMatches"] = potential_charging_point_matches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        potential_charging_point_matches = d.pop("potentialChargingPointMatches", UNSET)
        if not (potential_charging_point_matches is None or isinstance(potential_charging_point_matches, Unset)):
            try:
                if not isinstance(potential_charging_point_matches, list):
                    raise TypeError()
                potential_charging_point_matches_type_0 = []
                _potential_charging_point_matches_type_0 = potential_charging_point_matches
                for potential_charging_point_matches_type_0_item_data in _potential_charging_point_matches_type_0:
                    potential_charging_point_matches_type_0_item = ChargingPointMatch.from_dict(
                        potential_charging_point_matches_type_0_item_data
                    )

                    potential_charging_point_matches_type_0.append(potential_charging_point_matches_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("potentialChargingPointMatches", potential_charging_point_matches, error)
                ) from None
            potential_charging_point_matches = potential_charging_point_matches_type_0

        public_charging_point = cls(
            potential_charging_point_matches=potential_charging_point_matches,
        )

        public_charging_point.additional_properties = d
        return public_charging_point

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
from ..models.charging_point_match import ChargingPointMatch
