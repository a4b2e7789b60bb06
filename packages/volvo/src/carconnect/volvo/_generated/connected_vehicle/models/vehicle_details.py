from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fuel_type import FuelType
from ..models.gearbox import Gearbox
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleDetails")


@_attrs_define
class VehicleDetails:
    """Static details of one vehicle; optional members are absent on some models."""

    vin: str
    """ Vehicle identification number. """
    model_year: int | None | Unset = UNSET
    """ Model year, e.g. 2024. """
    gearbox: Gearbox | None | Unset = UNSET
    fuel_type: FuelType | None | Unset = UNSET
    external_colour: None | str | Unset = UNSET
    """ Marketing name of the paint, e.g. "Crystal White Pearl"; absent on some cars. """
    battery_capacity_kwh: float | None | Unset = UNSET
    """ Traction battery capacity in kWh; absent on cars without one. """
    images: None | Unset | VehicleImages = UNSET
    descriptions: None | Unset | VehicleDescriptions = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin = self.vin

        model_year: int | None | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        gearbox: None | str | Unset
        if isinstance(self.gearbox, Unset):
            gearbox = UNSET
        elif isinstance(self.gearbox, Gearbox):
            gearbox = self.gearbox.value
        else:
            gearbox = self.gearbox

        fuel_type: None | str | Unset
        if isinstance(self.fuel_type, Unset):
            fuel_type = UNSET
        elif isinstance(self.fuel_type, FuelType):
            fuel_type = self.fuel_type.value
        else:
            fuel_type = self.fuel_type

        external_colour: None | str | Unset
        if isinstance(self.external_colour, Unset):
            external_colour = UNSET
        else:
            external_colour = self.external_colour

        battery_capacity_kwh: float | None | Unset
        if isinstance(self.battery_capacity_kwh, Unset):
            battery_capacity_kwh = UNSET
        else:
            battery_capacity_kwh = self.battery_capacity_kwh

        images: dict[str, Any] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, VehicleImages):
            images = self.images.to_dict()
        else:
            images = self.images

        descriptions: dict[str, Any] | None | Unset
        if isinstance(self.descriptions, Unset):
            descriptions = UNSET
        elif isinstance(self.descriptions, VehicleDescriptions):
            descriptions = self.descriptions.to_dict()
        else:
            descriptions = self.descriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
            }
        )
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if gearbox is not UNSET:
            field_dict["gearbox"] = gearbox
        if fuel_type is not UNSET:
            field_dict["fuelType"] = fuel_type
        if external_colour is not UNSET:
            field_dict["externalColour"] = external_colour
        if battery_capacity_kwh is not UNSET:
            field_dict["batteryCapacityKWH"] = battery_capacity_kwh
        if images is not UNSET:
            field_dict["images"] = images
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin")
        if not isinstance(vin, str):
            raise TypeError("vin: expected str, got " + type(vin).__name__)

        model_year = d.pop("modelYear", UNSET)
        if not (model_year is None or isinstance(model_year, Unset)):
            try:
                if not (isinstance(model_year, (int, float, str)) and not isinstance(model_year, bool)):
                    raise TypeError()
                model_year_type_0 = int(model_year)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("modelYear", model_year, error)) from None
            model_year = model_year_type_0

        gearbox = d.pop("gearbox", UNSET)
        if not (gearbox is None or isinstance(gearbox, Unset)):
            try:
                if not isinstance(gearbox, str):
                    raise TypeError()
                gearbox_type_0 = Gearbox.from_value(gearbox)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("gearbox", gearbox, error)) from None
            gearbox = gearbox_type_0

        fuel_type = d.pop("fuelType", UNSET)
        if not (fuel_type is None or isinstance(fuel_type, Unset)):
            try:
                if not isinstance(fuel_type, str):
                    raise TypeError()
                fuel_type_type_0 = FuelType.from_value(fuel_type)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("fuelType", fuel_type, error)) from None
            fuel_type = fuel_type_type_0

        external_colour = d.pop("externalColour", UNSET)
        if not (external_colour is None or isinstance(external_colour, (str, Unset))):
            raise TypeError(f"externalColour: unexpected value of type {type(external_colour).__name__}")

        battery_capacity_kwh = d.pop("batteryCapacityKWH", UNSET)
        if not (battery_capacity_kwh is None or isinstance(battery_capacity_kwh, Unset)):
            try:
                if not (
                    isinstance(battery_capacity_kwh, (int, float, str)) and not isinstance(battery_capacity_kwh, bool)
                ):
                    raise TypeError()
                battery_capacity_kwh_type_0 = float(battery_capacity_kwh)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("batteryCapacityKWH", battery_capacity_kwh, error)) from None
            battery_capacity_kwh = battery_capacity_kwh_type_0

        images = d.pop("images", UNSET)
        if not (images is None or isinstance(images, Unset)):
            try:
                if not isinstance(images, dict):
                    raise TypeError()
                images_type_0 = VehicleImages.from_dict(images)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("images", images, error)) from None
            images = images_type_0

        descriptions = d.pop("descriptions", UNSET)
        if not (descriptions is None or isinstance(descriptions, Unset)):
            try:
                if not isinstance(descriptions, dict):
                    raise TypeError()
                descriptions_type_0 = VehicleDescriptions.from_dict(descriptions)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("descriptions", descriptions, error)) from None
            descriptions = descriptions_type_0

        vehicle_details = cls(
            vin=vin,
            model_year=model_year,
            gearbox=gearbox,
            fuel_type=fuel_type,
            external_colour=external_colour,
            battery_capacity_kwh=battery_capacity_kwh,
            images=images,
            descriptions=descriptions,
        )

        vehicle_details.additional_properties = d
        return vehicle_details

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
from ..models.vehicle_descriptions import VehicleDescriptions
from ..models.vehicle_images import VehicleImages
