from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Heading")


@_attrs_define
class Heading:
    heading: float | None | Unset = UNSET
    """ Degrees clockwise from north. """
    uncertainty: float | None | Unset = UNSET
    detection_type: None | str | Unset = UNSET
    """ For example `HEADING_RAW_GNSS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heading: float | None | Unset
        if isinstance(self.heading, Unset):
            heading = UNSET
        else:
            heading = self.heading

        uncertainty: float | None | Unset
        if isinstance(self.uncertainty, Unset):
            uncertainty = UNSET
        else:
            uncertainty = self.uncertainty

        detection_type: None | str | Unset
        if isinstance(self.detection_type, Unset):
            detection_type = UNSET
        else:
            detection_type = self.detection_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heading is not UNSET:
            field_dict["heading"] = heading
        if uncertainty is not UNSET:
            field_dict["uncertainty"] = uncertainty
        if detection_type is not UNSET:
            field_dict["detectionType"] = detection_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heading = d.pop("heading", UNSET)
        if not (heading is None or isinstance(heading, Unset)):
            try:
                if not (isinstance(heading, (int, float, str)) and not isinstance(heading, bool)):
                    raise TypeError()
                heading_type_0 = float(heading)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("heading", heading, error)) from None
            heading = heading_type_0

        uncertainty = d.pop("uncertainty", UNSET)
        if not (uncertainty is None or isinstance(uncertainty, Unset)):
            try:
                if not (isinstance(uncertainty, (int, float, str)) and not isinstance(uncertainty, bool)):
                    raise TypeError()
                uncertainty_type_0 = float(uncertainty)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("uncertainty", uncertainty, error)) from None
            uncertainty = uncertainty_type_0

        detection_type = d.pop("detectionType", UNSET)
        if not (detection_type is None or isinstance(detection_type, (str, Unset))):
            raise TypeError(f"detectionType: unexpected value of type {type(detection_type).__name__}")

        heading = cls(
            heading=heading,
            uncertainty=uncertainty,
            detection_type=detection_type,
        )

        heading.additional_properties = d
        return heading

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
