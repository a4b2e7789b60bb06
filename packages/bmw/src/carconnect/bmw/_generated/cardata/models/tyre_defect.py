from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tyre_status_color import TyreStatusColor
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TyreDefect")


@_attrs_define
class TyreDefect:
    label: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Defect status code, e.g. `NO_DEFECT`. """
    status_color: None | TyreStatusColor | Unset = UNSET
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_color: None | str | Unset
        if isinstance(self.status_color, Unset):
            status_color = UNSET
        elif isinstance(self.status_color, TyreStatusColor):
            status_color = self.status_color.value
        else:
            status_color = self.status_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if status_color is not UNSET:
            field_dict["statusColor"] = status_color

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

        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise TypeError(f"status: unexpected value of type {type(status).__name__}")

        status_color = d.pop("statusColor", UNSET)
        if not (status_color is None or isinstance(status_color, Unset)):
            try:
                if not isinstance(status_color, str):
                    raise TypeError()
                status_color_type_0 = TyreStatusColor.from_value(status_color)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("statusColor", status_color, error)) from None
            status_color = status_color_type_0

        tyre_defect = cls(
            label=label,
            value=value,
            status=status,
            status_color=status_color,
        )

        tyre_defect.additional_properties = d
        return tyre_defect

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
