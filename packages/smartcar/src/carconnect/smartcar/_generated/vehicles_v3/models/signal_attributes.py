from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_code import SignalCode
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SignalAttributes")


@_attrs_define
class SignalAttributes:
    code: SignalCode
    """ Signal codes seen so far (`<group>-<name>` in lower case). """
    name: None | str | Unset = UNSET
    """ e.g. `TraveledDistance`. """
    group: None | str | Unset = UNSET
    """ e.g. `Odometer`. """
    status: SignalStatus | Unset = UNSET
    body: None | SignalBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

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

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, SignalBody):
            body = self.body.to_dict()
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group
        if status is not UNSET:
            field_dict["status"] = status
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = SignalCode.from_value(d.pop("code"))

        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise TypeError(f"name: unexpected value of type {type(name).__name__}")

        group = d.pop("group", UNSET)
        if not (group is None or isinstance(group, (str, Unset))):
            raise TypeError(f"group: unexpected value of type {type(group).__name__}")

        _status = d.pop("status", UNSET)
        status: SignalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalStatus.from_dict(_status)

        body = d.pop("body", UNSET)
        if not (body is None or isinstance(body, Unset)):
            try:
                if not isinstance(body, dict):
                    raise TypeError()
                body_type_0 = SignalBody.from_dict(body)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("body", body, error)) from None
            body = body_type_0

        signal_attributes = cls(
            code=code,
            name=name,
            group=group,
            status=status,
            body=body,
        )

        signal_attributes.additional_properties = d
        return signal_attributes

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
from ..models.signal_body import SignalBody
from ..models.signal_status import SignalStatus
