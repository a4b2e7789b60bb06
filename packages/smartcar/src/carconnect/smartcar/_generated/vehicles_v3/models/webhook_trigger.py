from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTrigger")


@_attrs_define
class WebhookTrigger:
    type_: TriggerType | Unset = UNSET
    signal: SignalRef | str | Unset = UNSET
    """ The signal that changed; older payloads send `Group.Name` as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        signal: dict[str, Any] | str | Unset
        if isinstance(self.signal, Unset):
            signal = UNSET
        elif isinstance(self.signal, SignalRef):
            signal = self.signal.to_dict()
        else:
            signal = self.signal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if signal is not UNSET:
            field_dict["signal"] = signal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TriggerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TriggerType.from_value(_type_)

        def _parse_signal(data: object) -> SignalRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signal_type_0 = SignalRef.from_dict(data)

                return signal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                return data
            raise TypeError(f"signal: unexpected value of type {type(data).__name__}")

        signal = _parse_signal(d.pop("signal", UNSET))

        webhook_trigger = cls(
            type_=type_,
            signal=signal,
        )

        webhook_trigger.additional_properties = d
        return webhook_trigger

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
from ..models.signal_ref import SignalRef
