from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TelematicDataResponse")


@_attrs_define
class TelematicDataResponse:
    telematic_data: None | TelematicDataMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        telematic_data: dict[str, Any] | None | Unset
        if isinstance(self.telematic_data, Unset):
            telematic_data = UNSET
        elif isinstance(self.telematic_data, TelematicDataMap):
            telematic_data = self.telematic_data.to_dict()
        else:
            telematic_data = self.telematic_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if telematic_data is not UNSET:
            field_dict["telematicData"] = telematic_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        telematic_data = d.pop("telematicData", UNSET)
        if not (telematic_data is None or isinstance(telematic_data, Unset)):
            try:
                if not isinstance(telematic_data, dict):
                    raise TypeError()
                telematic_data_type_0 = TelematicDataMap.from_dict(telematic_data)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("telematicData", telematic_data, error)) from None
            telematic_data = telematic_data_type_0

        telematic_data_response = cls(
            telematic_data=telematic_data,
        )

        telematic_data_response.additional_properties = d
        return telematic_data_response

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.telematic_data_map import TelematicDataMap
