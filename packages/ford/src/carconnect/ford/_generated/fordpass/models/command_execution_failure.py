from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandExecutionFailure")


@_attrs_define
class CommandExecutionFailure:
    """Why the vehicle rejected the command (empty on success)."""

    oem_error_context: None | str | Unset = UNSET
    oem_error_code: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oem_error_context: None | str | Unset
        if isinstance(self.oem_error_context, Unset):
            oem_error_context = UNSET
        else:
            oem_error_context = self.oem_error_context

        oem_error_code: int | None | str | Unset
        if isinstance(self.oem_error_code, Unset):
            oem_error_code = UNSET
        else:
            oem_error_code = self.oem_error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oem_error_context is not UNSET:
            field_dict["oemErrorContext"] = oem_error_context
        if oem_error_code is not UNSET:
            field_dict["oemErrorCode"] = oem_error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        oem_error_context = d.pop("oemErrorContext", UNSET)
        if not (oem_error_context is None or isinstance(oem_error_context, (str, Unset))):
            raise TypeError(f"oemErrorContext: unexpected value of type {type(oem_error_context).__name__}")

        def _parse_oem_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                oem_error_code_type_1 = int(data)

                return oem_error_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"oemErrorCode: unexpected value of type {type(data).__name__}")

        oem_error_code = _parse_oem_error_code(d.pop("oemErrorCode", UNSET))

        command_execution_failure = cls(
            oem_error_context=oem_error_context,
            oem_error_code=oem_error_code,
        )

        command_execution_failure.additional_properties = d
        return command_execution_failure

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
