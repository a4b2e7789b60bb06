from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_brand import VehicleBrand
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleBasicData")


@_attrs_define
class VehicleBasicData:
    """Static vehicle data (the catalogue's BASIC_DATA descriptors). Every field may be absent or null."""

    vin: None | str | Unset = UNSET
    brand: None | Unset | VehicleBrand = UNSET
    is_telematics_capable: bool | None | Unset = UNSET
    pu_step: None | str | Unset = UNSET
    """ Production/software integration level code, e.g. `0723`. """
    model_range: None | str | Unset = UNSET
    series: None | str | Unset = UNSET
    model_name: None | str | Unset = UNSET
    """ Marketing model name, e.g. `330e`. """
    model_key: None | str | Unset = UNSET
    body_type: None | str | Unset = UNSET
    number_of_doors: int | None | Unset = UNSET
    has_navi: bool | None | Unset = UNSET
    head_unit: None | str | Unset = UNSET
    has_sun_roof: bool | None | Unset = UNSET
    country_code_iso: None | str | Unset = UNSET
    steering: None | str | Unset = UNSET
    engine: None | str | Unset = UNSET
    drive_train: None | str | Unset = UNSET
    charging_modes: list[str] | None | Unset = UNSET
    propulsion_type: None | str | Unset = UNSET
    colour_code: None | str | Unset = UNSET
    colour_code_raw: None | str | Unset = UNSET
    construction_date: None | str | Unset = UNSET
    """ Production date as sent by BMW (format not documented). """
    full_sa_list: None | str | Unset = UNSET
    """ Factory option (SA) codes in one string. """
    hvs_max_energy_absolute: None | str | Unset = UNSET
    """ High-voltage battery energy in kWh, sent as a decimal string. """
    reess_nominal_capacity_gross: None | str | Unset = UNSET
    """ Gross nominal capacity of the traction battery, sent as a string (added in 2026). """
    sim_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, VehicleBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        is_telematics_capable: bool | None | Unset
        if isinstance(self.is_telematics_capable, Unset):
            is_telematics_capable = UNSET
        else:
            is_telematics_capable = self.is_telematics_capable

        pu_step: None | str | Unset
        if isinstance(self.pu_step, Unset):
            pu_step = UNSET
        else:
            pu_step = self.pu_step

        model_range: None | str | Unset
        if isinstance(self.model_range, Unset):
            model_range = UNSET
        else:
            model_range = self.model_range

        series: None | str | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        else:
            series = self.series

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        model_key: None | str | Unset
        if isinstance(self.model_key, Unset):
            model_key = UNSET
        else:
            model_key = self.model_key

        body_type: None | str | Unset
        if isinstance(self.body_type, Unset):
            body_type = UNSET
        else:
            body_type = self.body_type

        number_of_doors: int | None | Unset
        if isinstance(self.number_of_doors, Unset):
            number_of_doors = UNSET
        else:
            number_of_doors = self.number_of_doors

        has_navi: bool | None | Unset
        if isinstance(self.has_navi, Unset):
            has_navi = UNSET
        else:
            has_navi = self.has_navi

        head_unit: None | str | Unset
        if isinstance(self.head_unit, Unset):
            head_unit = UNSET
        else:
            head_unit = self.head_unit

        has_sun_roof: bool | None | Unset
        if isinstance(self.has_sun_roof, Unset):
            has_sun_roof = UNSET
        else:
            has_sun_roof = self.has_sun_roof

        country_code_iso: None | str | Unset
        if isinstance(self.country_code_iso, Unset):
            country_code_iso = UNSET
        else:
            country_code_iso = self.country_code_iso

        steering: None | str | Unset
        if isinstance(self.steering, Unset):
            steering = UNSET
        else:
            steering = self.steering

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        else:
            engine = self.engine

        drive_train: None | str | Unset
        if isinstance(self.drive_train, Unset):
            drive_train = UNSET
        else:
            drive_train = self.drive_train

        charging_modes: list[str] | None | Unset
        if isinstance(self.charging_modes, Unset):
            charging_modes = UNSET
        elif isinstance(self.charging_modes, list):
            charging_modes = self.charging_modes

        else:
            charging_modes = self.charging_modes

        propulsion_type: None | str | Unset
        if isinstance(self.propulsion_type, Unset):
            propulsion_type = UNSET
        else:
            propulsion_type = self.propulsion_type

        colour_code: None | str | Unset
        if isinstance(self.colour_code, Unset):
            colour_code = UNSET
        else:
            colour_code = self.colour_code

        colour_code_raw: None | str | Unset
        if isinstance(self.colour_code_raw, Unset):
            colour_code_raw = UNSET
        else:
            colour_code_raw = self.colour_code_raw

        construction_date: None | str | Unset
        if isinstance(self.construction_date, Unset):
            construction_date = UNSET
        else:
            construction_date = self.construction_date

        full_sa_list: None | str | Unset
        if isinstance(self.full_sa_list, Unset):
            full_sa_list = UNSET
        else:
            full_sa_list = self.full_sa_list

        hvs_max_energy_absolute: None | str | Unset
        if isinstance(self.hvs_max_energy_absolute, Unset):
            hvs_max_energy_absolute = UNSET
        else:
            hvs_max_energy_absolute = self.hvs_max_energy_absolute

        reess_nominal_capacity_gross: None | str | Unset
        if isinstance(self.reess_nominal_capacity_gross, Unset):
            reess_nominal_capacity_gross = UNSET
        else:
            reess_nominal_capacity_gross = self.reess_nominal_capacity_gross

        sim_status: None | str | Unset
        if isinstance(self.sim_status, Unset):
            sim_status = UNSET
        else:
            sim_status = self.sim_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["vin"] = vin
        if brand is not UNSET:
            field_dict["brand"] = brand
        if is_telematics_capable is not UNSET:
            field_dict["isTelematicsCapable"] = is_telematics_capable
        if pu_step is not UNSET:
            field_dict["puStep"] = pu_step
        if model_range is not UNSET:
            field_dict["modelRange"] = model_range
        if series is not UNSET:
            field_dict["series"] = series
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if model_key is not UNSET:
            field_dict["modelKey"] = model_key
        if body_type is not UNSET:
            field_dict["bodyType"] = body_type
        if number_of_doors is not UNSET:
            field_dict["numberOfDoors"] = number_of_doors
        if has_navi is not UNSET:
            field_dict["hasNavi"] = has_navi
        if head_unit is not UNSET:
            field_dict["headUnit"] = head_unit
        if has_sun_roof is not UNSET:
            field_dict["hasSunRoof"] = has_sun_roof
        if country_code_iso is not UNSET:
            field_dict["countryCodeISO"] = country_code_iso
        if steering is not UNSET:
            field_dict["steering"] = steering
        if engine is not UNSET:
            field_dict["engine"] = engine
        if drive_train is not UNSET:
            field_dict["driveTrain"] = drive_train
        if charging_modes is not UNSET:
            field_dict["chargingModes"] = charging_modes
        if propulsion_type is not UNSET:
            field_dict["propulsionType"] = propulsion_type
        if colour_code is not UNSET:
            field_dict["colourCode"] = colour_code
        if colour_code_raw is not UNSET:
            field_dict["colourCodeRaw"] = colour_code_raw
        if construction_date is not UNSET:
            field_dict["constructionDate"] = construction_date
        if full_sa_list is not UNSET:
            field_dict["fullSAList"] = full_sa_list
        if hvs_max_energy_absolute is not UNSET:
            field_dict["hvsMaxEnergyAbsolute"] = hvs_max_energy_absolute
        if reess_nominal_capacity_gross is not UNSET:
            field_dict["reessNominalCapacityGross"] = reess_nominal_capacity_gross
        if sim_status is not UNSET:
            field_dict["simStatus"] = sim_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("vin", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"vin: unexpected value of type {type(vin).__name__}")

        brand = d.pop("brand", UNSET)
        if not (brand is None or isinstance(brand, Unset)):
            try:
                if not isinstance(brand, str):
                    raise TypeError()
                brand_type_0 = VehicleBrand.from_value(brand)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("brand", brand, error)) from None
            brand = brand_type_0

        is_telematics_capable = d.pop("isTelematicsCapable", UNSET)
        if not (is_telematics_capable is None or isinstance(is_telematics_capable, (bool, Unset))):
            raise TypeError(f"isTelematicsCapable: unexpected value of type {type(is_telematics_capable).__name__}")

        pu_step = d.pop("puStep", UNSET)
        if not (pu_step is None or isinstance(pu_step, (str, Unset))):
            raise TypeError(f"puStep: unexpected value of type {type(pu_step).__name__}")

        model_range = d.pop("modelRange", UNSET)
        if not (model_range is None or isinstance(model_range, (str, Unset))):
            raise TypeError(f"modelRange: unexpected value of type {type(model_range).__name__}")

        series = d.pop("series", UNSET)
        if not (series is None or isinstance(series, (str, Unset))):
            raise TypeError(f"series: unexpected value of type {type(series).__name__}")

        model_name = d.pop("modelName", UNSET)
        if not (model_name is None or isinstance(model_name, (str, Unset))):
            raise TypeError(f"modelName: unexpected value of type {type(model_name).__name__}")

        model_key = d.pop("modelKey", UNSET)
        if not (model_key is None or isinstance(model_key, (str, Unset))):
            raise TypeError(f"modelKey: unexpected value of type {type(model_key).__name__}")

        body_type = d.pop("bodyType", UNSET)
        if not (body_type is None or isinstance(body_type, (str, Unset))):
            raise TypeError(f"bodyType: unexpected value of type {type(body_type).__name__}")

        number_of_doors = d.pop("numberOfDoors", UNSET)
        if not (number_of_doors is None or isinstance(number_of_doors, Unset)):
            try:
                if not (isinstance(number_of_doors, (int, float, str)) and not isinstance(number_of_doors, bool)):
                    raise TypeError()
                number_of_doors_type_0 = int(number_of_doors)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("numberOfDoors", number_of_doors, error)) from None
            number_of_doors = number_of_doors_type_0

        has_navi = d.pop("hasNavi", UNSET)
        if not (has_navi is None or isinstance(has_navi, (bool, Unset))):
            raise TypeError(f"hasNavi: unexpected value of type {type(has_navi).__name__}")

        head_unit = d.pop("headUnit", UNSET)
        if not (head_unit is None or isinstance(head_unit, (str, Unset))):
            raise TypeError(f"headUnit: unexpected value of type {type(head_unit).__name__}")

        has_sun_roof = d.pop("hasSunRoof", UNSET)
        if not (has_sun_roof is None or isinstance(has_sun_roof, (bool, Unset))):
            raise TypeError(f"hasSunRoof: unexpected value of type {type(has_sun_roof).__name__}")

        country_code_iso = d.pop("countryCodeISO", UNSET)
        if not (country_code_iso is None or isinstance(country_code_iso, (str, Unset))):
            raise TypeError(f"countryCodeISO: unexpected value of type {type(country_code_iso).__name__}")

        steering = d.pop("steering", UNSET)
        if not (steering is None or isinstance(steering, (str, Unset))):
            raise TypeError(f"steering: unexpected value of type {type(steering).__name__}")

        engine = d.pop("engine", UNSET)
        if not (engine is None or isinstance(engine, (str, Unset))):
            raise TypeError(f"engine: unexpected value of type {type(engine).__name__}")

        drive_train = d.pop("driveTrain", UNSET)
        if not (drive_train is None or isinstance(drive_train, (str, Unset))):
            raise TypeError(f"driveTrain: unexpected value of type {type(drive_train).__name__}")

        charging_modes = d.pop("chargingModes", UNSET)
        if not (charging_modes is None or isinstance(charging_modes, Unset)):
            try:
                if not isinstance(charging_modes, list):
                    raise TypeError()
                charging_modes_type_0 = cast(list[str], charging_modes)
                if not isinstance(charging_modes_type_0, list) or not all(
                    isinstance(item, str) for item in charging_modes_type_0
                ):
                    raise TypeError("expected a list of str")

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingModes", charging_modes, error)) from None
            charging_modes = charging_modes_type_0

        propulsion_type = d.pop("propulsionType", UNSET)
        if not (propulsion_type is None or isinstance(propulsion_type, (str, Unset))):
            raise TypeError(f"propulsionType: unexpected value of type {type(propulsion_type).__name__}")

        colour_code = d.pop("colourCode", UNSET)
        if not (colour_code is None or isinstance(colour_code, (str, Unset))):
            raise TypeError(f"colourCode: unexpected value of type {type(colour_code).__name__}")

        colour_code_raw = d.pop("colourCodeRaw", UNSET)
        if not (colour_code_raw is None or isinstance(colour_code_raw, (str, Unset))):
            raise TypeError(f"colourCodeRaw: unexpected value of type {type(colour_code_raw).__name__}")

        construction_date = d.pop("constructionDate", UNSET)
        if not (construction_date is None or isinstance(construction_date, (str, Unset))):
            raise TypeError(f"constructionDate: unexpected value of type {type(construction_date).__name__}")

        full_sa_list = d.pop("fullSAList", UNSET)
        if not (full_sa_list is None or isinstance(full_sa_list, (str, Unset))):
            raise TypeError(f"fullSAList: unexpected value of type {type(full_sa_list).__name__}")

        hvs_max_energy_absolute = d.pop("hvsMaxEnergyAbsolute", UNSET)
        if not (hvs_max_energy_absolute is None or isinstance(hvs_max_energy_absolute, (str, Unset))):
            raise TypeError(f"hvsMaxEnergyAbsolute: unexpected value of type {type(hvs_max_energy_absolute).__name__}")

        reess_nominal_capacity_gross = d.pop("reessNominalCapacityGross", UNSET)
        if not (reess_nominal_capacity_gross is None or isinstance(reess_nominal_capacity_gross, (str, Unset))):
            raise TypeError(
                f"reessNominalCapacityGross: unexpected value of type {type(reess_nominal_capacity_gross).__name__}"
            )

        sim_status = d.pop("simStatus", UNSET)
        if not (sim_status is None or isinstance(sim_status, (str, Unset))):
            raise TypeError(f"simStatus: unexpected value of type {type(sim_status).__name__}")

        vehicle_basic_data = cls(
            vin=vin,
            brand=brand,
            is_telematics_capable=is_telematics_capable,
            pu_step=pu_step,
            model_range=model_range,
            series=series,
            model_name=model_name,
            model_key=model_key,
            body_type=body_type,
            number_of_doors=number_of_doors,
            has_navi=has_navi,
            head_unit=head_unit,
            has_sun_roof=has_sun_roof,
            country_code_iso=country_code_iso,
            steering=steering,
            engine=engine,
            drive_train=drive_train,
            charging_modes=charging_modes,
            propulsion_type=propulsion_type,
            colour_code=colour_code,
            colour_code_raw=colour_code_raw,
            construction_date=construction_date,
            full_sa_list=full_sa_list,
            hvs_max_energy_absolute=hvs_max_energy_absolute,
            reess_nominal_capacity_gross=reess_nominal_capacity_gross,
            sim_status=sim_status,
        )

        vehicle_basic_data.additional_properties = d
        return vehicle_basic_data

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
