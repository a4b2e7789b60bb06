from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SignalMeta")


@_attrs_define
class SignalMeta:
    retrieved_at: int | None | Unset = UNSET
    """ When Smartcar read the value (epoch milliseconds). """
    oem_updated_at: int | None | Unset = UNSET
    """ When the vehicle recorded the value (epoch milliseconds; 0 when unknown). """
    ingested_at: int | None | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retrieved_at: int | None | Unset
        if isinstance(self.retrieved_at, Unset):
            retrieved_at = UNSET
        else:
            retrieved_at = self.retrieved_at

        oem_updated_at: int | None | Unset
        if isinstance(self.oem_updated_at, Unset):
            oem_updated_at = UNSET
        else:
            oem_updated_at = self.oem_updated_at

        ingested_at: int | None | Unset
        if isinstance(self.ingested_at, Unset):
            ingested_at = UNSET
        else:
            ingested_at = self.ingested_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrieved_at is not UNSET:
            field_dict["retrievedAt"] = retrieved_at
        if oem_updated_at is not UNSET:
            field_dict["oemUpdatedAt"] = oem_updated_at
        if ingested_at is not UNSET:
            field_dict["ingestedAt"] = ingested_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        retrieved_at = d.pop("retrievedAt", UNSET)
        if not (retrieved_at is None or isinstance(retrieved_at, Unset)):
            try:
                if not (isinstance(retrieved_at, (int, float, str)) and not isinstance(retrieved_at, bool)):
                    raise TypeError()
                retrieved_at_type_0 = int(retrieved_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("retrievedAt", retrieved_at, error)) from None
            retrieved_at = retrieved_at_type_0

        oem_updated_at = d.pop("oemUpdatedAt", UNSET)
        if not (oem_updated_at is None or isinstance(oem_updated_at, Unset)):
            try:
                if not (isinstance(oem_updated_at, (int, float, str)) and not isinstance(oem_updated_at, bool)):
                    raise TypeError()
                oem_updated_at_type_0 = int(oem_updated_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("oemUpdatedAt", oem_updated_at, error)) from None
            oem_updated_at = oem_updated_at_type_0

        ingested_at = d.pop("ingestedAt", UNSET)
        if not (ingested_at is None or isinstance(ingested_at, Unset)):
            try:
                if not (isinstance(ingested_at, (int, float, str)) and not isinstance(ingested_at, bool)):
                    raise TypeError()
                ingested_at_type_0 = int(ingested_at)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("ingestedAt", ingested_at, error)) from None
            ingested_at = ingested_at_type_0

        signal_meta = cls(
            retrieved_at=retrieved_at,
            oem_updated_at=oem_updated_at,
            ingested_at=ingested_at,
        )

        signal_meta.additional_properties = d
        return signal_meta

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
