from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.energy_property_error_code import EnergyPropertyErrorCode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EnergyPropertyError")


@_attrs_define
class EnergyPropertyError:
    """A member of the state that could not be read (`status` ERROR)."""

    status: Literal["ERROR"]
    code: EnergyPropertyErrorCode | None | Unset = UNSET
    message: None | str | Unset = UNSET
    """ Human-readable explanation; sometimes absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, EnergyPropertyErrorCode):
            code = self.code.value
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = cast(Literal["ERROR"], d.pop("status"))
        if status != "ERROR":
            raise ValueError(f"status must match const 'ERROR', got '{status}'")

        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = EnergyPropertyErrorCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        message = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise TypeError(f"message: unexpected value of type {type(message).__name__}")

        energy_property_error = cls(
            status=status,
            code=code,
            message=message,
        )

        energy_property_error.additional_properties = d
        return energy_property_error

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
