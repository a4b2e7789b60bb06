from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dashboard_refresh_request import DashboardRefreshRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardRequest")


@_attrs_define
class DashboardRequest:
    dashboard_refresh_request: DashboardRefreshRequest
    sms_wake_up_vin: str | Unset = ""
    """ VIN to wake by SMS, or empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_refresh_request = self.dashboard_refresh_request.value

        sms_wake_up_vin = self.sms_wake_up_vin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboardRefreshRequest": dashboard_refresh_request,
            }
        )
        if sms_wake_up_vin is not UNSET:
            field_dict["smsWakeUpVIN"] = sms_wake_up_vin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dashboard_refresh_request = DashboardRefreshRequest.from_value(d.pop("dashboardRefreshRequest"))

        sms_wake_up_vin = d.pop("smsWakeUpVIN", UNSET)
        if not isinstance(sms_wake_up_vin, (str, Unset)):
            raise TypeError("smsWakeUpVIN: expected str, got " + type(sms_wake_up_vin).__name__)

        dashboard_request = cls(
            dashboard_refresh_request=dashboard_refresh_request,
            sms_wake_up_vin=sms_wake_up_vin,
        )

        dashboard_request.additional_properties = d
        return dashboard_request

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
