from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TyreDiagnosis")


@_attrs_define
class TyreDiagnosis:
    passenger_car: None | PassengerCarTyres | Unset = UNSET
    errors: list[TyreDiagnosisError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passenger_car: dict[str, Any] | None | Unset
        if isinstance(self.passenger_car, Unset):
            passenger_car = UNSET
        elif isinstance(self.passenger_car, PassengerCarTyres):
            passenger_car = self.passenger_car.to_dict()
        else:
            passenger_car = self.passenger_car

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if passenger_car is not UNSET:
            field_dict["passengerCar"] = passenger_car
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        passenger_car = d.pop("passengerCar", UNSET)
        if not (passenger_car is None or isinstance(passenger_car, Unset)):
            try:
                if not isinstance(passenger_car, dict):
                    raise TypeError()
                passenger_car_type_0 = PassengerCarTyres.from_dict(passenger_car)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("passengerCar", passenger_car, error)) from None
            passenger_car = passenger_car_type_0

        errors = d.pop("errors", UNSET)
        if not (errors is None or isinstance(errors, Unset)):
            try:
                if not isinstance(errors, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = errors
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = TyreDiagnosisError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("errors", errors, error)) from None
            errors = errors_type_0

        tyre_diagnosis = cls(
            passenger_car=passenger_car,
            errors=errors,
        )

        tyre_diagnosis.additional_properties = d
        return tyre_diagnosis

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
from ..models.passenger_car_tyres import PassengerCarTyres
from ..models.tyre_diagnosis_error import TyreDiagnosisError
