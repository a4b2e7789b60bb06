from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandState")


@_attrs_define
class CommandState:
    """The latest state transition of one command type (or device state)."""

    timestamp: datetime.datetime | None | Unset = UNSET
    command_id: None | str | Unset = UNSET
    """ The `id` of the command this transition belongs to. """
    value: None | StateTransition | Unset = UNSET
    message: None | str | Unset = UNSET
    """ Human-readable outcome, e.g. "LockCommandResponse with status SUCCESS". """
    tags: MetricTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, StateTransition):
            value = self.value.to_dict()
        else:
            value = self.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, MetricTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if value is not UNSET:
            field_dict["value"] = value
        if message is not UNSET:
            field_dict["message"] = message
        if tags is not UNSET:
            field_dict["tags"] = tags

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

        command_id = d.pop("commandId", UNSET)
        if not (command_id is None or isinstance(command_id, (str, Unset))):
            raise TypeError(f"commandId: unexpected value of type {type(command_id).__name__}")

        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, dict):
                    raise TypeError()
                value_type_0 = StateTransition.from_dict(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        tags = d.pop("tags", UNSET)
        if not (tags is None or isinstance(tags, Unset)):
            try:
                if not isinstance(tags, dict):
                    raise TypeError()
                tags_type_0 = MetricTags.from_dict(tags)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tags", tags, error)) from None
            tags = tags_type_0

        command_state = cls(
            timestamp=timestamp,
            command_id=command_id,
            value=value,
            message=message,
            tags=tags,
        )

        command_state.additional_properties = d
        return command_state

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
from ..models.metric_tags import MetricTags
from ..models.state_transition import StateTransition
