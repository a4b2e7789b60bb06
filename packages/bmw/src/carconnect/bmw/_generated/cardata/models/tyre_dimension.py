from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyreDimension")


@_attrs_define
class TyreDimension:
    label: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    """ Dimension as text, e.g. `245/45 R19`. """
    section_width: int | None | Unset = UNSET
    aspect_ratio: int | None | Unset = UNSET
    construction_type: None | str | Unset = UNSET
    rim_diameter: int | None | Unset = UNSET
    load_index: int | None | Unset = UNSET
    speed_rating: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        section_width: int | None | Unset
        if isinstance(self.section_width, Unset):
            section_width = UNSET
        else:
            section_width = self.section_width

        aspect_ratio: int | None | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        construction_type: None | str | Unset
        if isinstance(self.construction_type, Unset):
            construction_type = UNSET
        else:
            construction_type = self.construction_type

        rim_diameter: int | None | Unset
        if isinstance(self.rim_diameter, Unset):
            rim_diameter = UNSET
        else:
            rim_diameter = self.rim_diameter

        load_index: int | None | Unset
        if isinstance(self.load_index, Unset):
            load_index = UNSET
        else:
            load_index = self.load_index

        speed_rating: None | str | Unset
        if isinstance(self.speed_rating, Unset):
            speed_rating = UNSET
        else:
            speed_rating = self.speed_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if section_width is not UNSET:
            field_dict["sectionWidth"] = section_width
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if construction_type is not UNSET:
            field_dict["constructionType"] = construction_type
        if rim_diameter is not UNSET:
            field_dict["rimDiameter"] = rim_diameter
        if load_index is not UNSET:
            field_dict["loadIndex"] = load_index
        if speed_rating is not UNSET:
            field_dict["speedRating"] = speed_rating

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(label).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(value).__name__}")

        def _parse_section_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                section_width_type_0 = int(data)

                return section_width_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        section_width = _parse_section_width(d.pop("sectionWidth", UNSET))

        def _parse_aspect_ratio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                aspect_ratio_type_0 = int(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        aspect_ratio = _parse_aspect_ratio(d.pop("aspectRatio", UNSET))

        construction_type = d.pop("constructionType", UNSET)
        if not (construction_type is None or isinstance(construction_type, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(construction_type).__name__}")

        def _parse_rim_diameter(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                rim_diameter_type_0 = int(data)

                return rim_diameter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        rim_diameter = _parse_rim_diameter(d.pop("rimDiameter", UNSET))

        def _parse_load_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                load_index_type_0 = int(data)

                return load_index_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        load_index = _parse_load_index(d.pop("loadIndex", UNSET))

        speed_rating = d.pop("speedRating", UNSET)
        if not (speed_rating is None or isinstance(speed_rating, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(speed_rating).__name__}")

        tyre_dimension = cls(
            label=label,
            value=value,
            section_width=section_width,
            aspect_ratio=aspect_ratio,
            construction_type=construction_type,
            rim_diameter=rim_diameter,
            load_index=load_index,
            speed_rating=speed_rating,
        )

        tyre_dimension.additional_properties = d
        return tyre_dimension

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
