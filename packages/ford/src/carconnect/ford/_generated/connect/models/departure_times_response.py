from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="DepartureTimesResponse")


@_attrs_define
class DepartureTimesResponse:
    status: ResponseStatus
    """ Overall outcome of the request. """
    departure_times: DepartureTime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        departure_times: dict[str, Any] | None | Unset
        if isinstance(self.departure_times, Unset):
            departure_times = UNSET
        elif isinstance(self.departure_times, DepartureTime):
            departure_times = self.departure_times.to_dict()
        else:
            departure_times = self.departure_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if departure_times is not UNSET:
            field_dict["departureTimes"] = departure_times

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ResponseStatus.from_value(d.pop("status"))

        departure_times = d.pop("departureTimes", UNSET)
        if not (departure_times is None or isinstance(departure_times, Unset)):
            try:
                if not isinstance(departure_times, dict):
                    raise TypeError()
                departure_times_type_0 = DepartureTime.from_dict(departure_times)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("departureTimes", departure_times, error)) from None
            departure_times = departure_times_type_0

        departure_times_response = cls(
            status=status,
            departure_times=departure_times,
        )

        departure_times_response.additional_properties = d
        return departure_times_response

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
from ..models.departure_time import DepartureTime
