from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.steering_side import SteeringSide
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleDescriptions")


@_attrs_define
class VehicleDescriptions:
    """Human-readable descriptions of the vehicle."""

    model: None | str | Unset = UNSET
    """ Model name, e.g. "XC40". """
    upholstery: None | str | Unset = UNSET
    """ Upholstery code or name; some cars send the literal string "null". """
    steering: None | SteeringSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        upholstery: None | str | Unset
        if isinstance(self.upholstery, Unset):
            upholstery = UNSET
        else:
            upholstery = self.upholstery

        steering: None | str | Unset
        if isinstance(self.steering, Unset):
            steering = UNSET
        elif isinstance(self.steering, SteeringSide):
            steering = self.steering.value
        else:
            steering = self.steering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if upholstery is not UNSET:
            field_dict["upholstery"] = upholstery
        if steering is not UNSET:
            field_dict["steering"] = steering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model", UNSET)
        if not (model is None or isinstance(model, (str, Unset))):
            raise TypeError(f"model: unexpected value of type {type(model).__name__}")

        upholstery = d.pop("upholstery", UNSET)
        if not (upholstery is None or isinstance(upholstery, (str, Unset))):
            raise TypeError(f"upholstery: unexpected value of type {type(upholstery).__name__}")

        steering = d.pop("steering", UNSET)
        if not (steering is None or isinstance(steering, Unset)):
            try:
                if not isinstance(steering, str):
                    raise TypeError()
                steering_type_0 = SteeringSide.from_value(steering)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("steering", steering, error)) from None
            steering = steering_type_0

        vehicle_descriptions = cls(
            model=model,
            upholstery=upholstery,
            steering=steering,
        )

        vehicle_descriptions.additional_properties = d
        return vehicle_descriptions

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
