from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_start_state import RemoteStartState
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="RemoteStartStatus")


@_attrs_define
class RemoteStartStatus:
    status: None | RemoteStartState | Unset = UNSET
    duration: int | None | Unset = UNSET
    """ Remote start duration. """
    time_stamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RemoteStartState):
            status = self.status.value
        else:
            status = self.status

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        time_stamp: None | str | Unset
        if isinstance(self.time_stamp, Unset):
            time_stamp = UNSET
        else:
            time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, Unset)):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_0 = RemoteStartState.from_value(status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("status", status, error)) from None
            status = status_type_0

        duration = d.pop("duration", UNSET)
        if not (duration is None or isinstance(duration, Unset)):
            try:
                if not (isinstance(duration, (int, float, str)) and not isinstance(duration, bool)):
                    raise TypeError()
                duration_type_0 = int(duration)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("duration", duration, error)) from None
            duration = duration_type_0

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"timeStamp: unexpected value of type {type(time_stamp).__name__}")

        remote_start_status = cls(
            status=status,
            duration=duration,
            time_stamp=time_stamp,
        )

        remote_start_status.additional_properties = d
        return remote_start_status

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
