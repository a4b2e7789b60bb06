from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingBlock")


@_attrs_define
class ChargingBlock:
    """A slice of a session with its average grid power. Times are Unix epoch seconds."""

    start_time: int
    end_time: int
    average_power_grid_kw: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        average_power_grid_kw: float | None | Unset
        if isinstance(self.average_power_grid_kw, Unset):
            average_power_grid_kw = UNSET
        else:
            average_power_grid_kw = self.average_power_grid_kw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if average_power_grid_kw is not UNSET:
            field_dict["averagePowerGridKw"] = average_power_grid_kw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = int(d.pop("startTime"))

        end_time = int(d.pop("endTime"))

        average_power_grid_kw = d.pop("averagePowerGridKw", UNSET)
        if not (average_power_grid_kw is None or isinstance(average_power_grid_kw, Unset)):
            try:
                if not (
                    isinstance(average_power_grid_kw, (int, float, str)) and not isinstance(average_power_grid_kw, bool)
                ):
                    raise TypeError()
                average_power_grid_kw_type_0 = float(average_power_grid_kw)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("averagePowerGridKw", average_power_grid_kw, error)) from None
            average_power_grid_kw = average_power_grid_kw_type_0

        charging_block = cls(
            start_time=start_time,
            end_time=end_time,
            average_power_grid_kw=average_power_grid_kw,
        )

        charging_block.additional_properties = d
        return charging_block

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
