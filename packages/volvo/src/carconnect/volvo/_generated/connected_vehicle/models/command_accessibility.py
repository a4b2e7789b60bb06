from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="CommandAccessibility")


@_attrs_define
class CommandAccessibility:
    """Whether the car can take remote commands now."""

    availability_status: AvailabilityStatusField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_status: dict[str, Any] | None | Unset
        if isinstance(self.availability_status, Unset):
            availability_status = UNSET
        elif isinstance(self.availability_status, AvailabilityStatusField):
            availability_status = self.availability_status.to_dict()
        else:
            availability_status = self.availability_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_status is not UNSET:
            field_dict["availabilityStatus"] = availability_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        availability_status = d.pop("availabilityStatus", UNSET)
        if not (availability_status is None or isinstance(availability_status, Unset)):
            try:
                if not isinstance(availability_status, dict):
                    raise TypeError()
                availability_status_type_0 = AvailabilityStatusField.from_dict(availability_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("availabilityStatus", availability_status, error)) from None
            availability_status = availability_status_type_0

        command_accessibility = cls(
            availability_status=availability_status,
        )

        command_accessibility.additional_properties = d
        return command_accessibility

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
from ..models.availability_status_field import AvailabilityStatusField
