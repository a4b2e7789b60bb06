from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoke_status import InvokeStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandResult")


@_attrs_define
class CommandResult:
    """Outcome of a command invocation (calls are synchronous; there is no job to poll)."""

    vin: None | str | Unset = UNSET
    """ The vehicle the command was sent to. """
    invoke_status: InvokeStatus | None | Unset = UNSET
    message: None | str | Unset = UNSET
    """ Free-text detail of the outcome. """
    status_code: int | None | Unset = UNSET
    """ Status code mentioned by Volvo's documentation; rarely sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        invoke_status: None | str | Unset
        if isinstance(self.invoke_status, Unset):
            invoke_status = UNSET
        elif isinstance(self.invoke_status, InvokeStatus):
            invoke_status = self.invoke_status.value
        else:
            invoke_status = self.invoke_status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["vin"] = vin
        if invoke_status is not UNSET:
            field_dict["invokeStatus"] = invoke_status
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"vin: unexpected value of type {type(vin).__name__}")

        invoke_status = d.pop("invokeStatus", UNSET)
        if not (invoke_status is None or isinstance(invoke_status, Unset)):
            try:
                if not isinstance(invoke_status, str):
                    raise TypeError()
                invoke_status_type_0 = InvokeStatus.from_value(invoke_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("invokeStatus", invoke_status, error)) from None
            invoke_status = invoke_status_type_0

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        status_code = d.pop("statusCode", UNSET)
        if not (status_code is None or isinstance(status_code, Unset)):
            try:
                if not (isinstance(status_code, (int, float, str)) and not isinstance(status_code, bool)):
                    raise TypeError()
                status_code_type_0 = int(status_code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("statusCode", status_code, error)) from None
            status_code = status_code_type_0

        command_result = cls(
            vin=vin,
            invoke_status=invoke_status,
            message=message,
            status_code=status_code,
        )

        command_result.additional_properties = d
        return command_result

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
