from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_mode import ConnectionMode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    user_id: str
    vehicle_id: str
    connected_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    """ Older name of `connectedAt`. """
    mode: ConnectionMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        vehicle_id = self.vehicle_id

        connected_at: None | str | Unset
        if isinstance(self.connected_at, Unset):
            connected_at = UNSET
        elif isinstance(self.connected_at, datetime.datetime):
            connected_at = self.connected_at.isoformat()
        else:
            connected_at = self.connected_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ConnectionMode):
            mode = self.mode.value
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "vehicleId": vehicle_id,
            }
        )
        if connected_at is not UNSET:
            field_dict["connectedAt"] = connected_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")
        if not isinstance(user_id, str):
            raise TypeError("userId: expected str, got " + type(user_id).__name__)

        vehicle_id = d.pop("vehicleId")
        if not isinstance(vehicle_id, str):
            raise TypeError("vehicleId: expected str, got " + type(vehicle_id).__name__)

        connected_at = d.pop("connectedAt", UNSET)
        if not (connected_at is None or isinstance(connected_at, Unset)):
            try:
                if not isinstance(connected_at, str):
                    raise TypeError()
                connected_at_type_0 = datetime.datetime.fromisoformat(connected_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("connectedAt", connected_at, error)) from None
            connected_at = connected_at_type_0

        created_at = d.pop("createdAt", UNSET)
        if not (created_at is None or isinstance(created_at, Unset)):
            try:
                if not isinstance(created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("createdAt", created_at, error)) from None
            created_at = created_at_type_0

        mode = d.pop("mode", UNSET)
        if not (mode is None or isinstance(mode, Unset)):
            try:
                if not isinstance(mode, str):
                    raise TypeError()
                mode_type_0 = ConnectionMode.from_value(mode)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mode", mode, error)) from None
            mode = mode_type_0

        connection = cls(
            user_id=user_id,
            vehicle_id=vehicle_id,
            connected_at=connected_at,
            created_at=created_at,
            mode=mode,
        )

        connection.additional_properties = d
        return connection

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
