from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeSchedulesResponse")


@_attrs_define
class ChargeSchedulesResponse:
    status: ResponseStatus
    """ Overall outcome of the request. """
    charge_schedules: list[ChargeSchedule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        charge_schedules: list[dict[str, Any]] | None | Unset
        if isinstance(self.charge_schedules, Unset):
            charge_schedules = UNSET
        elif isinstance(self.charge_schedules, list):
            charge_schedules = []
            for charge_schedules_type_0_item_data in self.charge_schedules:
                charge_schedules_type_0_item = charge_schedules_type_0_item_data.to_dict()
                charge_schedules.append(charge_schedules_type_0_item)

        else:
            charge_schedules = self.charge_schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if charge_schedules is not UNSET:
            field_dict["chargeSchedules"] = charge_schedules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ResponseStatus.from_value(d.pop("status"))

        charge_schedules = d.pop("chargeSchedules", UNSET)
        if not (charge_schedules is None or isinstance(charge_schedules, Unset)):
            try:
                if not isinstance(charge_schedules, list):
                    raise TypeError()
                charge_schedules_type_0 = []
                _charge_schedules_type_0 = charge_schedules
                for charge_schedules_type_0_item_data in _charge_schedules_type_0:
                    charge_schedules_type_0_item = ChargeSchedule.from_dict(charge_schedules_type_0_item_data)

                    charge_schedules_type_0.append(charge_schedules_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargeSchedules", charge_schedules, error)) from None
            charge_schedules = charge_schedules_type_0

        charge_schedules_response = cls(
            status=status,
            charge_schedules=charge_schedules,
        )

        charge_schedules_response.additional_properties = d
        return charge_schedules_response

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
from ..models.charge_schedule import ChargeSchedule
