from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargeLimit")


@_attrs_define
class ChargeLimit:
    type_: None | str | Unset = UNSET
    """ e.g. `GLOBAL`, `LOCATION`. """
    limit: float | None | Unset = UNSET
    condition: ChargeLocation | None | Unset = UNSET
    """ Where the limit applies (a location), null for the global one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, ChargeLocation):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise TypeError(f"type: unexpected value of type {type(type_).__name__}")

        limit = d.pop("limit", UNSET)
        if not (limit is None or isinstance(limit, Unset)):
            try:
                if not (isinstance(limit, (int, float, str)) and not isinstance(limit, bool)):
                    raise TypeError()
                limit_type_0 = float(limit)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("limit", limit, error)) from None
            limit = limit_type_0

        condition = d.pop("condition", UNSET)
        if not (condition is None or isinstance(condition, Unset)):
            try:
                if not isinstance(condition, dict):
                    raise TypeError()
                condition_type_0 = ChargeLocation.from_dict(condition)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("condition", condition, error)) from None
            condition = condition_type_0

        charge_limit = cls(
            type_=type_,
            limit=limit,
            condition=condition,
        )

        charge_limit.additional_properties = d
        return charge_limit

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
from ..models.charge_location import ChargeLocation
