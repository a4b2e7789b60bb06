from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_value import StatusValue
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SignalStatus")


@_attrs_define
class SignalStatus:
    value: StatusValue
    error: None | SignalError | Unset = UNSET
    """ Why the signal has no value (`value` is `ERROR`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.value

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, SignalError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = StatusValue.from_value(d.pop("value"))

        error = d.pop("error", UNSET)
        if not (error is None or isinstance(error, Unset)):
            try:
                if not isinstance(error, dict):
                    raise TypeError()
                error_type_0 = SignalError.from_dict(error)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("error", error, error)) from None
            error = error_type_0

        signal_status = cls(
            value=value,
            error=error,
        )

        signal_status.additional_properties = d
        return signal_status

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
from ..models.signal_error import SignalError
