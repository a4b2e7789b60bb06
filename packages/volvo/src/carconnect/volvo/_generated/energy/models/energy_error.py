from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EnergyError")


@_attrs_define
class EnergyError:
    """What went wrong; `details` only on 4xx."""

    code: str
    """ Error code such as REQUEST_VALIDATION_FAILED or INTERNAL_ERROR. """
    message: None | str | Unset = UNSET
    """ Human-readable explanation (5xx messages carry a "Ref:" id for support). """
    details: list[EnergyErrorDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError("code: expected str, got " + type(code).__name__)

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        details = d.pop("details", UNSET)
        if not (details is None or isinstance(details, Unset)):
            try:
                if not isinstance(details, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = details
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = EnergyErrorDetail.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("details", details, error)) from None
            details = details_type_0

        energy_error = cls(
            code=code,
            message=message,
            details=details,
        )

        energy_error.additional_properties = d
        return energy_error

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
from ..models.energy_error_detail import EnergyErrorDetail
