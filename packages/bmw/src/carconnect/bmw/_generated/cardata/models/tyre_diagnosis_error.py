from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TyreDiagnosisError")


@_attrs_define
class TyreDiagnosisError:
    """A partial failure of the diagnosis."""

    event_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    message: None | TyreDiagnosisErrorMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, TyreDiagnosisErrorMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("eventId", UNSET)
        if not (event_id is None or isinstance(event_id, (str, Unset))):
            raise TypeError(f"eventId: unexpected value of type {type(event_id).__name__}")

        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise TypeError(f"type: unexpected value of type {type(type_).__name__}")

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, Unset)):
            try:
                if not isinstance(message, dict):
                    raise TypeError()
                message_type_0 = TyreDiagnosisErrorMessage.from_dict(message)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("message", message, error)) from None
            message = message_type_0

        tyre_diagnosis_error = cls(
            event_id=event_id,
            type_=type_,
            message=message,
        )

        tyre_diagnosis_error.additional_properties = d
        return tyre_diagnosis_error

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
from ..models.tyre_diagnosis_error_message import TyreDiagnosisErrorMessage
