from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mapping_type import MappingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleMapping")


@_attrs_define
class VehicleMapping:
    """A vehicle mapped to the account."""

    vin: str
    """ Vehicle identification number. """
    mapped_since: datetime.datetime | None | Unset = UNSET
    """ When the vehicle was mapped to the account. """
    mapping_type: MappingType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin = self.vin

        mapped_since: None | str | Unset
        if isinstance(self.mapped_since, Unset):
            mapped_since = UNSET
        elif isinstance(self.mapped_since, datetime.datetime):
            mapped_since = self.mapped_since.isoformat()
        else:
            mapped_since = self.mapped_since

        mapping_type: None | str | Unset
        if isinstance(self.mapping_type, Unset):
            mapping_type = UNSET
        elif isinstance(self.mapping_type, MappingType):
            mapping_type = self.mapping_type.value
        else:
            mapping_type = self.mapping_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
            }
        )
        if mapped_since is not UNSET:
            field_dict["mappedSince"] = mapped_since
        if mapping_type is not UNSET:
            field_dict["mappingType"] = mapping_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin")
        if not isinstance(vin, str):
            raise TypeError("vin: expected str, got " + type(vin).__name__)

        def _parse_mapped_since(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mapped_since_type_0 = datetime.datetime.fromisoformat(data)

                return mapped_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        mapped_since = _parse_mapped_since(d.pop("mappedSince", UNSET))

        def _parse_mapping_type(data: object) -> MappingType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mapping_type_type_0 = MappingType(data)

                return mapping_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        mapping_type = _parse_mapping_type(d.pop("mappingType", UNSET))

        vehicle_mapping = cls(
            vin=vin,
            mapped_since=mapped_since,
            mapping_type=mapping_type,
        )

        vehicle_mapping.additional_properties = d
        return vehicle_mapping

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
