from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TroubleCode")


@_attrs_define
class TroubleCode:
    code: str
    """ OBD-II code, e.g. `P0123`. """
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError("code: expected str, got " + type(code).__name__)

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, Unset)):
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timestamp", timestamp, error)) from None
            timestamp = timestamp_type_0

        trouble_code = cls(
            code=code,
            timestamp=timestamp,
        )

        trouble_code.additional_properties = d
        return trouble_code

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
