from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charging_status import ChargingStatus
from ..models.energy_property_status import EnergyPropertyStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingStatusValue")


@_attrs_define
class ChargingStatusValue:
    """What the charging system is doing."""

    status: EnergyPropertyStatus
    """ Whether a member of the state could be read. """
    value: ChargingStatus | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    """ Free-form unit such as percentage, km, mi, miles, minutes, ampere, watts. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the car reported the value (ISO 8601, UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ChargingStatus):
            value = self.value.value
        else:
            value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = EnergyPropertyStatus.from_value(d.pop("status"))

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = ChargingStatus.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        unit = d.pop("unit", UNSET)
        if not (unit is None or isinstance(unit, (str, Unset))):
            raise TypeError(f"unit: unexpected value of type {type(unit).__name__}")

        updated_at = d.pop("updatedAt", UNSET)
        if not (updated_at is None or isinstance(updated_at, Unset)):
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                componentsschemas_updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("updatedAt", updated_at, error)) from None
            updated_at = componentsschemas_updated_at_type_0

        charging_status_value = cls(
            status=status,
            value=value,
            unit=unit,
            updated_at=updated_at,
        )

        charging_status_value.additional_properties = d
        return charging_status_value

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
