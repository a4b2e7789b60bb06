from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_state import ContainerState
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """A named set of telematic descriptors for the telematic data endpoint."""

    container_id: str
    """ Container id (13 characters). """
    name: None | str | Unset = UNSET
    purpose: None | str | Unset = UNSET
    state: ContainerState | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContainerState):
            state = self.state.value
        else:
            state = self.state

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if state is not UNSET:
            field_dict["state"] = state
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        container_id = d.pop("containerId")
        if not isinstance(container_id, str):
            raise TypeError("containerId: expected str, got " + type(container_id).__name__)

        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"name: unexpected value of type {type(name).__name__}")

        purpose = d.pop("purpose", UNSET)
        if not (purpose is None or isinstance(purpose, (str, Unset))):
            raise TypeError(f"purpose: unexpected value of type {type(purpose).__name__}")

        state = d.pop("state", UNSET)
        if not (state is None or isinstance(state, Unset)):
            try:
                if not isinstance(state, str):
                    raise TypeError()
                state_type_0 = ContainerState.from_value(state)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("state", state, error)) from None
            state = state_type_0

        created = d.pop("created", UNSET)
        if not (created is None or isinstance(created, Unset)):
            try:
                if not isinstance(created, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(created)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("created", created, error)) from None
            created = created_type_0

        container = cls(
            container_id=container_id,
            name=name,
            purpose=purpose,
            state=state,
            created=created,
        )

        container.additional_properties = d
        return container

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
