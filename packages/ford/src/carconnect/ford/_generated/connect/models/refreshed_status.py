from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="RefreshedStatus")


@_attrs_define
class RefreshedStatus:
    """Lock and alarm state reported by a completed status refresh."""

    lock_status: LockStatus | None | Unset = UNSET
    alarm: AlarmStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_status: dict[str, Any] | None | Unset
        if isinstance(self.lock_status, Unset):
            lock_status = UNSET
        elif isinstance(self.lock_status, LockStatus):
            lock_status = self.lock_status.to_dict()
        else:
            lock_status = self.lock_status

        alarm: dict[str, Any] | None | Unset
        if isinstance(self.alarm, Unset):
            alarm = UNSET
        elif isinstance(self.alarm, AlarmStatus):
            alarm = self.alarm.to_dict()
        else:
            alarm = self.alarm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lock_status is not UNSET:
            field_dict["lockStatus"] = lock_status
        if alarm is not UNSET:
            field_dict["alarm"] = alarm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lock_status = d.pop("lockStatus", UNSET)
        if not (lock_status is None or isinstance(lock_status, Unset)):
            try:
                if not isinstance(lock_status, dict):
                    raise TypeError()
                lock_status_type_0 = LockStatus.from_dict(lock_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("lockStatus", lock_status, error)) from None
            lock_status = lock_status_type_0

        alarm = d.pop("alarm", UNSET)
        if not (alarm is None or isinstance(alarm, Unset)):
            try:
                if not isinstance(alarm, dict):
                    raise TypeError()
                alarm_type_0 = AlarmStatus.from_dict(alarm)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("alarm", alarm, error)) from None
            alarm = alarm_type_0

        refreshed_status = cls(
            lock_status=lock_status,
            alarm=alarm,
        )

        refreshed_status.additional_properties = d
        return refreshed_status

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
from ..models.alarm_status import AlarmStatus
from ..models.lock_status import LockStatus
