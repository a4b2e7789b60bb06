from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandListResponse")


@_attrs_define
class CommandListResponse:
    """Body of `list_commands`."""

    data: list[AvailableCommand]
    status: int | None | Unset = UNSET
    """ HTTP status echoed in the body; sent by some operations only. """
    operation_id: None | str | Unset = UNSET
    """ Identifier of the call for Volvo support; sent by some operations only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if operation_id is not UNSET:
            field_dict["operationId"] = operation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AvailableCommand.from_dict(data_item_data)

            data.append(data_item)

        status = d.pop("status", UNSET)
        if not (status is None or isinstance(status, Unset)):
            try:
                if not (isinstance(status, (int, float, str)) and not isinstance(status, bool)):
                    raise TypeError()
                componentsschemas_envelope_status_type_0 = int(status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("status", status, error)) from None
            status = componentsschemas_envelope_status_type_0

        operation_id = d.pop("operationId", UNSET)
        if not (operation_id is None or isinstance(operation_id, (str, Unset))):
            raise TypeError(f"operationId: unexpected value of type {type(operation_id).__name__}")

        command_list_response = cls(
            data=data,
            status=status,
            operation_id=operation_id,
        )

        command_list_response.additional_properties = d
        return command_list_response

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
from ..models.available_command import AvailableCommand
