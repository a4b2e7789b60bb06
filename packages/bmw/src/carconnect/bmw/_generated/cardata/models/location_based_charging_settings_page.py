from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LocationBasedChargingSettingsPage")


@_attrs_define
class LocationBasedChargingSettingsPage:
    data: list[LocationBasedChargingSetting] | None | Unset = UNSET
    next_token: None | str | Unset = UNSET
    """ Token for the next page; absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data", UNSET)
        if not (data is None or isinstance(data, Unset)):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = LocationBasedChargingSetting.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("data", data, error)) from None
            data = data_type_0

        next_token = d.pop("nextToken", UNSET)
        if not (next_token is None or isinstance(next_token, (str, Unset))):
            raise TypeError(f"nextToken: unexpected value of type {type(next_token).__name__}")

        location_based_charging_settings_page = cls(
            data=data,
            next_token=next_token,
        )

        location_based_charging_settings_page.additional_properties = d
        return location_based_charging_settings_page

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
from ..models.location_based_charging_setting import LocationBasedChargingSetting
