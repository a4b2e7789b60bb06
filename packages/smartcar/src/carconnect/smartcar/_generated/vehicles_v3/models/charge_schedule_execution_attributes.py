from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_mode import ExecutionMode
from ..models.schedule_action import ScheduleAction
from ..models.schedule_type import ScheduleType
from ..types import UNSET, Unset, field_error

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
        d = dict(src_dict)
        action = d.pop("action", UNSET)
        if not (action is None or isinstance(action, Unset)):
            try:
                if not isinstance(action, str):
                    raise TypeError()
                action_type_0 = ScheduleAction.from_value(action)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("action", action, error)) from None
            action = action_type_0

        schedule_type = d.pop("scheduleType", UNSET)
        if not (schedule_type is None or isinstance(schedule_type, Unset)):
            try:
                if not isinstance(schedule_type, str):
                    raise TypeError()
                schedule_type_type_0 = ScheduleType.from_value(schedule_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("scheduleType", schedule_type, error)) from None
            schedule_type = schedule_type_type_0

        _status = d.pop("status", UNSET)
        status: ExecutionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExecutionStatus.from_dict(_status)

        execution_mode = d.pop("executionMode", UNSET)
        if not (execution_mode is None or isinstance(execution_mode, Unset)):
            try:
                if not isinstance(execution_mode, str):
                    raise TypeError()
                execution_mode_type_0 = ExecutionMode.from_value(execution_mode)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("executionMode", execution_mode, error)) from None
            execution_mode = execution_mode_type_0

        schedule_id = d.pop("scheduleId", UNSET)
        if not (schedule_id is None or isinstance(schedule_id, (str, Unset))):
            raise TypeError(f"scheduleId: unexpected value of type {type(schedule_id).__name__}")

        parameters = d.pop("parameters", UNSET)
        if not (parameters is None or isinstance(parameters, Unset)):
            try:
                if not isinstance(parameters, dict):
                    raise TypeError()
                parameters_type_0 = CommandParameters.from_dict(parameters)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("parameters", parameters, error)) from None
            parameters = parameters_type_0

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.command_parameters import CommandParameters
from ..models.execution_status import ExecutionStatus
