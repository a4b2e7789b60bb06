from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleAlertGroup")


@_attrs_define
class VehicleAlertGroup:
    active_alerts: list[VehicleAlert] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_alerts: list[dict[str, Any]] | None | Unset
        if isinstance(self.active_alerts, Unset):
            active_alerts = UNSET
        elif isinstance(self.active_alerts, list):
            active_alerts = []
            for active_alerts_type_0_item_data in self.active_alerts:
                active_alerts_type_0_item = active_alerts_type_0_item_data.to_dict()
                active_alerts.append(active_alerts_type_0_item)

        else:
            active_alerts = self.active_alerts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_alerts is not UNSET:
            field_dict["ActiveAlerts"] = active_alerts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_alerts = d.pop("ActiveAlerts", UNSET)
        if not (active_alerts is None or isinstance(active_alerts, Unset)):
            try:
                if not isinstance(active_alerts, list):
                    raise TypeError()
                active_alerts_type_0 = []
                _active_alerts_type_0 = active_alerts
                for active_alerts_type_0_item_data in _active_alerts_type_0:
                    active_alerts_type_0_item = VehicleAlert.from_dict(active_alerts_type_0_item_data)

                    active_alerts_type_0.append(active_alerts_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("ActiveAlerts", active_alerts, error)) from None
            active_alerts = active_alerts_type_0

        vehicle_alert_group = cls(
            active_alerts=active_alerts,
        )

        vehicle_alert_group.additional_properties = d
        return vehicle_alert_group

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
from ..models.vehicle_alert import VehicleAlert
