from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.engine_type import EngineType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Garage")


@_attrs_define
class Garage:
    """The consented vehicle."""

    vin: str
    vehicle_type: None | str | Unset = UNSET
    """ Year and model, e.g. "2023 Mustang Mach-E". """
    model_name: None | str | Unset = UNSET
    model_code: None | str | Unset = UNSET
    model_year: None | str | Unset = UNSET
    """ Four-digit year, sent as a string. """
    make: None | str | Unset = UNSET
    """ Brand name, e.g. "Ford". """
    color: None | str | Unset = UNSET
    engine_type: EngineType | None | Unset = UNSET
    tcu_enabled: int | None | Unset = UNSET
    """ 1 when the vehicle has a connected modem (TCU). """
    vehicle_authorization_indicator: int | None | Unset = UNSET
    ng_sdn_managed: int | None | Unset = UNSET
    number_of_lighting_zones: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin = self.vin

        vehicle_type: None | str | Unset
        if isinstance(self.vehicle_type, Unset):
            vehicle_type = UNSET
        else:
            vehicle_type = self.vehicle_type

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        model_code: None | str | Unset
        if isinstance(self.model_code, Unset):
            model_code = UNSET
        else:
            model_code = self.model_code

        model_year: None | str | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        elif isinstance(self.engine_type, EngineType):
            engine_type = self.engine_type.value
        else:
            engine_type = self.engine_type

        tcu_enabled: int | None | Unset
        if isinstance(self.tcu_enabled, Unset):
            tcu_enabled = UNSET
        else:
            tcu_enabled = self.tcu_enabled

        vehicle_authorization_indicator: int | None | Unset
        if isinstance(self.vehicle_authorization_indicator, Unset):
            vehicle_authorization_indicator = UNSET
        else:
            vehicle_authorization_indicator = self.vehicle_authorization_indicator

        ng_sdn_managed: int | None | Unset
        if isinstance(self.ng_sdn_managed, Unset):
            ng_sdn_managed = UNSET
        else:
            ng_sdn_managed = self.ng_sdn_managed

        number_of_lighting_zones: int | None | Unset
        if isinstance(self.number_of_lighting_zones, Unset):
            number_of_lighting_zones = UNSET
        else:
            number_of_lighting_zones = self.number_of_lighting_zones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
            }
        )
        if vehicle_type is not UNSET:
            field_dict["vehicleType"] = vehicle_type
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if model_code is not UNSET:
            field_dict["modelCode"] = model_code
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if make is not UNSET:
            field_dict["make"] = make
        if color is not UNSET:
            field_dict["color"] = color
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type
        if tcu_enabled is not UNSET:
            field_dict["tcuEnabled"] = tcu_enabled
        if vehicle_authorization_indicator is not UNSET:
            field_dict["vehicleAuthorizationIndicator"] = vehicle_authorization_indicator
        if ng_sdn_managed is not UNSET:
            field_dict["ngSdnManaged"] = ng_sdn_managed
        if number_of_lighting_zones is not UNSET:
            field_dict["numberOfLightingZones"] = number_of_lighting_zones

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin")
        if not isinstance(vin, str):
            raise TypeError("vin: expected str, got " + type(vin).__name__)

        vehicle_type = d.pop("vehicleType", UNSET)
        if not (vehicle_type is None or isinstance(vehicle_type, (str, Unset))):
            raise TypeError(f"vehicleType: unexpected value of type {type(vehicle_type).__name__}")

        model_name = d.pop("modelName", UNSET)
        if not (model_name is None or isinstance(model_name, (str, Unset))):
            raise TypeError(f"modelName: unexpected value of type {type(model_name).__name__}")

        model_code = d.pop("modelCode", UNSET)
        if not (model_code is None or isinstance(model_code, (str, Unset))):
            raise TypeError(f"modelCode: unexpected value of type {type(model_code).__name__}")

        model_year = d.pop("modelYear", UNSET)
        if not (model_year is None or isinstance(model_year, (str, Unset))):
            raise TypeError(f"modelYear: unexpected value of type {type(model_year).__name__}")

        make = d.pop("make", UNSET)
        if not (make is None or isinstance(make, (str, Unset))):
            raise TypeError(f"make: unexpected value of type {type(make).__name__}")

        color = d.pop("color", UNSET)
        if not (color is None or isinstance(color, (str, Unset))):
            raise TypeError(f"color: unexpected value of type {type(color).__name__}")

        engine_type = d.pop("engineType", UNSET)
        if not (engine_type is None or isinstance(engine_type, Unset)):
            try:
                if not isinstance(engine_type, str):
                    raise TypeError()
                engine_type_type_0 = EngineType.from_value(engine_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("engineType", engine_type, error)) from None
            engine_type = engine_type_type_0

        tcu_enabled = d.pop("tcuEnabled", UNSET)
        if not (tcu_enabled is None or isinstance(tcu_enabled, Unset)):
            try:
                if not (isinstance(tcu_enabled, (int, float, str)) and not isinstance(tcu_enabled, bool)):
                    raise TypeError()
                tcu_enabled_type_0 = int(tcu_enabled)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tcuEnabled", tcu_enabled, error)) from None
            tcu_enabled = tcu_enabled_type_0

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

        ng_sdn_managed = d.pop("ngSdnManaged", UNSET)
        if not (ng_sdn_managed is None or isinstance(ng_sdn_managed, Unset)):
            try:
                if not (isinstance(ng_sdn_managed, (int, float, str)) and not isinstance(ng_sdn_managed, bool)):
                    raise TypeError()
                ng_sdn_managed_type_0 = int(ng_sdn_managed)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("ngSdnManaged", ng_sdn_managed, error)) from None
            ng_sdn_managed = ng_sdn_managed_type_0

        number_of_lighting_zones = d.pop("numberOfLightingZones", UNSET)
        if not (number_of_lighting_zones is None or isinstance(number_of_lighting_zones, Unset)):
            try:
                if not (
                    isinstance(number_of_lighting_zones, (int, float, str))
                    and not isinstance(number_of_lighting_zones, bool)
                ):
                    raise TypeError()
                number_of_lighting_zones_type_0 = int(number_of_lighting_zones)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("numberOfLightingZones", number_of_lighting_zones, error)) from None
            number_of_lighting_zones = number_of_lighting_zones_type_0

        garage = cls(
            vin=vin,
            vehicle_type=vehicle_type,
            model_name=model_name,
            model_code=model_code,
            model_year=model_year,
            make=make,
            color=color,
            engine_type=engine_type,
            tcu_enabled=tcu_enabled,
            vehicle_authorization_indicator=vehicle_authorization_indicator,
            ng_sdn_managed=ng_sdn_managed,
            number_of_lighting_zones=number_of_lighting_zones,
        )

        garage.additional_properties = d
        return garage

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
