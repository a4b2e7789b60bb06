from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.engine_type import EngineType
from ..models.make import Make
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleSummary")


@_attrs_define
class VehicleSummary:
    """A vehicle as listed in the vehicle list."""

    vehicle_id: str
    """ 32-character hex vehicle id used in every vehicle path. """
    make: Make | None | Unset = UNSET
    model_name: None | str | Unset = UNSET
    model_year: None | str | Unset = UNSET
    """ Four-digit year, sent as a string. """
    color: None | str | Unset = UNSET
    nick_name: None | str | Unset = UNSET
    modem_enabled: bool | None | Unset = UNSET
    vehicle_authorization_indicator: int | None | Unset = UNSET
    """ 1 when the user authorized this vehicle for the app, else 0. """
    service_compatible: bool | None | Unset = UNSET
    engine_type: EngineType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_id = self.vehicle_id

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        elif isinstance(self.make, Make):
            make = self.make.value
        else:
            make = self.make

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        model_year: None | str | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        nick_name: None | str | Unset
        if isinstance(self.nick_name, Unset):
            nick_name = UNSET
        else:
            nick_name = self.nick_name

        modem_enabled: bool | None | Unset
        if isinstance(self.modem_enabled, Unset):
            modem_enabled = UNSET
        else:
            modem_enabled = self.modem_enabled

        vehicle_authorization_indicator: int | None | Unset
        if isinstance(self.vehicle_authorization_indicator, Unset):
            vehicle_authorization_indicator = UNSET
        else:
            vehicle_authorization_indicator = self.vehicle_authorization_indicator

        service_compatible: bool | None | Unset
        if isinstance(self.service_compatible, Unset):
            service_compatible = UNSET
        else:
            service_compatible = self.service_compatible

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        elif isinstance(self.engine_type, EngineType):
            engine_type = self.engine_type.value
        else:
            engine_type = self.engine_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
            }
        )
        if make is not UNSET:
            field_dict["make"] = make
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if color is not UNSET:
            field_dict["color"] = color
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if modem_enabled is not UNSET:
            field_dict["modemEnabled"] = modem_enabled
        if vehicle_authorization_indicator is not UNSET:
            field_dict["vehicleAuthorizationIndicator"] = vehicle_authorization_indicator
        if service_compatible is not UNSET:
            field_dict["serviceCompatible"] = service_compatible
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")
        if not isinstance(vehicle_id, str):
            raise TypeError("vehicleId: expected str, got " + type(vehicle_id).__name__)

        make = d.pop("make", UNSET)
        if not (make is None or isinstance(make, Unset)):
            try:
                if not isinstance(make, str):
                    raise TypeError()
                make_type_0 = Make.from_value(make)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("make", make, error)) from None
            make = make_type_0

        model_name = d.pop("modelName", UNSET)
        if not (model_name is None or isinstance(model_name, (str, Unset))):
            raise TypeError(f"modelName: unexpected value of type {type(model_name).__name__}")

        model_year = d.pop("modelYear", UNSET)
        if not (model_year is None or isinstance(model_year, (str, Unset))):
            raise TypeError(f"modelYear: unexpected value of type {type(model_year).__name__}")

        color = d.pop("color", UNSET)
        if not (color is None or isinstance(color, (str, Unset))):
            raise TypeError(f"color: unexpected value of type {type(color).__name__}")

        nick_name = d.pop("nickName", UNSET)
        if not (nick_name is None or isinstance(nick_name, (str, Unset))):
            raise TypeError(f"nickName: unexpected value of type {type(nick_name).__name__}")

        modem_enabled = d.pop("modemEnabled", UNSET)
        if not (modem_enabled is None or isinstance(modem_enabled, (bool, Unset))):
            raise TypeError(f"modemEnabled: unexpected value of type {type(modem_enabled).__name__}")

        vehicle_authorization_indicator = d.pop("vehicleAuthorizationIndicator", UNSET)
        if not (vehicle_authorization_indicator is None or isinstance(vehicle_authorization_indicator, Unset)):
            try:
                if not (
                    isinstance(vehicle_authorization_indicator, (int, float, str))
                    and not isinstance(vehicle_authorization_indicator, bool)
                ):
                    raise TypeError()
                vehicle_authorization_indicator_type_0 = int(vehicle_authorization_indicator)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("vehicleAuthorizationIndicator", vehicle_authorization_indicator, error)
                ) from None
            vehicle_authorization_indicator = vehicle_authorization_indicator_type_0

        service_compatible = d.pop("serviceCompatible", UNSET)
        if not (service_compatible is None or isinstance(service_compatible, (bool, Unset))):
            raise TypeError(f"serviceCompatible: unexpected value of type {type(service_compatible).__name__}")

        engine_type = d.pop("engineType", UNSET)
        if not (engine_type is None or isinstance(engine_type, Unset)):
            try:
                if not isinstance(engine_type, str):
                    raise TypeError()
                engine_type_type_0 = EngineType.from_value(engine_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineType", engine_type, error)) from None
            engine_type = engine_type_type_0

        vehicle_summary = cls(
            vehicle_id=vehicle_id,
            make=make,
            model_name=model_name,
            model_year=model_year,
            color=color,
            nick_name=nick_name,
            modem_enabled=modem_enabled,
            vehicle_authorization_indicator=vehicle_authorization_indicator,
            service_compatible=service_compatible,
            engine_type=engine_type,
        )

        vehicle_summary.additional_properties = d
        return vehicle_summary

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
