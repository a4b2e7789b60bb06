from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_status import CommandStatus
from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="FordConnectError")


@_attrs_define
class FordConnectError:
    """FordConnect's own error body (401 unauthorized user or vehicle, 404, 406). Command routes add `commandStatus` and
    sometimes `commandId`; data routes may add their payload key set to null.

    """

    error: ErrorDetail
    status: None | ResponseStatus | Unset = UNSET
    command_status: CommandStatus | None | Unset = UNSET
    command_id: None | str | Unset = UNSET
    departure_times: None | Unset = UNSET
    """ Sent as null by the departure-times route. """
    charge_schedules: None | Unset = UNSET
    """ Sent as null by the charge-schedules route. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResponseStatus):
            status = self.status.value
        else:
            status = self.status

        command_status: None | str | Unset
        if isinstance(self.command_status, Unset):
            command_status = UNSET
        elif isinstance(self.command_status, CommandStatus):
            command_status = self.command_status.value
        else:
            command_status = self.command_status

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        departure_times = self.departure_times

        charge_schedules = self.charge_schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if command_status is not UNSET:
            field_dict["commandStatus"] = command_status
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if departure_times is not UNSET:
            field_dict["departureTimes"] = departure_times
        if charge_schedules is not UNSET:
            field_dict["chargeSchedules"] = charge_schedules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = ErrorDetail.from_dict(d.pop("error"))

        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, Unset)):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_0 = ResponseStatus.from_value(status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("status", status, error)) from None
            status = status_type_0

        command_status = d.pop("commandStatus", UNSET)
        if not (command_status is None or isinstance(command_status, Unset)):
            try:
                if not isinstance(command_status, str):
                    raise TypeError()
                command_status_type_0 = CommandStatus.from_value(command_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("commandStatus", command_status, error)) from None
            command_status = command_status_type_0

        command_id = d.pop("commandId", UNSET)
        if not (command_id is None or isinstance(command_id, (str, Unset))):
            raise TypeError(f"commandId: unexpected value of type {type(command_id).__name__}")

        departure_times = d.pop("departureTimes", UNSET)

        charge_schedules = d.pop("chargeSchedules", UNSET)

        ford_connect_error = cls(
            error=error,
            status=status,
            command_status=command_status,
            command_id=command_id,
            departure_times=departure_times,
            charge_schedules=charge_schedules,
        )

        ford_connect_error.additional_properties = d
        return ford_connect_error

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
from ..models.error_detail import ErrorDetail
