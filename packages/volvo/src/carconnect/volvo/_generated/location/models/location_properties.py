from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LocationProperties")


@_attrs_define
class LocationProperties:
    """When the position was taken and where the car was heading. Other string members may appear."""

    timestamp: datetime.datetime | None | Unset = UNSET
    """ When the car reported the position (ISO 8601, UTC); sometimes absent. """
    heading: None | str | Unset = UNSET
    """ Heading in degrees, sent as a string (e.g. "90"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        heading: None | str | Unset
        if isinstance(self.heading, Unset):
            heading = UNSET
        else:
            heading = self.heading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if heading is not UNSET:
            field_dict["heading"] = heading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, Unset)):
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timestamp", timestamp, error)) from None
            timestamp = timestamp_type_0

        heading = d.pop("heading", UNSET)
        if not (heading is None or isinstance(heading, (str, Unset))):
            raise TypeError(f"heading: unexpected value of type {type(heading).__name__}")

        location_properties = cls(
            timestamp=timestamp,
            heading=heading,
        )

        location_properties.additional_properties = d
        return location_properties

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
