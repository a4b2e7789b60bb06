from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_days import ScheduleDays
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeSchedule")


@_attrs_define
class ChargeSchedule:
    days: None | ScheduleDays | Unset = UNSET
    charge_windows: list[ChargeWindow] | None | Unset = UNSET
    desired_charge_level: int | None | Unset = UNSET
    """ Target state of charge in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days: None | str | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        elif isinstance(self.days, ScheduleDays):
            days = self.days.value
        else:
            days = self.days

        charge_windows: list[dict[str, Any]] | None | Unset
        if isinstance(self.charge_windows, Unset):
            charge_windows = UNSET
        elif isinstance(self.charge_windows, list):
            charge_windows = []
            for charge_windows_type_0_item_data in self.charge_windows:
                charge_windows_type_0_item = charge_windows_type_0_item_data.to_dict()
                charge_windows.append(charge_windows_type_0_item)

        else:
            charge_windows = self.charge_windows

        desired_charge_level: int | None | Unset
        if isinstance(self.desired_charge_level, Unset):
            desired_charge_level = UNSET
        else:
            desired_charge_level = self.desired_charge_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if charge_windows is not UNSET:
            field_dict["chargeWindows"] = charge_windows
        if desired_charge_level is not UNSET:
            field_dict["desiredChargeLevel"] = desired_charge_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days = d.pop("days", UNSET)
        if not (days is None or isinstance(days, Unset)):
            try:
                if not isinstance(days, str):
                    raise TypeError()
                days_type_0 = ScheduleDays.from_value(days)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("days", days, error)) from None
            days = days_type_0

        charge_windows = d.pop("chargeWindows", UNSET)
        if not (charge_windows is None or isinstance(charge_windows, Unset)):
            try:
                if not isinstance(charge_windows, list):
                    raise TypeError()
                charge_windows_type_0 = []
                _charge_windows_type_0 = charge_windows
                for charge_windows_type_0_item_data in _charge_windows_type_0:
                    charge_windows_type_0_item = ChargeWindow.from_dict(charge_windows_type_0_item_data)

                    charge_windows_type_0.append(charge_windows_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargeWindows", charge_windows, error)) from None
            charge_windows = charge_windows_type_0

        desired_charge_level = d.pop("desiredChargeLevel", UNSET)
        if not (desired_charge_level is None or isinstance(desired_charge_level, Unset)):
            try:
                if not (
                    isinstance(desired_charge_level, (int, float, str)) and not isinstance(desired_charge_level, bool)
                ):
                    raise TypeError()
                desired_charge_level_type_0 = int(desired_charge_level)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("desiredChargeLevel", desired_charge_level, error)) from None
            desired_charge_level = desired_charge_level_type_0

        charge_schedule = cls(
            days=days,
            charge_windows=charge_windows,
            desired_charge_level=desired_charge_level,
        )

        charge_schedule.additional_properties = d
        return charge_schedule

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
from ..models.charge_window import ChargeWindow
