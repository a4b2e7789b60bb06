from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_status import CommandStatus
from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="StatusRefreshResponse")


@_attrs_define
class StatusRefreshResponse:
    """Command status plus, once COMPLETED, the refreshed lock and alarm state."""

    status: ResponseStatus
    """ Overall outcome of the request. """
    command_status: CommandStatus
    """ Progress of an asynchronous command. PENDINGRESPONSE and QUEUED are still running; EMPTY means no such
    command or resource. """
    command_id: str
    vehiclestatus: None | RefreshedStatus | Unset = UNSET
    """ Present once `commandStatus` is COMPLETED (note the lower-case `s`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        command_status = self.command_status.value

        command_id = self.command_id

        vehiclestatus: dict[str, Any] | None | Unset
        if isinstance(self.vehiclestatus, Unset):
            vehiclestatus = UNSET
        elif isinstance(self.vehiclestatus, RefreshedStatus):
            vehiclestatus = self.vehiclestatus.to_dict()
        else:
            vehiclestatus = self.vehiclestatus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "commandStatus": command_status,
                "commandId": command_id,
            }
        )
        if vehiclestatus is not UNSET:
            field_dict["vehiclestatus"] = vehiclestatus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ResponseStatus.from_value(d.pop("status"))

        command_status = CommandStatus.from_value(d.pop("commandStatus"))

        command_id = d.pop("commandId")
        if not isinstance(command_id, str):
            raise TypeError("commandId: expected str, got " + type(command_id).__name__)

        vehiclestatus = d.pop("vehiclestatus", UNSET)
        if not (vehiclestatus is None or isinstance(vehiclestatus, Unset)):
            try:
                if not isinstance(vehiclestatus, dict):
                    raise TypeError()
                vehiclestatus_type_0 = RefreshedStatus.from_dict(vehiclestatus)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("vehiclestatus", vehiclestatus, error)) from None
            vehiclestatus = vehiclestatus_type_0

        status_refresh_response = cls(
            status=status,
            command_status=command_status,
            command_id=command_id,
            vehiclestatus=vehiclestatus,
        )

        status_refresh_response.additional_properties = d
        return status_refresh_response

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
from ..models.refreshed_status import RefreshedStatus
