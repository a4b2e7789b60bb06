from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleImages")


@_attrs_define
class VehicleImages:
    """Temporary studio image URLs; either may be an empty string."""

    exterior_image_url: None | str | Unset = UNSET
    """ Exterior image URL (empty string when there is none). """
    internal_image_url: None | str | Unset = UNSET
    """ Interior image URL (empty string when there is none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exterior_image_url: None | str | Unset
        if isinstance(self.exterior_image_url, Unset):
            exterior_image_url = UNSET
        else:
            exterior_image_url = self.exterior_image_url

        internal_image_url: None | str | Unset
        if isinstance(self.internal_image_url, Unset):
            internal_image_url = UNSET
        else:
            internal_image_url = self.internal_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exterior_image_url is not UNSET:
            field_dict["exteriorImageUrl"] = exterior_image_url
        if internal_image_url is not UNSET:
            field_dict["internalImageUrl"] = internal_image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exterior_image_url = d.pop("exteriorImageUrl", UNSET)
        if not (exterior_image_url is None or isinstance(exterior_image_url, (str, Unset))):
            raise TypeError(f"exteriorImageUrl: unexpected value of type {type(exterior_image_url).__name__}")

        internal_image_url = d.pop("internalImageUrl", UNSET)
        if not (internal_image_url is None or isinstance(internal_image_url, (str, Unset))):
            raise TypeError(f"internalImageUrl: unexpected value of type {type(internal_image_url).__name__}")

        vehicle_images = cls(
            exterior_image_url=exterior_image_url,
            internal_image_url=internal_image_url,
        )

        vehicle_images.additional_properties = d
        return vehicle_images

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
