from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

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
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (str, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        section_width = d.pop("sectionWidth", UNSET)
        if not (section_width is None or isinstance(section_width, Unset)):
            try:
                if not (isinstance(section_width, (int, float, str)) and not isinstance(section_width, bool)):
                    raise TypeError()
                section_width_type_0 = int(section_width)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sectionWidth", section_width, error)) from None
            section_width = section_width_type_0

        aspect_ratio = d.pop("aspectRatio", UNSET)
        if not (aspect_ratio is None or isinstance(aspect_ratio, Unset)):
            try:
                if not (isinstance(aspect_ratio, (int, float, str)) and not isinstance(aspect_ratio, bool)):
                    raise TypeError()
                aspect_ratio_type_0 = int(aspect_ratio)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("aspectRatio", aspect_ratio, error)) from None
            aspect_ratio = aspect_ratio_type_0

        construction_type = d.pop("constructionType", UNSET)
        if not (construction_type is None or isinstance(construction_type, (str, Unset))):
            raise TypeError(f"constructionType: unexpected value of type {type(construction_type).__name__}")

        rim_diameter = d.pop("rimDiameter", UNSET)
        if not (rim_diameter is None or isinstance(rim_diameter, Unset)):
            try:
                if not (isinstance(rim_diameter, (int, float, str)) and not isinstance(rim_diameter, bool)):
                    raise TypeError()
                rim_diameter_type_0 = int(rim_diameter)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rimDiameter", rim_diameter, error)) from None
            rim_diameter = rim_diameter_type_0

        load_index = d.pop("loadIndex", UNSET)
        if not (load_index is None or isinstance(load_index, Unset)):
            try:
                if not (isinstance(load_index, (int, float, str)) and not isinstance(load_index, bool)):
                    raise TypeError()
                load_index_type_0 = int(load_index)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("loadIndex", load_index, error)) from None
            load_index = load_index_type_0

        speed_rating = d.pop("speedRating", UNSET)
        if not (speed_rating is None or isinstance(speed_rating, (str, Unset))):
            raise TypeError(f"speedRating: unexpected value of type {type(speed_rating).__name__}")

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
