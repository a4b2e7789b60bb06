from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Diagnostics")


@_attrs_define
class Diagnostics:
    """Workshop diagnostics."""

    service_warning: None | ServiceWarningField | Unset = UNSET
    service_trigger: None | StringField | Unset = UNSET
    """ What triggers the next service, e.g. DISTANCE; often null. """
    engine_hours_to_service: IntegerField | None | Unset = UNSET
    """ Engine hours left until service (unit h). """
    distance_to_service: IntegerField | None | Unset = UNSET
    """ Distance left until service (unit km). """
    time_to_service: IntegerField | None | Unset = UNSET
    """ Time left until service (unit months or days). """
    washer_fluid_level_warning: FluidLevelWarningField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_warning: dict[str, Any] | None | Unset
        if isinstance(self.service_warning, Unset):
            service_warning = UNSET
        elif isinstance(self.service_warning, ServiceWarningField):
            service_warning = self.service_warning.to_dict()
        else:
            service_warning = self.service_warning

        service_trigger: dict[str, Any] | None | Unset
        if isinstance(self.service_trigger, Unset):
            service_trigger = UNSET
        elif isinstance(self.service_trigger, StringField):
            service_trigger = self.service_trigger.to_dict()
        else:
            service_trigger = self.service_trigger

        engine_hours_to_service: dict[str, Any] | None | Unset
        if isinstance(self.engine_hours_to_service, Unset):
            engine_hours_to_service = UNSET
        elif isinstance(self.engine_hours_to_service, IntegerField):
            engine_hours_to_service = self.engine_hours_to_service.to_dict()
        else:
            engine_hours_to_service = self.engine_hours_to_service

        distance_to_service: dict[str, Any] | None | Unset
        if isinstance(self.distance_to_service, Unset):
            distance_to_service = UNSET
        elif isinstance(self.distance_to_service, IntegerField):
            distance_to_service = self.distance_to_service.to_dict()
        else:
            distance_to_service = self.distance_to_service

        time_to_service: dict[str, Any] | None | Unset
        if isinstance(self.time_to_service, Unset):
            time_to_service = UNSET
        elif isinstance(self.time_to_service, IntegerField):
            time_to_service = self.time_to_service.to_dict()
        else:
            time_to_service = self.time_to_service

        washer_fluid_level_warning: dict[str, Any] | None | Unset
        if isinstance(self.washer_fluid_level_warning, Unset):
            washer_fluid_level_warning = UNSET
        elif isinstance(self.washer_fluid_level_warning, FluidLevelWarningField):
            washer_fluid_level_warning = self.washer_fluid_level_warning.to_dict()
        else:
            washer_fluid_level_warning = self.washer_fluid_level_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_warning is not UNSET:
            field_dict["serviceWarning"] = service_warning
        if service_trigger is not UNSET:
            field_dict["serviceTrigger"] = service_trigger
        if engine_hours_to_service is not UNSET:
            field_dict["engineHoursToService"] = engine_hours_to_service
        if distance_to_service is not UNSET:
            field_dict["distanceToService"] = distance_to_service
        if time_to_service is not UNSET:
            field_dict["timeToService"] = time_to_service
        if washer_fluid_level_warning is not UNSET:
            field_dict["washerFluidLevelWarning"] = washer_fluid_level_warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_warning = d.pop("serviceWarning", UNSET)
        if not (service_warning is None or isinstance(service_warning, Unset)):
            try:
                if not isinstance(service_warning, dict):
                    raise TypeError()
                service_warning_type_0 = ServiceWarningField.from_dict(service_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("serviceWarning", service_warning, error)) from None
            service_warning = service_warning_type_0

        service_trigger = d.pop("serviceTrigger", UNSET)
        if not (service_trigger is None or isinstance(service_trigger, Unset)):
            try:
                if not isinstance(service_trigger, dict):
                    raise TypeError()
                service_trigger_type_0 = StringField.from_dict(service_trigger)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("serviceTrigger", service_trigger, error)) from None
            service_trigger = service_trigger_type_0

        engine_hours_to_service = d.pop("engineHoursToService", UNSET)
        if not (engine_hours_to_service is None or isinstance(engine_hours_to_service, Unset)):
            try:
                if not isinstance(engine_hours_to_service, dict):
                    raise TypeError()
                engine_hours_to_service_type_0 = IntegerField.from_dict(engine_hours_to_service)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineHoursToService", engine_hours_to_service, error)) from None
            engine_hours_to_service = engine_hours_to_service_type_0

        distance_to_service = d.pop("distanceToService", UNSET)
        if not (distance_to_service is None or isinstance(distance_to_service, Unset)):
            try:
                if not isinstance(distance_to_service, dict):
                    raise TypeError()
                distance_to_service_type_0 = IntegerField.from_dict(distance_to_service)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("distanceToService", distance_to_service, error)) from None
            distance_to_service = distance_to_service_type_0

        time_to_service = d.pop("timeToService", UNSET)
        if not (time_to_service is None or isinstance(time_to_service, Unset)):
            try:
                if not isinstance(time_to_service, dict):
                    raise TypeError()
                time_to_service_type_0 = IntegerField.from_dict(time_to_service)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("timeToService", time_to_service, error)) from None
            time_to_service = time_to_service_type_0

        washer_fluid_level_warning = d.pop("washerFluidLevelWarning", UNSET)
        if not (washer_fluid_level_warning is None or isinstance(washer_fluid_level_warning, Unset)):
            try:
                if not isinstance(washer_fluid_level_warning, dict):
                    raise TypeError()
                washer_fluid_level_warning_type_0 = FluidLevelWarningField.from_dict(washer_fluid_level_warning)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("washerFluidLevelWarning", washer_fluid_level_warning, error)) from None
            washer_fluid_level_warning = washer_fluid_level_warning_type_0

        diagnostics = cls(
            service_warning=service_warning,
            service_trigger=service_trigger,
            engine_hours_to_service=engine_hours_to_service,
            distance_to_service=distance_to_service,
            time_to_service=time_to_service,
            washer_fluid_level_warning=washer_fluid_level_warning,
        )

        diagnostics.additional_properties = d
        return diagnostics

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
from ..models.fluid_level_warning_field import FluidLevelWarningField
from ..models.integer_field import IntegerField
from ..models.service_warning_field import ServiceWarningField
from ..models.string_field import StringField
