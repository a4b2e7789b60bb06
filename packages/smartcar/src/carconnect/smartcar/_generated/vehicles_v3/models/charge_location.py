from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeLocation")


@_attrs_define
class ChargeLocation:
    name: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    connector_type: None | str | Unset = UNSET
    """ e.g. `J1772`, `CCS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        connector_type: None | str | Unset
        if isinstance(self.connector_type, Unset):
            connector_type = UNSET
        else:
            connector_type = self.connector_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if connector_type is not UNSET:
            field_dict["connectorType"] = connector_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"name: unexpected value of type {type(name).__name__}")

        address = d.pop("address", UNSET)
        if not (address is None or isinstance(address, (str, Unset))):
            raise TypeError(f"address: unexpected value of type {type(address).__name__}")

        latitude = d.pop("latitude", UNSET)
        if not (latitude is None or isinstance(latitude, Unset)):
            try:
                if not (isinstance(latitude, (int, float, str)) and not isinstance(latitude, bool)):
                    raise TypeError()
                latitude_type_0 = float(latitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("latitude", latitude, error)) from None
            latitude = latitude_type_0

        longitude = d.pop("longitude", UNSET)
        if not (longitude is None or isinstance(longitude, Unset)):
            try:
                if not (isinstance(longitude, (int, float, str)) and not isinstance(longitude, bool)):
                    raise TypeError()
                longitude_type_0 = float(longitude)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("longitude", longitude, error)) from None
            longitude = longitude_type_0

        connector_type = d.pop("connectorType", UNSET)
        if not (connector_type is None or isinstance(connector_type, (str, Unset))):
            raise TypeError(f"connectorType: unexpected value of type {type(connector_type).__name__}")

        charge_location = cls(
            name=name,
            address=address,
            latitude=latitude,
            longitude=longitude,
            connector_type=connector_type,
        )

        charge_location.additional_properties = d
        return charge_location

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
