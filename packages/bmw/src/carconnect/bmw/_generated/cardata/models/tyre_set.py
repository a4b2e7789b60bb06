from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="TyreSet")


@_attrs_define
class TyreSet:
    """A set of four tyres; any wheel may be missing."""

    label: None | str | Unset = UNSET
    aggregated_quality_status: None | TyreQualityStatus | Unset = UNSET
    front_left: None | Tyre | Unset = UNSET
    front_right: None | Tyre | Unset = UNSET
    rear_left: None | Tyre | Unset = UNSET
    rear_right: None | Tyre | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        aggregated_quality_status: dict[str, Any] | None | Unset
        if isinstance(self.aggregated_quality_status, Unset):
            aggregated_quality_status = UNSET
        elif isinstance(self.aggregated_quality_status, TyreQualityStatus):
            aggregated_quality_status = self.aggregated_quality_status.to_dict()
        else:
            aggregated_quality_status = self.aggregated_quality_status

        front_left: dict[str, Any] | None | Unset
        if isinstance(self.front_left, Unset):
            front_left = UNSET
        elif isinstance(self.front_left, Tyre):
            front_left = self.front_left.to_dict()
        else:
            front_left = self.front_left

        front_right: dict[str, Any] | None | Unset
        if isinstance(self.front_right, Unset):
            front_right = UNSET
        elif isinstance(self.front_right, Tyre):
            front_right = self.front_right.to_dict()
        else:
            front_right = self.front_right

        rear_left: dict[str, Any] | None | Unset
        if isinstance(self.rear_left, Unset):
            rear_left = UNSET
        elif isinstance(self.rear_left, Tyre):
            rear_left = self.rear_left.to_dict()
        else:
            rear_left = self.rear_left

        rear_right: dict[str, Any] | None | Unset
        if isinstance(self.rear_right, Unset):
            rear_right = UNSET
        elif isinstance(self.rear_right, Tyre):
            rear_right = self.rear_right.to_dict()
        else:
            rear_right = self.rear_right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if aggregated_quality_status is not UNSET:
            field_dict["aggregatedQualityStatus"] = aggregated_quality_status
        if front_left is not UNSET:
            field_dict["frontLeft"] = front_left
        if front_right is not UNSET:
            field_dict["frontRight"] = front_right
        if rear_left is not UNSET:
            field_dict["rearLeft"] = rear_left
        if rear_right is not UNSET:
            field_dict["rearRight"] = rear_right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        aggregated_quality_status = d.pop("aggregatedQualityStatus", UNSET)
        if not (aggregated_quality_status is None or isinstance(aggregated_quality_status, Unset)):
            try:
                if not isinstance(aggregated_quality_status, dict):
                    raise TypeError()
                aggregated_quality_status_type_0 = TyreQualityStatus.from_dict(aggregated_quality_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("aggregatedQualityStatus", aggregated_quality_status, error)) from None
            aggregated_quality_status = aggregated_quality_status_type_0

        front_left = d.pop("frontLeft", UNSET)
        if not (front_left is None or isinstance(front_left, Unset)):
            try:
                if not isinstance(front_left, dict):
                    raise TypeError()
                front_left_type_0 = Tyre.from_dict(front_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeft", front_left, error)) from None
            front_left = front_left_type_0

        front_right = d.pop("frontRight", UNSET)
        if not (front_right is None or isinstance(front_right, Unset)):
            try:
                if not isinstance(front_right, dict):
                    raise TypeError()
                front_right_type_0 = Tyre.from_dict(front_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRight", front_right, error)) from None
            front_right = front_right_type_0

        rear_left = d.pop("rearLeft", UNSET)
        if not (rear_left is None or isinstance(rear_left, Unset)):
            try:
                if not isinstance(rear_left, dict):
                    raise TypeError()
                rear_left_type_0 = Tyre.from_dict(rear_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearLeft", rear_left, error)) from None
            rear_left = rear_left_type_0

        rear_right = d.pop("rearRight", UNSET)
        if not (rear_right is None or isinstance(rear_right, Unset)):
            try:
                if not isinstance(rear_right, dict):
                    raise TypeError()
                rear_right_type_0 = Tyre.from_dict(rear_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("rearRight", rear_right, error)) from None
            rear_right = rear_right_type_0

        tyre_set = cls(
            label=label,
            aggregated_quality_status=aggregated_quality_status,
            front_left=front_left,
            front_right=front_right,
            rear_left=rear_left,
            rear_right=rear_right,
        )

        tyre_set.additional_properties = d
        return tyre_set

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
from ..models.tyre import Tyre
from ..models.tyre_quality_status import TyreQualityStatus
