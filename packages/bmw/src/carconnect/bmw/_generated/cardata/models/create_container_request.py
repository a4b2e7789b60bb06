from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateContainerRequest")


@_attrs_define
class CreateContainerRequest:
    name: str
    """ Free name shown in listings. """
    purpose: str
    """ Free text describing the use. """
    technical_descriptors: list[str]
    """ Technical descriptor ids of the Telematics Data Catalogue, e.g. `vehicle.vehicle.travelledDistance`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        purpose = self.purpose

        technical_descriptors = self.technical_descriptors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "purpose": purpose,
                "technicalDescriptors": technical_descriptors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected str, got " + type(name).__name__)

        purpose = d.pop("purpose")
        if not isinstance(purpose, str):
            raise TypeError("purpose: expected str, got " + type(purpose).__name__)

        technical_descriptors = cast(list[str], d.pop("technicalDescriptors"))
        if not isinstance(technical_descriptors, list) or not all(
            isinstance(item, str) for item in technical_descriptors
        ):
            raise TypeError("expected a list of str")

        create_container_request = cls(
            name=name,
            purpose=purpose,
            technical_descriptors=technical_descriptors,
        )

        create_container_request.additional_properties = d
        return create_container_request

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
