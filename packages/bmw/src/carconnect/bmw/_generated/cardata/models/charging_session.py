from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mileage_unit import MileageUnit
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChargingSession")


@_attrs_define
class ChargingSession:
    """One charging session. Times are Unix epoch seconds."""

    start_time: int
    end_time: int
    displayed_start_soc: int | None | Unset = UNSET
    """ State of charge shown at the start, in percent. """
    displayed_soc: int | None | Unset = UNSET
    """ State of charge shown at the end, in percent. """
    total_charging_duration_sec: int | None | Unset = UNSET
    energy_consumed_from_power_grid_kwh: float | None | Unset = UNSET
    energy_decrease_hvb_kwh: float | None | Unset = UNSET
    """ Energy drawn from the high-voltage battery during the session (added in 2026). """
    energy_discharged_kwh: float | None | Unset = UNSET
    """ Energy discharged from the vehicle during the session (added in 2026). """
    is_preconditioning_activated: bool | None | Unset = UNSET
    mileage: int | None | Unset = UNSET
    """ Odometer at the session, in `mileageUnits`. """
    mileage_units: MileageUnit | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    """ IANA time zone of the charging location, e.g. `Europe/Berlin`. """
    charging_location: ChargingLocation | None | Unset = UNSET
    charging_blocks: list[ChargingBlock] | None | Unset = UNSET
    public_charging_point: None | PublicChargingPoint | Unset = UNSET
    charging_cost_information: ChargingCost | None | Unset = UNSET
    business_errors: list[ChargingBusinessError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        displayed_start_soc: int | None | Unset
        if isinstance(self.displayed_start_soc, Unset):
            displayed_start_soc = UNSET
        else:
            displayed_start_soc = self.displayed_start_soc

        displayed_soc: int | None | Unset
        if isinstance(self.displayed_soc, Unset):
            displayed_soc = UNSET
        else:
            displayed_soc = self.displayed_soc

        total_charging_duration_sec: int | None | Unset
        if isinstance(self.total_charging_duration_sec, Unset):
            total_charging_duration_sec = UNSET
        else:
            total_charging_duration_sec = self.total_charging_duration_sec

        energy_consumed_from_power_grid_kwh: float | None | Unset
        if isinstance(self.energy_consumed_from_power_grid_kwh, Unset):
            energy_consumed_from_power_grid_kwh = UNSET
        else:
            energy_consumed_from_power_grid_kwh = self.energy_consumed_from_power_grid_kwh

        energy_decrease_hvb_kwh: float | None | Unset
        if isinstance(self.energy_decrease_hvb_kwh, Unset):
            energy_decrease_hvb_kwh = UNSET
        else:
            energy_decrease_hvb_kwh = self.energy_decrease_hvb_kwh

        energy_discharged_kwh: float | None | Unset
        if isinstance(self.energy_discharged_kwh, Unset):
            energy_discharged_kwh = UNSET
        else:
            energy_discharged_kwh = self.energy_discharged_kwh

        is_preconditioning_activated: bool | None | Unset
        if isinstance(self.is_preconditioning_activated, Unset):
            is_preconditioning_activated = UNSET
        else:
            is_preconditioning_activated = self.is_preconditioning_activated

        mileage: int | None | Unset
        if isinstance(self.mileage, Unset):
            mileage = UNSET
        else:
            mileage = self.mileage

        mileage_units: None | str | Unset
        if isinstance(self.mileage_units, Unset):
            mileage_units = UNSET
        elif isinstance(self.mileage_units, MileageUnit):
            mileage_units = self.mileage_units.value
        else:
            mileage_units = self.mileage_units

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        charging_location: dict[str, Any] | None | Unset
        if isinstance(self.charging_location, Unset):
            charging_location = UNSET
        elif isinstance(self.charging_location, ChargingLocation):
            charging_location = self.charging_location.to_dict()
        else:
            charging_location = self.charging_location

        charging_blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.charging_blocks, Unset):
            charging_blocks = UNSET
        elif isinstance(self.charging_blocks, list):
            charging_blocks = []
            for charging_blocks_type_0_item_data in self.charging_blocks:
                charging_blocks_type_0_item = charging_blocks_type_0_item_data.to_dict()
                charging_blocks.append(charging_blocks_type_0_item)

        else:
            charging_blocks = self.charging_blocks

        public_charging_point: dict[str, Any] | None | Unset
        if isinstance(self.public_charging_point, Unset):
            public_charging_point = UNSET
        elif isinstance(self.public_charging_point, PublicChargingPoint):
            public_charging_point = self.public_charging_point.to_dict()
        else:
            public_charging_point = self.public_charging_point

        charging_cost_information: dict[str, Any] | None | Unset
        if isinstance(self.charging_cost_information, Unset):
            charging_cost_information = UNSET
        elif isinstance(self.charging_cost_information, ChargingCost):
            charging_cost_information = self.charging_cost_information.to_dict()
        else:
            charging_cost_information = self.charging_cost_information

        business_errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.business_errors, Unset):
            business_errors = UNSET
        elif isinstance(self.business_errors, list):
            business_errors = []
            for business_errors_type_0_item_data in self.business_errors:
                business_errors_type_0_item = business_errors_type_0_item_data.to_dict()
                business_errors.append(business_errors_type_0_item)

        else:
            business_errors = self.business_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if displayed_start_soc is not UNSET:
            field_dict["displayedStartSoc"] = displayed_start_soc
        if displayed_soc is not UNSET:
            field_dict["displayedSoc"] = displayed_soc
        if total_charging_duration_sec is not UNSET:
            field_dict["totalChargingDurationSec"] = total_charging_duration_sec
        if energy_consumed_from_power_grid_kwh is not UNSET:
            field_dict["energyConsumedFromPowerGridKwh"] = energy_consumed_from_power_grid_kwh
        if energy_decrease_hvb_kwh is not UNSET:
            field_dict["energyDecreaseHvbKwh"] = energy_decrease_hvb_kwh
        if energy_discharged_kwh is not UNSET:
            field_dict["energyDischargedKwh"] = energy_discharged_kwh
        if is_preconditioning_activated is not UNSET:
            field_dict["isPreconditioningActivated"] = is_preconditioning_activated
        if mileage is not UNSET:
            field_dict["mileage"] = mileage
        if mileage_units is not UNSET:
            field_dict["mileageUnits"] = mileage_units
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if charging_location is not UNSET:
            field_dict["chargingLocation"] = charging_location
        if charging_blocks is not UNSET:
            field_dict["chargingBlocks"] = charging_blocks
        if public_charging_point is not UNSET:
            field_dict["publicChargingPoint"] = public_charging_point
        if charging_cost_information is not UNSET:
            field_dict["chargingCostInformation"] = charging_cost_information
        if business_errors is not UNSET:
            field_dict["businessErrors"] = business_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = int(d.pop("startTime"))

        end_time = int(d.pop("endTime"))

        displayed_start_soc = d.pop("displayedStartSoc", UNSET)
        if not (displayed_start_soc is None or isinstance(displayed_start_soc, Unset)):
            try:
                if not (
                    isinstance(displayed_start_soc, (int, float, str)) and not isinstance(displayed_start_soc, bool)
                ):
                    raise TypeError()
                displayed_start_soc_type_0 = int(displayed_start_soc)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("displayedStartSoc", displayed_start_soc, error)) from None
            displayed_start_soc = displayed_start_soc_type_0

        displayed_soc = d.pop("displayedSoc", UNSET)
        if not (displayed_soc is None or isinstance(displayed_soc, Unset)):
            try:
                if not (isinstance(displayed_soc, (int, float, str)) and not isinstance(displayed_soc, bool)):
                    raise TypeError()
                displayed_soc_type_0 = int(displayed_soc)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("displayedSoc", displayed_soc, error)) from None
            displayed_soc = displayed_soc_type_0

        total_charging_duration_sec = d.pop("totalChargingDurationSec", UNSET)
        if not (total_charging_duration_sec is None or isinstance(total_charging_duration_sec, Unset)):
            try:
                if not (
                    isinstance(total_charging_duration_sec, (int, float, str))
                    and not isinstance(total_charging_duration_sec, bool)
                ):
                    raise TypeError()
                total_charging_duration_sec_type_0 = int(total_charging_duration_sec)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("totalChargingDurationSec", total_charging_duration_sec, error)) from None
            total_charging_duration_sec = total_charging_duration_sec_type_0

        energy_consumed_from_power_grid_kwh = d.pop("energyConsumedFromPowerGridKwh", UNSET)
        if not (energy_consumed_from_power_grid_kwh is None or isinstance(energy_consumed_from_power_grid_kwh, Unset)):
            try:
                if not (
                    isinstance(energy_consumed_from_power_grid_kwh, (int, float, str))
                    and not isinstance(energy_consumed_from_power_grid_kwh, bool)
                ):
                    raise TypeError()
                energy_consumed_from_power_grid_kwh_type_0 = float(energy_consumed_from_power_grid_kwh)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    field_error("energyConsumedFromPowerGridKwh", energy_consumed_from_power_grid_kwh, error)
                ) from None
            energy_consumed_from_power_grid_kwh = energy_consumed_from_power_grid_kwh_type_0

        energy_decrease_hvb_kwh = d.pop("energyDecreaseHvbKwh", UNSET)
        if not (energy_decrease_hvb_kwh is None or isinstance(energy_decrease_hvb_kwh, Unset)):
            try:
                if not (
                    isinstance(energy_decrease_hvb_kwh, (int, float, str))
                    and not isinstance(energy_decrease_hvb_kwh, bool)
                ):
                    raise TypeError()
                energy_decrease_hvb_kwh_type_0 = float(energy_decrease_hvb_kwh)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("energyDecreaseHvbKwh", energy_decrease_hvb_kwh, error)) from None
            energy_decrease_hvb_kwh = energy_decrease_hvb_kwh_type_0

        energy_discharged_kwh = d.pop("energyDischargedKwh", UNSET)
        if not (energy_discharged_kwh is None or isinstance(energy_discharged_kwh, Unset)):
            try:
                if not (
                    isinstance(energy_discharged_kwh, (int, float, str)) and not isinstance(energy_discharged_kwh, bool)
                ):
                    raise TypeError()
                energy_discharged_kwh_type_0 = float(energy_discharged_kwh)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("energyDischargedKwh", energy_discharged_kwh, error)) from None
            energy_discharged_kwh = energy_discharged_kwh_type_0

        is_preconditioning_activated = d.pop("isPreconditioningActivated", UNSET)
        if not (is_preconditioning_activated is None or isinstance(is_preconditioning_activated, (bool, Unset))):
            raise TypeError(
                f"isPreconditioningActivated: unexpected value of type {type(is_preconditioning_activated).__name__}"
            )

        mileage = d.pop("mileage", UNSET)
        if not (mileage is None or isinstance(mileage, Unset)):
            try:
                if not (isinstance(mileage, (int, float, str)) and not isinstance(mileage, bool)):
                    raise TypeError()
                mileage_type_0 = int(mileage)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mileage", mileage, error)) from None
            mileage = mileage_type_0

        mileage_units = d.pop("mileageUnits", UNSET)
        if not (mileage_units is None or isinstance(mileage_units, Unset)):
            try:
                if not isinstance(mileage_units, str):
                    raise TypeError()
                mileage_units_type_0 = MileageUnit.from_value(mileage_units)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mileageUnits", mileage_units, error)) from None
            mileage_units = mileage_units_type_0

        time_zone = d.pop("timeZone", UNSET)
        if not (time_zone is None or isinstance(time_zone, (str, Unset))):
            raise TypeError(f"timeZone: unexpected value of type {type(time_zone).__name__}")

        charging_location = d.pop("chargingLocation", UNSET)
        if not (charging_location is None or isinstance(charging_location, Unset)):
            try:
                if not isinstance(charging_location, dict):
                    raise TypeError()
                charging_location_type_0 = ChargingLocation.from_dict(charging_location)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingLocation", charging_location, error)) from None
            charging_location = charging_location_type_0

        charging_blocks = d.pop("chargingBlocks", UNSET)
        if not (charging_blocks is None or isinstance(charging_blocks, Unset)):
            try:
                if not isinstance(charging_blocks, list):
                    raise TypeError()
                charging_blocks_type_0 = []
                _charging_blocks_type_0 = charging_blocks
                for charging_blocks_type_0_item_data in _charging_blocks_type_0:
                    charging_blocks_type_0_item = ChargingBlock.from_dict(charging_blocks_type_0_item_data)

                    charging_blocks_type_0.append(charging_blocks_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingBlocks", charging_blocks, error)) from None
            charging_blocks = charging_blocks_type_0

        public_charging_point = d.pop("publicChargingPoint", UNSET)
        if not (public_charging_point is None or isinstance(public_charging_point, Unset)):
            try:
                if not isinstance(public_charging_point, dict):
                    raise TypeError()
                public_charging_point_type_0 = PublicChargingPoint.from_dict(public_charging_point)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("publicChargingPoint", public_charging_point, error)) from None
            public_charging_point = public_charging_point_type_0

        charging_cost_information = d.pop("chargingCostInformation", UNSET)
        if not (charging_cost_information is None or isinstance(charging_cost_information, Unset)):
            try:
                if not isinstance(charging_cost_information, dict):
                    raise TypeError()
                charging_cost_information_type_0 = ChargingCost.from_dict(charging_cost_information)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("chargingCostInformation", charging_cost_information, error)) from None
            charging_cost_information = charging_cost_information_type_0

        business_errors = d.pop("businessErrors", UNSET)
        if not (business_errors is None or isinstance(business_errors, Unset)):
            try:
                if not isinstance(business_errors, list):
                    raise TypeError()
                business_errors_type_0 = []
                _business_errors_type_0 = business_errors
                for business_errors_type_0_item_data in _business_errors_type_0:
                    business_errors_type_0_item = ChargingBusinessError.from_dict(business_errors_type_0_item_data)

                    business_errors_type_0.append(business_errors_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("businessErrors", business_errors, error)) from None
            business_errors = business_errors_type_0

        charging_session = cls(
            start_time=start_time,
            end_time=end_time,
            displayed_start_soc=displayed_start_soc,
            displayed_soc=displayed_soc,
            total_charging_duration_sec=total_charging_duration_sec,
            energy_consumed_from_power_grid_kwh=energy_consumed_from_power_grid_kwh,
            energy_decrease_hvb_kwh=energy_decrease_hvb_kwh,
            energy_discharged_kwh=energy_discharged_kwh,
            is_preconditioning_activated=is_preconditioning_activated,
            mileage=mileage,
            mileage_units=mileage_units,
            time_zone=time_zone,
            charging_location=charging_location,
            charging_blocks=charging_blocks,
            public_charging_point=public_charging_point,
            charging_cost_information=charging_cost_information,
            business_errors=business_errors,
        )

        charging_session.additional_properties = d
        return charging_session

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
from ..models.charging_block import ChargingBlock
from ..models.charging_business_error import ChargingBusinessError
from ..models.charging_cost import ChargingCost
from ..models.charging_location import ChargingLocation
from ..models.public_charging_point import PublicChargingPoint
