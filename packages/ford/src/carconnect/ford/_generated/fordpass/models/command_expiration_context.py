from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandExpirationContext")


@_attrs_define
class CommandExpirationContext:
    """Why a command expired before the vehicle ran it."""

    device_precluded_expiration_context: DevicePrecludedExpirationContext | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_precluded_expiration_context: dict[str, Any] | None | Unset
        if isinstance(self.device_precluded_expiration_context, Unset):
            device_precluded_expiration_context = UNSET
        elif isinstance(self.device_precluded_expiration_context, DevicePrecludedExpirationContext):
            device_precluded_expiration_context = self.device_precluded_expiration_context.to_dict()
        else:
            device_precluded_expiration_context = self.device_precluded_expiration_context

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_precluded_expiration_context is not UNSET:
            field_dict["devicePrecludedExpirationContext"] = device_precluded_expiration_context
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_precluded_expiration_context = d.pop("devicePrecludedExpirationContext", UNSET)
        if not (device_precluded_expiration_context is None or isinstance(device_precluded_expiration_context, Unset)):
            try:
                if not isinstance(device_precluded_expiration_context, dict):
                    raise TypeError()
                device_precluded_expiration_context_type_0 = DevicePrecludedExpirationContext.from_dict(
                    device_precluded_expiration_context
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("devicePrecludedExpirationContext", device_precluded_expiration_context, error)
                ) from None
            device_precluded_expiration_context = device_precluded_expiration_context_type_0

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        command_expiration_context = cls(
            device_precluded_expiration_context=device_precluded_expiration_context,
            message=message,
        )

        command_expiration_context.additional_properties = d
        return command_expiration_context

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
from ..models.device_precluded_expiration_context import DevicePrecludedExpirationContext
