from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charging_state import ChargingState
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingStatus")


@_attrs_define
class ChargingStatus:
    value: ChargingState | None | Unset = UNSET
    time_stamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    charge_start_time: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    charge_end_time: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ChargingState):
            value = self.value.value
        else:
            value = self.value

        time_stamp: None | str | Unset
        if isinstance(self.time_stamp, Unset):
            time_stamp = UNSET
        else:
            time_stamp = self.time_stamp

        charge_start_time: None | str | Unset
        if isinstance(self.charge_start_time, Unset):
            charge_start_time = UNSET
        else:
            charge_start_time = self.charge_start_time

        charge_end_time: None | str | Unset
        if isinstance(self.charge_end_time, Unset):
            charge_end_time = UNSET
        else:
            charge_end_time = self.charge_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if charge_start_time is not UNSET:
            field_dict["chargeStartTime"] = charge_start_time
        if charge_end_time is not UNSET:
            field_dict["chargeEndTime"] = charge_end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, Unset)):
            try:
                if not isinstance(value, str):
                    raise TypeError()
                value_type_0 = ChargingState.from_value(value)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("value", value, error)) from None
            value = value_type_0

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"timeStamp: unexpected value of type {type(time_stamp).__name__}")

        charge_start_time = d.pop("chargeStartTime", UNSET)
        if not (charge_start_time is None or isinstance(charge_start_time, (str, Unset))):
            raise TypeError(f"chargeStartTime: unexpected value of type {type(charge_start_time).__name__}")

        charge_end_time = d.pop("chargeEndTime", UNSET)
        if not (charge_end_time is None or isinstance(charge_end_time, (str, Unset))):
            raise TypeError(f"chargeEndTime: unexpected value of type {type(charge_end_time).__name__}")

        charging_status = cls(
            value=value,
            time_stamp=time_stamp,
            charge_start_time=charge_start_time,
            charge_end_time=charge_end_time,
        )

        charging_status.additional_properties = d
        return charging_status

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
