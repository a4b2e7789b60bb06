from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_system import UnitSystem
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="BatchItemHeaders")


@_attrs_define
class BatchItemHeaders:
    """The item's own response headers (lower-case `sc-*` names); other headers stay as extra keys."""

    sc_data_age: datetime.datetime | None | Unset = UNSET
    sc_fetched_at: datetime.datetime | None | Unset = UNSET
    sc_unit_system: None | UnitSystem | Unset = UNSET
    sc_request_id: None | str | Unset = UNSET
    retry_after: int | None | Unset = UNSET
    """ Seconds, on a rate-limited item (sent as a number or a string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sc_data_age: None | str | Unset
        if isinstance(self.sc_data_age, Unset):
            sc_data_age = UNSET
        elif isinstance(self.sc_data_age, datetime.datetime):
            sc_data_age = self.sc_data_age.isoformat()
        else:
            sc_data_age = self.sc_data_age

        sc_fetched_at: None | str | Unset
        if isinstance(self.sc_fetched_at, Unset):
            sc_fetched_at = UNSET
        elif isinstance(self.sc_fetched_at, datetime.datetime):
            sc_fetched_at = self.sc_fetched_at.isoformat()
        else:
            sc_fetched_at = self.sc_fetched_at

        sc_unit_system: None | str | Unset
        if isinstance(self.sc_unit_system, Unset):
            sc_unit_system = UNSET
        elif isinstance(self.sc_unit_system, UnitSystem):
            sc_unit_system = self.sc_unit_system.value
        else:
            sc_unit_system = self.sc_unit_system

        sc_request_id: None | str | Unset
        if isinstance(self.sc_request_id, Unset):
            sc_request_id = UNSET
        else:
            sc_request_id = self.sc_request_id

        retry_after: int | None | Unset
        if isinstance(self.retry_after, Unset):
            retry_after = UNSET
        else:
            retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sc_data_age is not UNSET:
            field_dict["sc-data-age"] = sc_data_age
        if sc_fetched_at is not UNSET:
            field_dict["sc-fetched-at"] = sc_fetched_at
        if sc_unit_system is not UNSET:
            field_dict["sc-unit-system"] = sc_unit_system
        if sc_request_id is not UNSET:
            field_dict["sc-request-id"] = sc_request_id
        if retry_after is not UNSET:
            field_dict["Retry-After"] = retry_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sc_data_age = d.pop("sc-data-age", UNSET)
        if not (sc_data_age is None or isinstance(sc_data_age, Unset)):
            try:
                if not isinstance(sc_data_age, str):
                    raise TypeError()
                sc_data_age_type_0 = datetime.datetime.fromisoformat(sc_data_age)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sc-data-age", sc_data_age, error)) from None
            sc_data_age = sc_data_age_type_0

        sc_fetched_at = d.pop("sc-fetched-at", UNSET)
        if not (sc_fetched_at is None or isinstance(sc_fetched_at, Unset)):
            try:
                if not isinstance(sc_fetched_at, str):
                    raise TypeError()
                sc_fetched_at_type_0 = datetime.datetime.fromisoformat(sc_fetched_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sc-fetched-at", sc_fetched_at, error)) from None
            sc_fetched_at = sc_fetched_at_type_0

        sc_unit_system = d.pop("sc-unit-system", UNSET)
        if not (sc_unit_system is None or isinstance(sc_unit_system, Unset)):
            try:
                if not isinstance(sc_unit_system, str):
                    raise TypeError()
                sc_unit_system_type_0 = UnitSystem.from_value(sc_unit_system)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("sc-unit-system", sc_unit_system, error)) from None
            sc_unit_system = sc_unit_system_type_0

        sc_request_id = d.pop("sc-request-id", UNSET)
        if not (sc_request_id is None or isinstance(sc_request_id, (str, Unset))):
            raise TypeError(f"sc-request-id: unexpected value of type {type(sc_request_id).__name__}")

        retry_after = d.pop("Retry-After", UNSET)
        if not (retry_after is None or isinstance(retry_after, Unset)):
            try:
                if not (isinstance(retry_after, (int, float, str)) and not isinstance(retry_after, bool)):
                    raise TypeError()
                retry_after_type_0 = int(retry_after)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("Retry-After", retry_after, error)) from None
            retry_after = retry_after_type_0

        batch_item_headers = cls(
            sc_data_age=sc_data_age,
            sc_fetched_at=sc_fetched_at,
            sc_unit_system=sc_unit_system,
            sc_request_id=sc_request_id,
            retry_after=retry_after,
        )

        batch_item_headers.additional_properties = d
        return batch_item_headers

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
