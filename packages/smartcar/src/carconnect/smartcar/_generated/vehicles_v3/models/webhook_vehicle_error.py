from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..models.error_state import ErrorState
from ..models.error_type import ErrorType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WebhookVehicleError")


@_attrs_define
class WebhookVehicleError:
    type_: ErrorType
    """ Error family; the same families as in v2.0. """
    code: ErrorCode | None | Unset = UNSET
    description: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    resolution: ErrorResolution | None | Unset = UNSET
    suggested_user_message: None | str | Unset = UNSET
    state: ErrorState | None | Unset = UNSET
    signals: list[SignalRef | str] | Unset = UNSET
    """ Affected signals, as objects or as `Group.Name` strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        resolution: dict[str, Any] | None | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        suggested_user_message: None | str | Unset
        if isinstance(self.suggested_user_message, Unset):
            suggested_user_message = UNSET
        else:
            suggested_user_message = self.suggested_user_message

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ErrorState):
            state = self.state.value
        else:
            state = self.state

        signals: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = []
            for signals_item_data in self.signals:
                signals_item: dict[str, Any] | str
                if isinstance(signals_item_data, SignalRef):
                    signals_item = signals_item_data.to_dict()
                else:
                    signals_item = signals_item_data
                signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if state is not UNSET:
            field_dict["state"] = state
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ErrorType.from_value(d.pop("type"))

        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = ErrorCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        description = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise TypeError(f"description: unexpected value of type {type(description).__name__}")

        doc_url = d.pop("docURL", UNSET)
        if not (doc_url is None or isinstance(doc_url, (str, Unset))):
            raise TypeError(f"docURL: unexpected value of type {type(doc_url).__name__}")

        resolution = d.pop("resolution", UNSET)
        if not (resolution is None or isinstance(resolution, Unset)):
            try:
                if not isinstance(resolution, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(resolution)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("resolution", resolution, error)) from None
            resolution = resolution_type_0

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)
        if not (suggested_user_message is None or isinstance(suggested_user_message, (str, Unset))):
            raise TypeError(f"suggestedUserMessage: unexpected value of type {type(suggested_user_message).__name__}")

        state = d.pop("state", UNSET)
        if not (state is None or isinstance(state, Unset)):
            try:
                if not isinstance(state, str):
                    raise TypeError()
                state_type_0 = ErrorState.from_value(state)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("state", state, error)) from None
            state = state_type_0

        _signals = d.pop("signals", UNSET)
        signals: list[SignalRef | str] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:

                def _parse_signals_item(data: object) -> SignalRef | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        signals_item_type_0 = SignalRef.from_dict(data)

                        return signals_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if isinstance(data, str):
                        return data
                    raise TypeError(f"signals_item: unexpected value of type {type(data).__name__}")

                signals_item = _parse_signals_item(signals_item_data)

                signals.append(signals_item)

        webhook_vehicle_error = cls(
            type_=type_,
            code=code,
            description=description,
            doc_url=doc_url,
            resolution=resolution,
            suggested_user_message=suggested_user_message,
            state=state,
            signals=signals,
        )

        webhook_vehicle_error.additional_properties = d
        return webhook_vehicle_error

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
from ..models.error_resolution import ErrorResolution
from ..models.signal_ref import SignalRef
