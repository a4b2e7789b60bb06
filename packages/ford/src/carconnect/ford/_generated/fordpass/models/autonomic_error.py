from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="AutonomicError")


@_attrs_define
class AutonomicError:
    """Autonomic error body."""

    code: int
    """ The HTTP status. """
    error: str
    """ Short reason, e.g. `unauthorized`, `forbidden`, `bad gateway`. """
    message: None | str | Unset = UNSET
    message_template: None | str | Unset = UNSET
    """ The message with `{placeholders}` for `messageParams`. """
    message_params: MessageParams | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    """ Autonomic's request id, for support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_template: None | str | Unset
        if isinstance(self.message_template, Unset):
            message_template = UNSET
        else:
            message_template = self.message_template

        message_params: dict[str, Any] | None | Unset
        if isinstance(self.message_params, Unset):
            message_params = UNSET
        elif isinstance(self.message_params, MessageParams):
            message_params = self.message_params.to_dict()
        else:
            message_params = self.message_params

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if message_template is not UNSET:
            field_dict["messageTemplate"] = message_template
        if message_params is not UNSET:
            field_dict["messageParams"] = message_params
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = int(d.pop("code"))

        error = d.pop("error")
        if not isinstance(error, str):
            raise TypeError("error: expected str, got " + type(error).__name__)

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        message_template = d.pop("messageTemplate", UNSET)
        if not (message_template is None or isinstance(message_template, (str, Unset))):
            raise TypeError(f"messageTemplate: unexpected value of type {type(message_template).__name__}")

        message_params = d.pop("messageParams", UNSET)
        if not (message_params is None or isinstance(message_params, Unset)):
            try:
                if not isinstance(message_params, dict):
                    raise TypeError()
                message_params_type_0 = MessageParams.from_dict(message_params)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("messageParams", message_params, error)) from None
            message_params = message_params_type_0

        timestamp = d.pop("timestamp", UNSET)
        if not (timestamp is None or isinstance(timestamp, Unset)):
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timestamp", timestamp, error)) from None
            timestamp = timestamp_type_0

        reference_id = d.pop("referenceId", UNSET)
        if not (reference_id is None or isinstance(reference_id, (str, Unset))):
            raise TypeError(f"referenceId: unexpected value of type {type(reference_id).__name__}")

        autonomic_error = cls(
            code=code,
            error=error,
            message=message,
            message_template=message_template,
            message_params=message_params,
            timestamp=timestamp,
            reference_id=reference_id,
        )

        autonomic_error.additional_properties = d
        return autonomic_error

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
from ..models.message_params import MessageParams
