from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="StateTransition")


@_attrs_define
class StateTransition:
    """A transition from `fromState` to `toState`. Success: `success` or `COMMAND_SUCCEEDED_ON_DEVICE`. Failure:
    `COMMAND_FAILED_ON_DEVICE`, `expired`, `failed`. Still running: `REQUEST_QUEUED`, `RECEIVED_BY_DEVICE`, or anything
    containing `IN_PROGRESS` or `DELIVERY`. States are free text because their casing varies.

    """

    from_state: None | str | Unset = UNSET
    """ For example `request_queued` or `REQUEST_DELIVERY_IN_PROGRESS`. """
    to_state: None | str | Unset = UNSET
    """ For example `success`, `expired` or `REQUEST_DELIVERY_SUCCESS`. """
    trigger: None | StateTrigger | Unset = UNSET
    data: CommandStateData | None | Unset = UNSET
    metrics: Metrics | None | Unset = UNSET
    oem_data: None | OemData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_state: None | str | Unset
        if isinstance(self.from_state, Unset):
            from_state = UNSET
        else:
            from_state = self.from_state

        to_state: None | str | Unset
        if isinstance(self.to_state, Unset):
            to_state = UNSET
        else:
            to_state = self.to_state

        trigger: dict[str, Any] | None | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, StateTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CommandStateData):
            data = self.data.to_dict()
        else:
            data = self.data

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, Metrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        oem_data: dict[str, Any] | None | Unset
        if isinstance(self.oem_data, Unset):
            oem_data = UNSET
        elif isinstance(self.oem_data, OemData):
            oem_data = self.oem_data.to_dict()
        else:
            oem_data = self.oem_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_state is not UNSET:
            field_dict["fromState"] = from_state
        if to_state is not UNSET:
            field_dict["toState"] = to_state
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if data is not UNSET:
            field_dict["data"] = data
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if oem_data is not UNSET:
            field_dict["oemData"] = oem_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_state = d.pop("fromState", UNSET)
        if not (from_state is None or isinstance(from_state, (str, Unset))):
            raise TypeError(f"fromState: unexpected value of type {type(from_state).__name__}")

        to_state = d.pop("toState", UNSET)
        if not (to_state is None or isinstance(to_state, (str, Unset))):
            raise TypeError(f"toState: unexpected value of type {type(to_state).__name__}")

        trigger = d.pop("trigger", UNSET)
        if not (trigger is None or isinstance(trigger, Unset)):
            try:
                if not isinstance(trigger, dict):
                    raise TypeError()
                trigger_type_0 = StateTrigger.from_dict(trigger)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("trigger", trigger, error)) from None
            trigger = trigger_type_0

        data = d.pop("data", UNSET)
        if not (data is None or isinstance(data, Unset)):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CommandStateData.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("data", data, error)) from None
            data = data_type_0

        metrics = d.pop("metrics", UNSET)
        if not (metrics is None or isinstance(metrics, Unset)):
            try:
                if not isinstance(metrics, dict):
                    raise TypeError()
                metrics_type_0 = Metrics.from_dict(metrics)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("metrics", metrics, error)) from None
            metrics = metrics_type_0

        oem_data = d.pop("oemData", UNSET)
        if not (oem_data is None or isinstance(oem_data, Unset)):
            try:
                if not isinstance(oem_data, dict):
                    raise TypeError()
                oem_data_type_0 = OemData.from_dict(oem_data)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("oemData", oem_data, error)) from None
            oem_data = oem_data_type_0

        state_transition = cls(
            from_state=from_state,
            to_state=to_state,
            trigger=trigger,
            data=data,
            metrics=metrics,
            oem_data=oem_data,
        )

        state_transition.additional_properties = d
        return state_transition

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
from ..models.command_state_data import CommandStateData
from ..models.metrics import Metrics
from ..models.oem_data import OemData
from ..models.state_trigger import StateTrigger
