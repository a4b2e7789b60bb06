from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_code import SignalCode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SignalRef")


@_attrs_define
class SignalRef:
    code: None | SignalCode | Unset = UNSET
    name: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, SignalCode):
            code = self.code.value
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = SignalCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"name: unexpected value of type {type(name).__name__}")

        group = d.pop("group", UNSET)
        if not (group is None or isinstance(group, (str, Unset))):
            raise TypeError(f"group: unexpected value of type {type(group).__name__}")

        signal_ref = cls(
            code=code,
            name=name,
            group=group,
        )

        signal_ref.additional_properties = d
        return signal_ref

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
