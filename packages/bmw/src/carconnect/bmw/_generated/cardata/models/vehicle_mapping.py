from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mapping_type import MappingType
from ..types import UNSET, Unset, field_error

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

        mapped_since = d.pop("mappedSince", UNSET)
        if not (mapped_since is None or isinstance(mapped_since, Unset)):
            try:
                if not isinstance(mapped_since, str):
                    raise TypeError()
                mapped_since_type_0 = datetime.datetime.fromisoformat(mapped_since)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mappedSince", mapped_since, error)) from None
            mapped_since = mapped_since_type_0

        mapping_type = d.pop("mappingType", UNSET)
        if not (mapping_type is None or isinstance(mapping_type, Unset)):
            try:
                if not isinstance(mapping_type, str):
                    raise TypeError()
                mapping_type_type_0 = MappingType.from_value(mapping_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mappingType", mapping_type, error)) from None
            mapping_type = mapping_type_type_0

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
