from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TyreTread")


@_attrs_define
class TyreTread:
    label: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    tread_design: None | str | Unset = UNSET
    carcass: None | str | Unset = UNSET
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

        manufacturer: None | str | Unset
        if isinstance(self.manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = self.manufacturer

        tread_design: None | str | Unset
        if isinstance(self.tread_design, Unset):
            tread_design = UNSET
        else:
            tread_design = self.tread_design

        carcass: None | str | Unset
        if isinstance(self.carcass, Unset):
            carcass = UNSET
        else:
            carcass = self.carcass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if tread_design is not UNSET:
            field_dict["treadDesign"] = tread_design
        if carcass is not UNSET:
            field_dict["carcass"] = carcass

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

        manufacturer = d.pop("manufacturer", UNSET)
        if not (manufacturer is None or isinstance(manufacturer, (str, Unset))):
            raise TypeError(f"manufacturer: unexpected value of type {type(manufacturer).__name__}")

        tread_design = d.pop("treadDesign", UNSET)
        if not (tread_design is None or isinstance(tread_design, (str, Unset))):
            raise TypeError(f"treadDesign: unexpected value of type {type(tread_design).__name__}")

        carcass = d.pop("carcass", UNSET)
        if not (carcass is None or isinstance(carcass, (str, Unset))):
            raise TypeError(f"carcass: unexpected value of type {type(carcass).__name__}")

        tyre_tread = cls(
            label=label,
            value=value,
            manufacturer=manufacturer,
            tread_design=tread_design,
            carcass=carcass,
        )

        tyre_tread.additional_properties = d
        return tyre_tread

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
