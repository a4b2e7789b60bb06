from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_mode import ExecutionMode
from ..models.schedule_action import ScheduleAction
from ..models.schedule_type import ScheduleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_parameters import CommandParameters
    from ..models.execution_status import ExecutionStatus


T = TypeVar("T", bound="ChargeScheduleExecutionAttributes")


@_attrs_define
class ChargeScheduleExecutionAttributes:
    action: None | ScheduleAction | Unset = UNSET
    schedule_type: None | ScheduleType | Unset = UNSET
    status: ExecutionStatus | Unset = UNSET
    execution_mode: ExecutionMode | None | Unset = UNSET
    schedule_id: None | str | Unset = UNSET
    """ Id to delete the schedule with. """
    parameters: CommandParameters | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command_parameters import CommandParameters

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ScheduleAction):
            action = self.action.value
        else:
            action = self.action

        schedule_type: None | str | Unset
        if isinstance(self.schedule_type, Unset):
            schedule_type = UNSET
        elif isinstance(self.schedule_type, ScheduleType):
            schedule_type = self.schedule_type.value
        else:
            schedule_type = self.schedule_type

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif isinstance(self.execution_mode, ExecutionMode):
            execution_mode = self.execution_mode.value
        else:
            execution_mode = self.execution_mode

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, CommandParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if schedule_type is not UNSET:
            field_dict["scheduleType"] = schedule_type
        if status is not UNSET:
            field_dict["status"] = status
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.command_parameters import CommandParameters
        from ..models.execution_status import ExecutionStatus

        d = dict(src_dict)

        def _parse_action(data: object) -> None | ScheduleAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ScheduleAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        action = _parse_action(d.pop("action", UNSET))

        def _parse_schedule_type(data: object) -> None | ScheduleType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_type_type_0 = ScheduleType(data)

                return schedule_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        schedule_type = _parse_schedule_type(d.pop("scheduleType", UNSET))

        _status = d.pop("status", UNSET)
        status: ExecutionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExecutionStatus.from_dict(_status)

        def _parse_execution_mode(data: object) -> ExecutionMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_0 = ExecutionMode(data)

                return execution_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        execution_mode = _parse_execution_mode(d.pop("executionMode", UNSET))

        schedule_id = d.pop("scheduleId", UNSET)
        if not (schedule_id is None or isinstance(schedule_id, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(schedule_id).__name__}")

        def _parse_parameters(data: object) -> CommandParameters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = CommandParameters.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        charge_schedule_execution_attributes = cls(
            action=action,
            schedule_type=schedule_type,
            status=status,
            execution_mode=execution_mode,
            schedule_id=schedule_id,
            parameters=parameters,
        )

        charge_schedule_execution_attributes.additional_properties = d
        return charge_schedule_execution_attributes

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
