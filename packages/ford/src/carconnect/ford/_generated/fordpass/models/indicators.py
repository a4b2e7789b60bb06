from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Indicators")


@_attrs_define
class Indicators:
    """Warning lamps by name; every lamp FordPass has been seen reporting is listed, others stay available by name."""

    adaptive_cruise_control: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    air_filter_minder: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    air_suspension_ride_control_fault: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    all_wheel_drive_disabled: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    anti_theft: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    antilock_brake: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    blind_spot_detection: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    brake_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    charge_system_fault: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    check_fuel_cap: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    check_fuel_fill_inlet: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_engine_idle_shutdown: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_engine_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_exhaust_fluid_low: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_exhaust_fluid_system_fault: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_exhaust_over_temp: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_particulate_filter: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    diesel_pre_heat: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    electric_trailer_brake_connection: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    engine_coolant_over_temp: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    fasten_seat_belt_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    forward_collision_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    fuel_door_open: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    hev_hazard: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    hill_descent_control_fault: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    hill_start_assist_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    lane_keeping_aid: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    lighting_system_failure: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    low_engine_oil_pressure: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    low_fuel: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    low_washer_fluid: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    malfunction_indicator: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    park_aid_malfunction: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    passive_entry_passive_start: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    powertrain_malfunction: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    restraints_indicator_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    service_steering: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    start_stop_engine_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    tire_pressure_monitor_system_warning: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    traction_control_disabled: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    traction_control_event: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    water_in_fuel: IndicatorMetric | Unset = UNSET
    """ A dashboard warning lamp; `value` is true while it is lit. """
    additional_properties: dict[str, IndicatorMetric] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adaptive_cruise_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adaptive_cruise_control, Unset):
            adaptive_cruise_control = self.adaptive_cruise_control.to_dict()

        air_filter_minder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.air_filter_minder, Unset):
            air_filter_minder = self.air_filter_minder.to_dict()

        air_suspension_ride_control_fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.air_suspension_ride_control_fault, Unset):
            air_suspension_ride_control_fault = self.air_suspension_ride_control_fault.to_dict()

        all_wheel_drive_disabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_wheel_drive_disabled, Unset):
            all_wheel_drive_disabled = self.all_wheel_drive_disabled.to_dict()

        anti_theft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anti_theft, Unset):
            anti_theft = self.anti_theft.to_dict()

        antilock_brake: dict[str, Any] | Unset = UNSET
        if not isinstance(self.antilock_brake, Unset):
            antilock_brake = self.antilock_brake.to_dict()

        blind_spot_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blind_spot_detection, Unset):
            blind_spot_detection = self.blind_spot_detection.to_dict()

        brake_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brake_warning, Unset):
            brake_warning = self.brake_warning.to_dict()

        charge_system_fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_system_fault, Unset):
            charge_system_fault = self.charge_system_fault.to_dict()

        check_fuel_cap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check_fuel_cap, Unset):
            check_fuel_cap = self.check_fuel_cap.to_dict()

        check_fuel_fill_inlet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check_fuel_fill_inlet, Unset):
            check_fuel_fill_inlet = self.check_fuel_fill_inlet.to_dict()

        diesel_engine_idle_shutdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_engine_idle_shutdown, Unset):
            diesel_engine_idle_shutdown = self.diesel_engine_idle_shutdown.to_dict()

        diesel_engine_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_engine_warning, Unset):
            diesel_engine_warning = self.diesel_engine_warning.to_dict()

        diesel_exhaust_fluid_low: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_exhaust_fluid_low, Unset):
            diesel_exhaust_fluid_low = self.diesel_exhaust_fluid_low.to_dict()

        diesel_exhaust_fluid_system_fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_exhaust_fluid_system_fault, Unset):
            diesel_exhaust_fluid_system_fault = self.diesel_exhaust_fluid_system_fault.to_dict()

        diesel_exhaust_over_temp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_exhaust_over_temp, Unset):
            diesel_exhaust_over_temp = self.diesel_exhaust_over_temp.to_dict()

        diesel_particulate_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_particulate_filter, Unset):
            diesel_particulate_filter = self.diesel_particulate_filter.to_dict()

        diesel_pre_heat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_pre_heat, Unset):
            diesel_pre_heat = self.diesel_pre_heat.to_dict()

        electric_trailer_brake_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.electric_trailer_brake_connection, Unset):
            electric_trailer_brake_connection = self.electric_trailer_brake_connection.to_dict()

        engine_coolant_over_temp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine_coolant_over_temp, Unset):
            engine_coolant_over_temp = self.engine_coolant_over_temp.to_dict()

        fasten_seat_belt_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fasten_seat_belt_warning, Unset):
            fasten_seat_belt_warning = self.fasten_seat_belt_warning.to_dict()

        forward_collision_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forward_collision_warning, Unset):
            forward_collision_warning = self.forward_collision_warning.to_dict()

        fuel_door_open: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fuel_door_open, Unset):
            fuel_door_open = self.fuel_door_open.to_dict()

        hev_hazard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hev_hazard, Unset):
            hev_hazard = self.hev_hazard.to_dict()

        hill_descent_control_fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hill_descent_control_fault, Unset):
            hill_descent_control_fault = self.hill_descent_control_fault.to_dict()

        hill_start_assist_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hill_start_assist_warning, Unset):
            hill_start_assist_warning = self.hill_start_assist_warning.to_dict()

        lane_keeping_aid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lane_keeping_aid, Unset):
            lane_keeping_aid = self.lane_keeping_aid.to_dict()

        lighting_system_failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lighting_system_failure, Unset):
            lighting_system_failure = self.lighting_system_failure.to_dict()

        low_engine_oil_pressure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low_engine_oil_pressure, Unset):
            low_engine_oil_pressure = self.low_engine_oil_pressure.to_dict()

        low_fuel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low_fuel, Unset):
            low_fuel = self.low_fuel.to_dict()

        low_washer_fluid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low_washer_fluid, Unset):
            low_washer_fluid = self.low_washer_fluid.to_dict()

        malfunction_indicator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.malfunction_indicator, Unset):
            malfunction_indicator = self.malfunction_indicator.to_dict()

        park_aid_malfunction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.park_aid_malfunction, Unset):
            park_aid_malfunction = self.park_aid_malfunction.to_dict()

        passive_entry_passive_start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passive_entry_passive_start, Unset):
            passive_entry_passive_start = self.passive_entry_passive_start.to_dict()

        powertrain_malfunction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.powertrain_malfunction, Unset):
            powertrain_malfunction = self.powertrain_malfunction.to_dict()

        restraints_indicator_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restraints_indicator_warning, Unset):
            restraints_indicator_warning = self.restraints_indicator_warning.to_dict()

        service_steering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_steering, Unset):
            service_steering = self.service_steering.to_dict()

        start_stop_engine_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_stop_engine_warning, Unset):
            start_stop_engine_warning = self.start_stop_engine_warning.to_dict()

        tire_pressure_monitor_system_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tire_pressure_monitor_system_warning, Unset):
            tire_pressure_monitor_system_warning = self.tire_pressure_monitor_system_warning.to_dict()

        traction_control_disabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traction_control_disabled, Unset):
            traction_control_disabled = self.traction_control_disabled.to_dict()

        traction_control_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traction_control_event, Unset):
            traction_control_event = self.traction_control_event.to_dict()

        water_in_fuel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.water_in_fuel, Unset):
            water_in_fuel = self.water_in_fuel.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if adaptive_cruise_control is not UNSET:
            field_dict["adaptiveCruiseControl"] = adaptive_cruise_control
        if air_filter_minder is not UNSET:
            field_dict["airFilterMinder"] = air_filter_minder
        if air_suspension_ride_control_fault is not UNSET:
            field_dict["airSuspensionRideControlFault"] = air_suspension_ride_control_fault
        if all_wheel_drive_disabled is not UNSET:
            field_dict["allWheelDriveDisabled"] = all_wheel_drive_disabled
        if anti_theft is not UNSET:
            field_dict["antiTheft"] = anti_theft
        if antilock_brake is not UNSET:
            field_dict["antilockBrake"] = antilock_brake
        if blind_spot_detection is not UNSET:
            field_dict["blindSpotDetection"] = blind_spot_detection
        if brake_warning is not UNSET:
            field_dict["brakeWarning"] = brake_warning
        if charge_system_fault is not UNSET:
            field_dict["chargeSystemFault"] = charge_system_fault
        if check_fuel_cap is not UNSET:
            field_dict["checkFuelCap"] = check_fuel_cap
        if check_fuel_fill_inlet is not UNSET:
            field_dict["checkFuelFillInlet"] = check_fuel_fill_inlet
        if diesel_engine_idle_shutdown is not UNSET:
            field_dict["dieselEngineIdleShutdown"] = diesel_engine_idle_shutdown
        if diesel_engine_warning is not UNSET:
            field_dict["dieselEngineWarning"] = diesel_engine_warning
        if diesel_exhaust_fluid_low is not UNSET:
            field_dict["dieselExhaustFluidLow"] = diesel_exhaust_fluid_low
        if diesel_exhaust_fluid_system_fault is not UNSET:
            field_dict["dieselExhaustFluidSystemFault"] = diesel_exhaust_fluid_system_fault
        if diesel_exhaust_over_temp is not UNSET:
            field_dict["dieselExhaustOverTemp"] = diesel_exhaust_over_temp
        if diesel_particulate_filter is not UNSET:
            field_dict["dieselParticulateFilter"] = diesel_particulate_filter
        if diesel_pre_heat is not UNSET:
            field_dict["dieselPreHeat"] = diesel_pre_heat
        if electric_trailer_brake_connection is not UNSET:
            field_dict["electricTrailerBrakeConnection"] = electric_trailer_brake_connection
        if engine_coolant_over_temp is not UNSET:
            field_dict["engineCoolantOverTemp"] = engine_coolant_over_temp
        if fasten_seat_belt_warning is not UNSET:
            field_dict["fastenSeatBeltWarning"] = fasten_seat_belt_warning
        if forward_collision_warning is not UNSET:
            field_dict["forwardCollisionWarning"] = forward_collision_warning
        if fuel_door_open is not UNSET:
            field_dict["fuelDoorOpen"] = fuel_door_open
        if hev_hazard is not UNSET:
            field_dict["hevHazard"] = hev_hazard
        if hill_descent_control_fault is not UNSET:
            field_dict["hillDescentControlFault"] = hill_descent_control_fault
        if hill_start_assist_warning is not UNSET:
            field_dict["hillStartAssistWarning"] = hill_start_assist_warning
        if lane_keeping_aid is not UNSET:
            field_dict["laneKeepingAid"] = lane_keeping_aid
        if lighting_system_failure is not UNSET:
            field_dict["lightingSystemFailure"] = lighting_system_failure
        if low_engine_oil_pressure is not UNSET:
            field_dict["lowEngineOilPressure"] = low_engine_oil_pressure
        if low_fuel is not UNSET:
            field_dict["lowFuel"] = low_fuel
        if low_washer_fluid is not UNSET:
            field_dict["lowWasherFluid"] = low_washer_fluid
        if malfunction_indicator is not UNSET:
            field_dict["malfunctionIndicator"] = malfunction_indicator
        if park_aid_malfunction is not UNSET:
            field_dict["parkAidMalfunction"] = park_aid_malfunction
        if passive_entry_passive_start is not UNSET:
            field_dict["passiveEntryPassiveStart"] = passive_entry_passive_start
        if powertrain_malfunction is not UNSET:
            field_dict["powertrainMalfunction"] = powertrain_malfunction
        if restraints_indicator_warning is not UNSET:
            field_dict["restraintsIndicatorWarning"] = restraints_indicator_warning
        if service_steering is not UNSET:
            field_dict["serviceSteering"] = service_steering
        if start_stop_engine_warning is not UNSET:
            field_dict["startStopEngineWarning"] = start_stop_engine_warning
        if tire_pressure_monitor_system_warning is not UNSET:
            field_dict["tirePressureMonitorSystemWarning"] = tire_pressure_monitor_system_warning
        if traction_control_disabled is not UNSET:
            field_dict["tractionControlDisabled"] = traction_control_disabled
        if traction_control_event is not UNSET:
            field_dict["tractionControlEvent"] = traction_control_event
        if water_in_fuel is not UNSET:
            field_dict["waterInFuel"] = water_in_fuel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _adaptive_cruise_control = d.pop("adaptiveCruiseControl", UNSET)
        adaptive_cruise_control: IndicatorMetric | Unset
        if isinstance(_adaptive_cruise_control, Unset):
            adaptive_cruise_control = UNSET
        else:
            adaptive_cruise_control = IndicatorMetric.from_dict(_adaptive_cruise_control)

        _air_filter_minder = d.pop("airFilterMinder", UNSET)
        air_filter_minder: IndicatorMetric | Unset
        if isinstance(_air_filter_minder, Unset):
            air_filter_minder = UNSET
        else:
            air_filter_minder = IndicatorMetric.from_dict(_air_filter_minder)

        _air_suspension_ride_control_fault = d.pop("airSuspensionRideControlFault", UNSET)
        air_suspension_ride_control_fault: IndicatorMetric | Unset
        if isinstance(_air_suspension_ride_control_fault, Unset):
            air_suspension_ride_control_fault = UNSET
        else:
            air_suspension_ride_control_fault = IndicatorMetric.from_dict(_air_suspension_ride_control_fault)

        _all_wheel_drive_disabled = d.pop("allWheelDriveDisabled", UNSET)
        all_wheel_drive_disabled: IndicatorMetric | Unset
        if isinstance(_all_wheel_drive_disabled, Unset):
            all_wheel_drive_disabled = UNSET
        else:
            all_wheel_drive_disabled = IndicatorMetric.from_dict(_all_wheel_drive_disabled)

        _anti_theft = d.pop("antiTheft", UNSET)
        anti_theft: IndicatorMetric | Unset
        if isinstance(_anti_theft, Unset):
            anti_theft = UNSET
        else:
            anti_theft = IndicatorMetric.from_dict(_anti_theft)

        _antilock_brake = d.pop("antilockBrake", UNSET)
        antilock_brake: IndicatorMetric | Unset
        if isinstance(_antilock_brake, Unset):
            antilock_brake = UNSET
        else:
            antilock_brake = IndicatorMetric.from_dict(_antilock_brake)

        _blind_spot_detection = d.pop("blindSpotDetection", UNSET)
        blind_spot_detection: IndicatorMetric | Unset
        if isinstance(_blind_spot_detection, Unset):
            blind_spot_detection = UNSET
        else:
            blind_spot_detection = IndicatorMetric.from_dict(_blind_spot_detection)

        _brake_warning = d.pop("brakeWarning", UNSET)
        brake_warning: IndicatorMetric | Unset
        if isinstance(_brake_warning, Unset):
            brake_warning = UNSET
        else:
            brake_warning = IndicatorMetric.from_dict(_brake_warning)

        _charge_system_fault = d.pop("chargeSystemFault", UNSET)
        charge_system_fault: IndicatorMetric | Unset
        if isinstance(_charge_system_fault, Unset):
            charge_system_fault = UNSET
        else:
            charge_system_fault = IndicatorMetric.from_dict(_charge_system_fault)

        _check_fuel_cap = d.pop("checkFuelCap", UNSET)
        check_fuel_cap: IndicatorMetric | Unset
        if isinstance(_check_fuel_cap, Unset):
            check_fuel_cap = UNSET
        else:
            check_fuel_cap = IndicatorMetric.from_dict(_check_fuel_cap)

        _check_fuel_fill_inlet = d.pop("checkFuelFillInlet", UNSET)
        check_fuel_fill_inlet: IndicatorMetric | Unset
        if isinstance(_check_fuel_fill_inlet, Unset):
            check_fuel_fill_inlet = UNSET
        else:
            check_fuel_fill_inlet = IndicatorMetric.from_dict(_check_fuel_fill_inlet)

        _diesel_engine_idle_shutdown = d.pop("dieselEngineIdleShutdown", UNSET)
        diesel_engine_idle_shutdown: IndicatorMetric | Unset
        if isinstance(_diesel_engine_idle_shutdown, Unset):
            diesel_engine_idle_shutdown = UNSET
        else:
            diesel_engine_idle_shutdown = IndicatorMetric.from_dict(_diesel_engine_idle_shutdown)

        _diesel_engine_warning = d.pop("dieselEngineWarning", UNSET)
        diesel_engine_warning: IndicatorMetric | Unset
        if isinstance(_diesel_engine_warning, Unset):
            diesel_engine_warning = UNSET
        else:
            diesel_engine_warning = IndicatorMetric.from_dict(_diesel_engine_warning)

        _diesel_exhaust_fluid_low = d.pop("dieselExhaustFluidLow", UNSET)
        diesel_exhaust_fluid_low: IndicatorMetric | Unset
        if isinstance(_diesel_exhaust_fluid_low, Unset):
            diesel_exhaust_fluid_low = UNSET
        else:
            diesel_exhaust_fluid_low = IndicatorMetric.from_dict(_diesel_exhaust_fluid_low)

        _diesel_exhaust_fluid_system_fault = d.pop("dieselExhaustFluidSystemFault", UNSET)
        diesel_exhaust_fluid_system_fault: IndicatorMetric | Unset
        if isinstance(_diesel_exhaust_fluid_system_fault, Unset):
            diesel_exhaust_fluid_system_fault = UNSET
        else:
            diesel_exhaust_fluid_system_fault = IndicatorMetric.from_dict(_diesel_exhaust_fluid_system_fault)

        _diesel_exhaust_over_temp = d.pop("dieselExhaustOverTemp", UNSET)
        diesel_exhaust_over_temp: IndicatorMetric | Unset
        if isinstance(_diesel_exhaust_over_temp, Unset):
            diesel_exhaust_over_temp = UNSET
        else:
            diesel_exhaust_over_temp = IndicatorMetric.from_dict(_diesel_exhaust_over_temp)

        _diesel_particulate_filter = d.pop("dieselParticulateFilter", UNSET)
        diesel_particulate_filter: IndicatorMetric | Unset
        if isinstance(_diesel_particulate_filter, Unset):
            diesel_particulate_filter = UNSET
        else:
            diesel_particulate_filter = IndicatorMetric.from_dict(_diesel_particulate_filter)

        _diesel_pre_heat = d.pop("dieselPreHeat", UNSET)
        diesel_pre_heat: IndicatorMetric | Unset
        if isinstance(_diesel_pre_heat, Unset):
            diesel_pre_heat = UNSET
        else:
            diesel_pre_heat = IndicatorMetric.from_dict(_diesel_pre_heat)

        _electric_trailer_brake_connection = d.pop("electricTrailerBrakeConnection", UNSET)
        electric_trailer_brake_connection: IndicatorMetric | Unset
        if isinstance(_electric_trailer_brake_connection, Unset):
            electric_trailer_brake_connection = UNSET
        else:
            electric_trailer_brake_connection = IndicatorMetric.from_dict(_electric_trailer_brake_connection)

        _engine_coolant_over_temp = d.pop("engineCoolantOverTemp", UNSET)
        engine_coolant_over_temp: IndicatorMetric | Unset
        if isinstance(_engine_coolant_over_temp, Unset):
            engine_coolant_over_temp = UNSET
        else:
            engine_coolant_over_temp = IndicatorMetric.from_dict(_engine_coolant_over_temp)

        _fasten_seat_belt_warning = d.pop("fastenSeatBeltWarning", UNSET)
        fasten_seat_belt_warning: IndicatorMetric | Unset
        if isinstance(_fasten_seat_belt_warning, Unset):
            fasten_seat_belt_warning = UNSET
        else:
            fasten_seat_belt_warning = IndicatorMetric.from_dict(_fasten_seat_belt_warning)

        _forward_collision_warning = d.pop("forwardCollisionWarning", UNSET)
        forward_collision_warning: IndicatorMetric | Unset
        if isinstance(_forward_collision_warning, Unset):
            forward_collision_warning = UNSET
        else:
            forward_collision_warning = IndicatorMetric.from_dict(_forward_collision_warning)

        _fuel_door_open = d.pop("fuelDoorOpen", UNSET)
        fuel_door_open: IndicatorMetric | Unset
        if isinstance(_fuel_door_open, Unset):
            fuel_door_open = UNSET
        else:
            fuel_door_open = IndicatorMetric.from_dict(_fuel_door_open)

        _hev_hazard = d.pop("hevHazard", UNSET)
        hev_hazard: IndicatorMetric | Unset
        if isinstance(_hev_hazard, Unset):
            hev_hazard = UNSET
        else:
            hev_hazard = IndicatorMetric.from_dict(_hev_hazard)

        _hill_descent_control_fault = d.pop("hillDescentControlFault", UNSET)
        hill_descent_control_fault: IndicatorMetric | Unset
        if isinstance(_hill_descent_control_fault, Unset):
            hill_descent_control_fault = UNSET
        else:
            hill_descent_control_fault = IndicatorMetric.from_dict(_hill_descent_control_fault)

        _hill_start_assist_warning = d.pop("hillStartAssistWarning", UNSET)
        hill_start_assist_warning: IndicatorMetric | Unset
        if isinstance(_hill_start_assist_warning, Unset):
            hill_start_assist_warning = UNSET
        else:
            hill_start_assist_warning = IndicatorMetric.from_dict(_hill_start_assist_warning)

        _lane_keeping_aid = d.pop("laneKeepingAid", UNSET)
        lane_keeping_aid: IndicatorMetric | Unset
        if isinstance(_lane_keeping_aid, Unset):
            lane_keeping_aid = UNSET
        else:
            lane_keeping_aid = IndicatorMetric.from_dict(_lane_keeping_aid)

        _lighting_system_failure = d.pop("lightingSystemFailure", UNSET)
        lighting_system_failure: IndicatorMetric | Unset
        if isinstance(_lighting_system_failure, Unset):
            lighting_system_failure = UNSET
        else:
            lighting_system_failure = IndicatorMetric.from_dict(_lighting_system_failure)

        _low_engine_oil_pressure = d.pop("lowEngineOilPressure", UNSET)
        low_engine_oil_pressure: IndicatorMetric | Unset
        if isinstance(_low_engine_oil_pressure, Unset):
            low_engine_oil_pressure = UNSET
        else:
            low_engine_oil_pressure = IndicatorMetric.from_dict(_low_engine_oil_pressure)

        _low_fuel = d.pop("lowFuel", UNSET)
        low_fuel: IndicatorMetric | Unset
        if isinstance(_low_fuel, Unset):
            low_fuel = UNSET
        else:
            low_fuel = IndicatorMetric.from_dict(_low_fuel)

        _low_washer_fluid = d.pop("lowWasherFluid", UNSET)
        low_washer_fluid: IndicatorMetric | Unset
        if isinstance(_low_washer_fluid, Unset):
            low_washer_fluid = UNSET
        else:
            low_washer_fluid = IndicatorMetric.from_dict(_low_washer_fluid)

        _malfunction_indicator = d.pop("malfunctionIndicator", UNSET)
        malfunction_indicator: IndicatorMetric | Unset
        if isinstance(_malfunction_indicator, Unset):
            malfunction_indicator = UNSET
        else:
            malfunction_indicator = IndicatorMetric.from_dict(_malfunction_indicator)

        _park_aid_malfunction = d.pop("parkAidMalfunction", UNSET)
        park_aid_malfunction: IndicatorMetric | Unset
        if isinstance(_park_aid_malfunction, Unset):
            park_aid_malfunction = UNSET
        else:
            park_aid_malfunction = IndicatorMetric.from_dict(_park_aid_malfunction)

        _passive_entry_passive_start = d.pop("passiveEntryPassiveStart", UNSET)
        passive_entry_passive_start: IndicatorMetric | Unset
        if isinstance(_passive_entry_passive_start, Unset):
            passive_entry_passive_start = UNSET
        else:
            passive_entry_passive_start = IndicatorMetric.from_dict(_passive_entry_passive_start)

        _powertrain_malfunction = d.pop("powertrainMalfunction", UNSET)
        powertrain_malfunction: IndicatorMetric | Unset
        if isinstance(_powertrain_malfunction, Unset):
            powertrain_malfunction = UNSET
        else:
            powertrain_malfunction = IndicatorMetric.from_dict(_powertrain_malfunction)

        _restraints_indicator_warning = d.pop("restraintsIndicatorWarning", UNSET)
        restraints_indicator_warning: IndicatorMetric | Unset
        if isinstance(_restraints_indicator_warning, Unset):
            restraints_indicator_warning = UNSET
        else:
            restraints_indicator_warning = IndicatorMetric.from_dict(_restraints_indicator_warning)

        _service_steering = d.pop("serviceSteering", UNSET)
        service_steering: IndicatorMetric | Unset
        if isinstance(_service_steering, Unset):
            service_steering = UNSET
        else:
            service_steering = IndicatorMetric.from_dict(_service_steering)

        _start_stop_engine_warning = d.pop("startStopEngineWarning", UNSET)
        start_stop_engine_warning: IndicatorMetric | Unset
        if isinstance(_start_stop_engine_warning, Unset):
            start_stop_engine_warning = UNSET
        else:
            start_stop_engine_warning = IndicatorMetric.from_dict(_start_stop_engine_warning)

        _tire_pressure_monitor_system_warning = d.pop("tirePressureMonitorSystemWarning", UNSET)
        tire_pressure_monitor_system_warning: IndicatorMetric | Unset
        if isinstance(_tire_pressure_monitor_system_warning, Unset):
            tire_pressure_monitor_system_warning = UNSET
        else:
            tire_pressure_monitor_system_warning = IndicatorMetric.from_dict(_tire_pressure_monitor_system_warning)

        _traction_control_disabled = d.pop("tractionControlDisabled", UNSET)
        traction_control_disabled: IndicatorMetric | Unset
        if isinstance(_traction_control_disabled, Unset):
            traction_control_disabled = UNSET
        else:
            traction_control_disabled = IndicatorMetric.from_dict(_traction_control_disabled)

        _traction_control_event = d.pop("tractionControlEvent", UNSET)
        traction_control_event: IndicatorMetric | Unset
        if isinstance(_traction_control_event, Unset):
            traction_control_event = UNSET
        else:
            traction_control_event = IndicatorMetric.from_dict(_traction_control_event)

        _water_in_fuel = d.pop("waterInFuel", UNSET)
        water_in_fuel: IndicatorMetric | Unset
        if isinstance(_water_in_fuel, Unset):
            water_in_fuel = UNSET
        else:
            water_in_fuel = IndicatorMetric.from_dict(_water_in_fuel)

        indicators = cls(
            adaptive_cruise_control=adaptive_cruise_control,
            air_filter_minder=air_filter_minder,
            air_suspension_ride_control_fault=air_suspension_ride_control_fault,
            all_wheel_drive_disabled=all_wheel_drive_disabled,
            anti_theft=anti_theft,
            antilock_brake=antilock_brake,
            blind_spot_detection=blind_spot_detection,
            brake_warning=brake_warning,
            charge_system_fault=charge_system_fault,
            check_fuel_cap=check_fuel_cap,
            check_fuel_fill_inlet=check_fuel_fill_inlet,
            diesel_engine_idle_shutdown=diesel_engine_idle_shutdown,
            diesel_engine_warning=diesel_engine_warning,
            diesel_exhaust_fluid_low=diesel_exhaust_fluid_low,
            diesel_exhaust_fluid_system_fault=diesel_exhaust_fluid_system_fault,
            diesel_exhaust_over_temp=diesel_exhaust_over_temp,
            diesel_particulate_filter=diesel_particulate_filter,
            diesel_pre_heat=diesel_pre_heat,
            electric_trailer_brake_connection=electric_trailer_brake_connection,
            engine_coolant_over_temp=engine_coolant_over_temp,
            fasten_seat_belt_warning=fasten_seat_belt_warning,
            forward_collision_warning=forward_collision_warning,
            fuel_door_open=fuel_door_open,
            hev_hazard=hev_hazard,
            hill_descent_control_fault=hill_descent_control_fault,
            hill_start_assist_warning=hill_start_assist_warning,
            lane_keeping_aid=lane_keeping_aid,
            lighting_system_failure=lighting_system_failure,
            low_engine_oil_pressure=low_engine_oil_pressure,
            low_fuel=low_fuel,
            low_washer_fluid=low_washer_fluid,
            malfunction_indicator=malfunction_indicator,
            park_aid_malfunction=park_aid_malfunction,
            passive_entry_passive_start=passive_entry_passive_start,
            powertrain_malfunction=powertrain_malfunction,
            restraints_indicator_warning=restraints_indicator_warning,
            service_steering=service_steering,
            start_stop_engine_warning=start_stop_engine_warning,
            tire_pressure_monitor_system_warning=tire_pressure_monitor_system_warning,
            traction_control_disabled=traction_control_disabled,
            traction_control_event=traction_control_event,
            water_in_fuel=water_in_fuel,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = IndicatorMetric.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        indicators.additional_properties = additional_properties
        return indicators

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> IndicatorMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: IndicatorMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.indicator_metric import IndicatorMetric
