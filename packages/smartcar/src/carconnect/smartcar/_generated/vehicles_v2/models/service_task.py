from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceTask")


@_attrs_define
class ServiceTask:
    task_id: int | None | str | Unset = UNSET
    task_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id: int | None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        task_description: None | str | Unset
        if isinstance(self.task_description, Unset):
            task_description = UNSET
        else:
            task_description = self.task_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_description is not UNSET:
            field_dict["taskDescription"] = task_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_task_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                task_id_type_0 = int(data)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"taskId: unexpected value of type {type(data).__name__}")

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        task_description = d.pop("taskDescription", UNSET)
        if not (task_description is None or isinstance(task_description, (str, Unset))):
            raise TypeError(f"taskDescription: unexpected value of type {type(task_description).__name__}")

        service_task = cls(
            task_id=task_id,
            task_description=task_description,
        )

        service_task.additional_properties = d
        return service_task

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
