from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ServiceRecord")


@_attrs_define
class ServiceRecord:
    service_id: int | None | str | Unset = UNSET
    service_date: datetime.datetime | None | Unset = UNSET
    odometer_distance: float | None | Unset = UNSET
    """ Kilometres. """
    service_tasks: list[ServiceTask] | None | Unset = UNSET
    service_details: list[ServiceDetail] | None | ServiceDetail | Unset = UNSET
    """ A list of details; some payloads carry a single object instead. """
    service_cost: None | ServiceCost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id: int | None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.datetime):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        odometer_distance: float | None | Unset
        if isinstance(self.odometer_distance, Unset):
            odometer_distance = UNSET
        else:
            odometer_distance = self.odometer_distance

        service_tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.service_tasks, Unset):
            service_tasks = UNSET
        elif isinstance(self.service_tasks, list):
            service_tasks = []
            for service_tasks_type_0_item_data in self.service_tasks:
                service_tasks_type_0_item = service_tasks_type_0_item_data.to_dict()
                service_tasks.append(service_tasks_type_0_item)

        else:
            service_tasks = self.service_tasks

        service_details: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.service_details, Unset):
            service_details = UNSET
        elif isinstance(self.service_details, list):
            service_details = []
            for service_details_type_0_item_data in self.service_details:
                service_details_type_0_item = service_details_type_0_item_data.to_dict()
                service_details.append(service_details_type_0_item)

        elif isinstance(self.service_details, ServiceDetail):
            service_details = self.service_details.to_dict()
        else:
            service_details = self.service_details

        service_cost: dict[str, Any] | None | Unset
        if isinstance(self.service_cost, Unset):
            service_cost = UNSET
        elif isinstance(self.service_cost, ServiceCost):
            service_cost = self.service_cost.to_dict()
        else:
            service_cost = self.service_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if service_date is not UNSET:
            field_dict["serviceDate"] = service_date
        if odometer_distance is not UNSET:
            field_dict["odometerDistance"] = odometer_distance
        if service_tasks is not UNSET:
            field_dict["serviceTasks"] = service_tasks
        if service_details is not UNSET:
            field_dict["serviceDetails"] = service_details
        if service_cost is not UNSET:
            field_dict["serviceCost"] = service_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_service_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                service_id_type_0 = int(data)

                return service_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"serviceId: unexpected value of type {type(data).__name__}")

        service_id = _parse_service_id(d.pop("serviceId", UNSET))

        service_date = d.pop("serviceDate", UNSET)
        if not (service_date is None or isinstance(service_date, Unset)):
            try:
                if not isinstance(service_date, str):
                    raise TypeError()
                service_date_type_0 = datetime.datetime.fromisoformat(service_date)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("serviceDate", service_date, error)) from None
            service_date = service_date_type_0

        odometer_distance = d.pop("odometerDistance", UNSET)
        if not (odometer_distance is None or isinstance(odometer_distance, Unset)):
            try:
                if not (isinstance(odometer_distance, (int, float, str)) and not isinstance(odometer_distance, bool)):
                    raise TypeError()
                odometer_distance_type_0 = float(odometer_distance)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("odometerDistance", odometer_distance, error)) from None
            odometer_distance = odometer_distance_type_0

        service_tasks = d.pop("serviceTasks", UNSET)
        if not (service_tasks is None or isinstance(service_tasks, Unset)):
            try:
                if not isinstance(service_tasks, list):
                    raise TypeError()
                service_tasks_type_0 = []
                _service_tasks_type_0 = service_tasks
                for service_tasks_type_0_item_data in _service_tasks_type_0:
                    service_tasks_type_0_item = ServiceTask.from_dict(service_tasks_type_0_item_data)

                    service_tasks_type_0.append(service_tasks_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("serviceTasks", service_tasks, error)) from None
            service_tasks = service_tasks_type_0

        def _parse_service_details(data: object) -> list[ServiceDetail] | None | ServiceDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_details_type_0 = []
                _service_details_type_0 = data
                for service_details_type_0_item_data in _service_details_type_0:
                    service_details_type_0_item = ServiceDetail.from_dict(service_details_type_0_item_data)

                    service_details_type_0.append(service_details_type_0_item)

                return service_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_details_type_1 = ServiceDetail.from_dict(data)

                return service_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"serviceDetails: unexpected value of type {type(data).__name__}")

        service_details = _parse_service_details(d.pop("serviceDetails", UNSET))

        service_cost = d.pop("serviceCost", UNSET)
        if not (service_cost is None or isinstance(service_cost, Unset)):
            try:
                if not isinstance(service_cost, dict):
                    raise TypeError()
                service_cost_type_0 = ServiceCost.from_dict(service_cost)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("serviceCost", service_cost, error)) from None
            service_cost = service_cost_type_0

        service_record = cls(
            service_id=service_id,
            service_date=service_date,
            odometer_distance=odometer_distance,
            service_tasks=service_tasks,
            service_details=service_details,
            service_cost=service_cost,
        )

        service_record.additional_properties = d
        return service_record

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
from ..models.service_cost import ServiceCost
from ..models.service_detail import ServiceDetail
from ..models.service_task import ServiceTask
