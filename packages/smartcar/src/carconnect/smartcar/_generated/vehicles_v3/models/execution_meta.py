from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ExecutionMeta")


@_attrs_define
class ExecutionMeta:
    executed_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    duration_in_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat()
        else:
            executed_at = self.executed_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        duration_in_seconds: float | None | Unset
        if isinstance(self.duration_in_seconds, Unset):
            duration_in_seconds = UNSET
        else:
            duration_in_seconds = self.duration_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        executed_at = d.pop("executedAt", UNSET)
        if not (executed_at is None or isinstance(executed_at, Unset)):
            try:
                if not isinstance(executed_at, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(executed_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("executedAt", executed_at, error)) from None
            executed_at = executed_at_type_0

        completed_at = d.pop("completedAt", UNSET)
        if not (completed_at is None or isinstance(completed_at, Unset)):
            try:
                if not isinstance(completed_at, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(completed_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("completedAt", completed_at, error)) from None
            completed_at = completed_at_type_0

        duration_in_seconds = d.pop("durationInSeconds", UNSET)
        if not (duration_in_seconds is None or isinstance(duration_in_seconds, Unset)):
            try:
                if not (
                    isinstance(duration_in_seconds, (int, float, str)) and not isinstance(duration_in_seconds, bool)
                ):
                    raise TypeError()
                duration_in_seconds_type_0 = float(duration_in_seconds)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("durationInSeconds", duration_in_seconds, error)) from None
            duration_in_seconds = duration_in_seconds_type_0

        execution_meta = cls(
            executed_at=executed_at,
            completed_at=completed_at,
            duration_in_seconds=duration_in_seconds,
        )

        execution_meta.additional_properties = d
        return execution_meta

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
