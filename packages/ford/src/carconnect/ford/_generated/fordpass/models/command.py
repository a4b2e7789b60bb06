from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_current_status import CommandCurrentStatus
from ..models.command_type import CommandType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Command")


@_attrs_define
class Command:
    """An accepted command. Its id is `id`; some responses name it `commandId` or `correlationId`."""

    id: None | str | Unset = UNSET
    command_id: None | str | Unset = UNSET
    correlation_id: None | str | Unset = UNSET
    target: CommandTarget | None | Unset = UNSET
    type_: CommandType | None | Unset = UNSET
    current_status: CommandCurrentStatus | None | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    """ For example "Command in progress". """
    create_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | None | Unset = UNSET
    expire_time: datetime.datetime | None | Unset = UNSET
    """ When the command expires if the vehicle has not run it. """
    fail_if_precluded: bool | None | Unset = UNSET
    wake_up: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        correlation_id: None | str | Unset
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, CommandTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CommandType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        current_status: None | str | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        elif isinstance(self.current_status, CommandCurrentStatus):
            current_status = self.current_status.value
        else:
            current_status = self.current_status

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        elif isinstance(self.create_time, datetime.datetime):
            create_time = self.create_time.isoformat()
        else:
            create_time = self.create_time

        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        expire_time: None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        elif isinstance(self.expire_time, datetime.datetime):
            expire_time = self.expire_time.isoformat()
        else:
            expire_time = self.expire_time

        fail_if_precluded: bool | None | Unset
        if isinstance(self.fail_if_precluded, Unset):
            fail_if_precluded = UNSET
        else:
            fail_if_precluded = self.fail_if_precluded

        wake_up: bool | None | Unset
        if isinstance(self.wake_up, Unset):
            wake_up = UNSET
        else:
            wake_up = self.wake_up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if target is not UNSET:
            field_dict["target"] = target
        if type_ is not UNSET:
            field_dict["type"] = type_
        if current_status is not UNSET:
            field_dict["currentStatus"] = current_status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if fail_if_precluded is not UNSET:
            field_dict["failIfPrecluded"] = fail_if_precluded
        if wake_up is not UNSET:
            field_dict["wakeUp"] = wake_up

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (str, Unset))):
            raise TypeError(f"id: unexpected value of type {type(id).__name__}")

        command_id = d.pop("commandId", UNSET)
        if not (command_id is None or isinstance(command_id, (str, Unset))):
            raise TypeError(f"commandId: unexpected value of type {type(command_id).__name__}")

        correlation_id = d.pop("correlationId", UNSET)
        if not (correlation_id is None or isinstance(correlation_id, (str, Unset))):
            raise TypeError(f"correlationId: unexpected value of type {type(correlation_id).__name__}")

        target = d.pop("target", UNSET)
        if not (target is None or isinstance(target, Unset)):
            try:
                if not isinstance(target, dict):
                    raise TypeError()
                target_type_0 = CommandTarget.from_dict(target)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("target", target, error)) from None
            target = target_type_0

        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, Unset)):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = CommandType.from_value(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("type", type_, error)) from None
            type_ = type_type_0

        current_status = d.pop("currentStatus", UNSET)
        if not (current_status is None or isinstance(current_status, Unset)):
            try:
                if not isinstance(current_status, str):
                    raise TypeError()
                current_status_type_0 = CommandCurrentStatus.from_value(current_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("currentStatus", current_status, error)) from None
            current_status = current_status_type_0

        status_reason = d.pop("statusReason", UNSET)
        if not (status_reason is None or isinstance(status_reason, (str, Unset))):
            raise TypeError(f"statusReason: unexpected value of type {type(status_reason).__name__}")

        create_time = d.pop("createTime", UNSET)
        if not (create_time is None or isinstance(create_time, Unset)):
            try:
                if not isinstance(create_time, str):
                    raise TypeError()
                create_time_type_0 = datetime.datetime.fromisoformat(create_time)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("createTime", create_time, error)) from None
            create_time = create_time_type_0

        update_time = d.pop("updateTime", UNSET)
        if not (update_time is None or isinstance(update_time, Unset)):
            try:
                if not isinstance(update_time, str):
                    raise TypeError()
                update_time_type_0 = datetime.datetime.fromisoformat(update_time)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("updateTime", update_time, error)) from None
            update_time = update_time_type_0

        expire_time = d.pop("expireTime", UNSET)
        if not (expire_time is None or isinstance(expire_time, Unset)):
            try:
                if not isinstance(expire_time, str):
                    raise TypeError()
                expire_time_type_0 = datetime.datetime.fromisoformat(expire_time)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("expireTime", expire_time, error)) from None
            expire_time = expire_time_type_0

        fail_if_precluded = d.pop("failIfPrecluded", UNSET)
        if not (fail_if_precluded is None or isinstance(fail_if_precluded, (bool, Unset))):
            raise TypeError(f"failIfPrecluded: unexpected value of type {type(fail_if_precluded).__name__}")

        wake_up = d.pop("wakeUp", UNSET)
        if not (wake_up is None or isinstance(wake_up, (bool, Unset))):
            raise TypeError(f"wakeUp: unexpected value of type {type(wake_up).__name__}")

        command = cls(
            id=id,
            command_id=command_id,
            correlation_id=correlation_id,
            target=target,
            type_=type_,
            current_status=current_status,
            status_reason=status_reason,
            create_time=create_time,
            update_time=update_time,
            expire_time=expire_time,
            fail_if_precluded=fail_if_precluded,
            wake_up=wake_up,
        )

        command.additional_properties = d
        return command

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
from ..models.command_target import CommandTarget
