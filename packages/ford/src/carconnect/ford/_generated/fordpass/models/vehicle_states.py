from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleStates")


@_attrs_define
class VehicleStates:
    """Latest state transition per command type and device state, keyed `<commandType>Command` (`lockCommand`,
    `remoteStartCommand`, ...). Keys not listed here (other commands, and `commands` in newer payloads) stay available
    by name; parse them with `CommandState`.

    """

    lock_command: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    unlock_command: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    remote_start_command: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    cancel_remote_start_command: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    status_refresh_command: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    command_preclusion: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    configuration_update: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    device_connectivity: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    device_wakeup: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    opaque: CommandState | Unset = UNSET
    """ The latest state transition of one command type (or device state). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lock_command, Unset):
            lock_command = self.lock_command.to_dict()

        unlock_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unlock_command, Unset):
            unlock_command = self.unlock_command.to_dict()

        remote_start_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_start_command, Unset):
            remote_start_command = self.remote_start_command.to_dict()

        cancel_remote_start_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancel_remote_start_command, Unset):
            cancel_remote_start_command = self.cancel_remote_start_command.to_dict()

        status_refresh_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_refresh_command, Unset):
            status_refresh_command = self.status_refresh_command.to_dict()

        command_preclusion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_preclusion, Unset):
            command_preclusion = self.command_preclusion.to_dict()

        configuration_update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration_update, Unset):
            configuration_update = self.configuration_update.to_dict()

        device_connectivity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_connectivity, Unset):
            device_connectivity = self.device_connectivity.to_dict()

        device_wakeup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_wakeup, Unset):
            device_wakeup = self.device_wakeup.to_dict()

        opaque: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opaque, Unset):
            opaque = self.opaque.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lock_command is not UNSET:
            field_dict["lockCommand"] = lock_command
        if unlock_command is not UNSET:
            field_dict["unlockCommand"] = unlock_command
        if remote_start_command is not UNSET:
            field_dict["remoteStartCommand"] = remote_start_command
        if cancel_remote_start_command is not UNSET:
            field_dict["cancelRemoteStartCommand"] = cancel_remote_start_command
        if status_refresh_command is not UNSET:
            field_dict["statusRefreshCommand"] = status_refresh_command
        if command_preclusion is not UNSET:
            field_dict["commandPreclusion"] = command_preclusion
        if configuration_update is not UNSET:
            field_dict["configurationUpdate"] = configuration_update
        if device_connectivity is not UNSET:
            field_dict["deviceConnectivity"] = device_connectivity
        if device_wakeup is not UNSET:
            field_dict["deviceWakeup"] = device_wakeup
        if opaque is not UNSET:
            field_dict["opaque"] = opaque

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _lock_command = d.pop("lockCommand", UNSET)
        lock_command: CommandState | Unset
        if isinstance(_lock_command, Unset):
            lock_command = UNSET
        else:
            lock_command = CommandState.from_dict(_lock_command)

        _unlock_command = d.pop("unlockCommand", UNSET)
        unlock_command: CommandState | Unset
        if isinstance(_unlock_command, Unset):
            unlock_command = UNSET
        else:
            unlock_command = CommandState.from_dict(_unlock_command)

        _remote_start_command = d.pop("remoteStartCommand", UNSET)
        remote_start_command: CommandState | Unset
        if isinstance(_remote_start_command, Unset):
            remote_start_command = UNSET
        else:
            remote_start_command = CommandState.from_dict(_remote_start_command)

        _cancel_remote_start_command = d.pop("cancelRemoteStartCommand", UNSET)
        cancel_remote_start_command: CommandState | Unset
        if isinstance(_cancel_remote_start_command, Unset):
            cancel_remote_start_command = UNSET
        else:
            cancel_remote_start_command = CommandState.from_dict(_cancel_remote_start_command)

        _status_refresh_command = d.pop("statusRefreshCommand", UNSET)
        status_refresh_command: CommandState | Unset
        if isinstance(_status_refresh_command, Unset):
            status_refresh_command = UNSET
        else:
            status_refresh_command = CommandState.from_dict(_status_refresh_command)

        _command_preclusion = d.pop("commandPreclusion", UNSET)
        command_preclusion: CommandState | Unset
        if isinstance(_command_preclusion, Unset):
            command_preclusion = UNSET
        else:
            command_preclusion = CommandState.from_dict(_command_preclusion)

        _configuration_update = d.pop("configurationUpdate", UNSET)
        configuration_update: CommandState | Unset
        if isinstance(_configuration_update, Unset):
            configuration_update = UNSET
        else:
            configuration_update = CommandState.from_dict(_configuration_update)

        _device_connectivity = d.pop("deviceConnectivity", UNSET)
        device_connectivity: CommandState | Unset
        if isinstance(_device_connectivity, Unset):
            device_connectivity = UNSET
        else:
            device_connectivity = CommandState.from_dict(_device_connectivity)

        _device_wakeup = d.pop("deviceWakeup", UNSET)
        device_wakeup: CommandState | Unset
        if isinstance(_device_wakeup, Unset):
            device_wakeup = UNSET
        else:
            device_wakeup = CommandState.from_dict(_device_wakeup)

        _opaque = d.pop("opaque", UNSET)
        opaque: CommandState | Unset
        if isinstance(_opaque, Unset):
            opaque = UNSET
        else:
            opaque = CommandState.from_dict(_opaque)

        vehicle_states = cls(
            lock_command=lock_command,
            unlock_command=unlock_command,
            remote_start_command=remote_start_command,
            cancel_remote_start_command=cancel_remote_start_command,
            status_refresh_command=status_refresh_command,
            command_preclusion=command_preclusion,
            configuration_update=configuration_update,
            device_connectivity=device_connectivity,
            device_wakeup=device_wakeup,
            opaque=opaque,
        )

        vehicle_states.additional_properties = d
        return vehicle_states

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
from ..models.command_state import CommandState
