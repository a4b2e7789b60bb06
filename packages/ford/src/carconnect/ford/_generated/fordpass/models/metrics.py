from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """Latest reading per metric. Lists hold one entry per door, window, wheel or seat. Vehicles report only what they
    have; unlisted metrics stay available by name.

    """

    acceleration: AccelerationMetric | Unset = UNSET
    accelerator_pedal_position: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    alarm_status: AlarmStatusMetric | Unset = UNSET
    """ Anti-theft alarm state; `tags.ALARM_SOURCE` names what set it off. """
    ambient_temp: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    anonymity_status: OnOffMetric | Unset = UNSET
    """ An ON/OFF reading (ignition, brake pedal, wheel torque, anonymity). """
    battery_load_status: BatteryLoadStatusMetric | Unset = UNSET
    """ Load status of a 12 V battery. """
    battery_state_of_charge: BatteryMetric | Unset = UNSET
    """ A 12 V battery reading (state of charge in percent, or voltage). """
    battery_voltage: BatteryMetric | Unset = UNSET
    """ A 12 V battery reading (state of charge in percent, or voltage). """
    brake_pedal_status: OnOffMetric | Unset = UNSET
    """ An ON/OFF reading (ignition, brake pedal, wheel torque, anonymity). """
    brake_torque: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    compass_direction: CompassDirectionMetric | Unset = UNSET
    configurations: Configurations | Unset = UNSET
    """ Vehicle settings by name; unlisted settings stay available by name (any JSON value). """
    custom_metrics: GenericMetrics | Unset = UNSET
    """ Readings by name (configurations, custom metrics). """
    diesel_exhaust_fluid_level: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    door_lock_status: list[DoorLockStatusMetric] | Unset = UNSET
    door_status: list[DoorStatusMetric] | Unset = UNSET
    engine_coolant_temp: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    engine_speed: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    fuel_level: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    fuel_range: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    gear_lever_position: GearLeverPositionMetric | Unset = UNSET
    heading: HeadingMetric | Unset = UNSET
    hood_status: HoodStatusMetric | Unset = UNSET
    hybrid_vehicle_mode_status: TextMetric | Unset = UNSET
    """ A reading whose value is free text or a code not modelled as an enum. """
    ignition_status: OnOffMetric | Unset = UNSET
    """ An ON/OFF reading (ignition, brake pedal, wheel torque, anonymity). """
    indicators: Indicators | Unset = UNSET
    """ Warning lamps by name; every lamp FordPass has been seen reporting is listed, others stay available by name.
    """
    odometer: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    oil_life_remaining: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    outside_temperature: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    panic_alarm_status: TextMetric | Unset = UNSET
    """ A reading whose value is free text or a code not modelled as an enum. """
    parking_brake_status: ParkingBrakeStatusMetric | Unset = UNSET
    position: PositionMetric | Unset = UNSET
    remote_start_countdown_timer: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    seat_belt_status: list[SeatBeltStatusMetric] | Unset = UNSET
    speed: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    tire_pressure: list[TirePressureMetric] | Unset = UNSET
    tire_pressure_status: list[TirePressureStatusMetric] | Unset = UNSET
    tire_pressure_system_status: list[TirePressureSystemStatusMetric] | Unset = UNSET
    torque_at_transmission: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    trip_fuel_economy: TripMetric | Unset = UNSET
    """ A per-trip accumulator. """
    trip_xev_battery_distance_accumulated: TripMetric | Unset = UNSET
    """ A per-trip accumulator. """
    vehicle_life_cycle_mode: TextMetric | Unset = UNSET
    """ A reading whose value is free text or a code not modelled as an enum. """
    wheel_torque_status: OnOffMetric | Unset = UNSET
    """ An ON/OFF reading (ignition, brake pedal, wheel torque, anonymity). """
    window_status: list[WindowStatusMetric] | Unset = UNSET
    xev_battery_charge_display_status: ChargeDisplayStatusMetric | Unset = UNSET
    xev_battery_charger_current_output: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_battery_charger_voltage_output: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_battery_io_current: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_battery_range: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_battery_state_of_charge: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_battery_time_to_full_charge: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    xev_charge_station_communication_status: TextMetric | Unset = UNSET
    """ A reading whose value is free text or a code not modelled as an enum. """
    xev_charge_station_power_type: TextMetric | Unset = UNSET
    """ A reading whose value is free text or a code not modelled as an enum. """
    xev_plug_charger_status: PlugChargerStatusMetric | Unset = UNSET
    yaw_rate: NumberMetric | Unset = UNSET
    """ A numeric reading. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceleration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration.to_dict()

        accelerator_pedal_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accelerator_pedal_position, Unset):
            accelerator_pedal_position = self.accelerator_pedal_position.to_dict()

        alarm_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm_status, Unset):
            alarm_status = self.alarm_status.to_dict()

        ambient_temp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ambient_temp, Unset):
            ambient_temp = self.ambient_temp.to_dict()

        anonymity_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anonymity_status, Unset):
            anonymity_status = self.anonymity_status.to_dict()

        battery_load_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery_load_status, Unset):
            battery_load_status = self.battery_load_status.to_dict()

        battery_state_of_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery_state_of_charge, Unset):
            battery_state_of_charge = self.battery_state_of_charge.to_dict()

        battery_voltage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery_voltage, Unset):
            battery_voltage = self.battery_voltage.to_dict()

        brake_pedal_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brake_pedal_status, Unset):
            brake_pedal_status = self.brake_pedal_status.to_dict()

        brake_torque: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brake_torque, Unset):
            brake_torque = self.brake_torque.to_dict()

        compass_direction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compass_direction, Unset):
            compass_direction = self.compass_direction.to_dict()

        configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations.to_dict()

        custom_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_metrics, Unset):
            custom_metrics = self.custom_metrics.to_dict()

        diesel_exhaust_fluid_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diesel_exhaust_fluid_level, Unset):
            diesel_exhaust_fluid_level = self.diesel_exhaust_fluid_level.to_dict()

        door_lock_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.door_lock_status, Unset):
            door_lock_status = []
            for door_lock_status_item_data in self.door_lock_status:
                door_lock_status_item = door_lock_status_item_data.to_dict()
                door_lock_status.append(door_lock_status_item)

        door_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.door_status, Unset):
            door_status = []
            for door_status_item_data in self.door_status:
                door_status_item = door_status_item_data.to_dict()
                door_status.append(door_status_item)

        engine_coolant_temp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine_coolant_temp, Unset):
            engine_coolant_temp = self.engine_coolant_temp.to_dict()

        engine_speed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine_speed, Unset):
            engine_speed = self.engine_speed.to_dict()

        fuel_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fuel_level, Unset):
            fuel_level = self.fuel_level.to_dict()

        fuel_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fuel_range, Unset):
            fuel_range = self.fuel_range.to_dict()

        gear_lever_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gear_lever_position, Unset):
            gear_lever_position = self.gear_lever_position.to_dict()

        heading: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heading, Unset):
            heading = self.heading.to_dict()

        hood_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hood_status, Unset):
            hood_status = self.hood_status.to_dict()

        hybrid_vehicle_mode_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hybrid_vehicle_mode_status, Unset):
            hybrid_vehicle_mode_status = self.hybrid_vehicle_mode_status.to_dict()

        ignition_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ignition_status, Unset):
            ignition_status = self.ignition_status.to_dict()

        indicators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = self.indicators.to_dict()

        odometer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.odometer, Unset):
            odometer = self.odometer.to_dict()

        oil_life_remaining: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oil_life_remaining, Unset):
            oil_life_remaining = self.oil_life_remaining.to_dict()

        outside_temperature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outside_temperature, Unset):
            outside_temperature = self.outside_temperature.to_dict()

        panic_alarm_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.panic_alarm_status, Unset):
            panic_alarm_status = self.panic_alarm_status.to_dict()

        parking_brake_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parking_brake_status, Unset):
            parking_brake_status = self.parking_brake_status.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        remote_start_countdown_timer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_start_countdown_timer, Unset):
            remote_start_countdown_timer = self.remote_start_countdown_timer.to_dict()

        seat_belt_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seat_belt_status, Unset):
            seat_belt_status = []
            for seat_belt_status_item_data in self.seat_belt_status:
                seat_belt_status_item = seat_belt_status_item_data.to_dict()
                seat_belt_status.append(seat_belt_status_item)

        speed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.to_dict()

        tire_pressure: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tire_pressure, Unset):
            tire_pressure = []
            for tire_pressure_item_data in self.tire_pressure:
                tire_pressure_item = tire_pressure_item_data.to_dict()
                tire_pressure.append(tire_pressure_item)

        tire_pressure_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tire_pressure_status, Unset):
            tire_pressure_status = []
            for tire_pressure_status_item_data in self.tire_pressure_status:
                tire_pressure_status_item = tire_pressure_status_item_data.to_dict()
                tire_pressure_status.append(tire_pressure_status_item)

        tire_pressure_system_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tire_pressure_system_status, Unset):
            tire_pressure_system_status = []
            for tire_pressure_system_status_item_data in self.tire_pressure_system_status:
                tire_pressure_system_status_item = tire_pressure_system_status_item_data.to_dict()
                tire_pressure_system_status.append(tire_pressure_system_status_item)

        torque_at_transmission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.torque_at_transmission, Unset):
            torque_at_transmission = self.torque_at_transmission.to_dict()

        trip_fuel_economy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trip_fuel_economy, Unset):
            trip_fuel_economy = self.trip_fuel_economy.to_dict()

        trip_xev_battery_distance_accumulated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trip_xev_battery_distance_accumulated, Unset):
            trip_xev_battery_distance_accumulated = self.trip_xev_battery_distance_accumulated.to_dict()

        vehicle_life_cycle_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle_life_cycle_mode, Unset):
            vehicle_life_cycle_mode = self.vehicle_life_cycle_mode.to_dict()

        wheel_torque_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wheel_torque_status, Unset):
            wheel_torque_status = self.wheel_torque_status.to_dict()

        window_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.window_status, Unset):
            window_status = []
            for window_status_item_data in self.window_status:
                window_status_item = window_status_item_data.to_dict()
                window_status.append(window_status_item)

        xev_battery_charge_display_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_charge_display_status, Unset):
            xev_battery_charge_display_status = self.xev_battery_charge_display_status.to_dict()

        xev_battery_charger_current_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_charger_current_output, Unset):
            xev_battery_charger_current_output = self.xev_battery_charger_current_output.to_dict()

        xev_battery_charger_voltage_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_charger_voltage_output, Unset):
            xev_battery_charger_voltage_output = self.xev_battery_charger_voltage_output.to_dict()

        xev_battery_io_current: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_io_current, Unset):
            xev_battery_io_current = self.xev_battery_io_current.to_dict()

        xev_battery_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_range, Unset):
            xev_battery_range = self.xev_battery_range.to_dict()

        xev_battery_state_of_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_state_of_charge, Unset):
            xev_battery_state_of_charge = self.xev_battery_state_of_charge.to_dict()

        xev_battery_time_to_full_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_battery_time_to_full_charge, Unset):
            xev_battery_time_to_full_charge = self.xev_battery_time_to_full_charge.to_dict()

        xev_charge_station_communication_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_charge_station_communication_status, Unset):
            xev_charge_station_communication_status = self.xev_charge_station_communication_status.to_dict()

        xev_charge_station_power_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_charge_station_power_type, Unset):
            xev_charge_station_power_type = self.xev_charge_station_power_type.to_dict()

        xev_plug_charger_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xev_plug_charger_status, Unset):
            xev_plug_charger_status = self.xev_plug_charger_status.to_dict()

        yaw_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yaw_rate, Unset):
            yaw_rate = self.yaw_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if accelerator_pedal_position is not UNSET:
            field_dict["acceleratorPedalPosition"] = accelerator_pedal_position
        if alarm_status is not UNSET:
            field_dict["alarmStatus"] = alarm_status
        if ambient_temp is not UNSET:
            field_dict["ambientTemp"] = ambient_temp
        if anonymity_status is not UNSET:
            field_dict["anonymityStatus"] = anonymity_status
        if battery_load_status is not UNSET:
            field_dict["batteryLoadStatus"] = battery_load_status
        if battery_state_of_charge is not UNSET:
            field_dict["batteryStateOfCharge"] = battery_state_of_charge
        if battery_voltage is not UNSET:
            field_dict["batteryVoltage"] = battery_voltage
        if brake_pedal_status is not UNSET:
            field_dict["brakePedalStatus"] = brake_pedal_status
        if brake_torque is not UNSET:
            field_dict["brakeTorque"] = brake_torque
        if compass_direction is not UNSET:
            field_dict["compassDirection"] = compass_direction
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if custom_metrics is not UNSET:
            field_dict["customMetrics"] = custom_metrics
        if diesel_exhaust_fluid_level is not UNSET:
            field_dict["dieselExhaustFluidLevel"] = diesel_exhaust_fluid_level
        if door_lock_status is not UNSET:
            field_dict["doorLockStatus"] = door_lock_status
        if door_status is not UNSET:
            field_dict["doorStatus"] = door_status
        if engine_coolant_temp is not UNSET:
            field_dict["engineCoolantTemp"] = engine_coolant_temp
        if engine_speed is not UNSET:
            field_dict["engineSpeed"] = engine_speed
        if fuel_level is not UNSET:
            field_dict["fuelLevel"] = fuel_level
        if fuel_range is not UNSET:
            field_dict["fuelRange"] = fuel_range
        if gear_lever_position is not UNSET:
            field_dict["gearLeverPosition"] = gear_lever_position
        if heading is not UNSET:
            field_dict["heading"] = heading
        if hood_status is not UNSET:
            field_dict["hoodStatus"] = hood_status
        if hybrid_vehicle_mode_status is not UNSET:
            field_dict["hybridVehicleModeStatus"] = hybrid_vehicle_mode_status
        if ignition_status is not UNSET:
            field_dict["ignitionStatus"] = ignition_status
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if odometer is not UNSET:
            field_dict["odometer"] = odometer
        if oil_life_remaining is not UNSET:
            field_dict["oilLifeRemaining"] = oil_life_remaining
        if outside_temperature is not UNSET:
            field_dict["outsideTemperature"] = outside_temperature
        if panic_alarm_status is not UNSET:
            field_dict["panicAlarmStatus"] = panic_alarm_status
        if parking_brake_status is not UNSET:
            field_dict["parkingBrakeStatus"] = parking_brake_status
        if position is not UNSET:
            field_dict["position"] = position
        if remote_start_countdown_timer is not UNSET:
            field_dict["remoteStartCountdownTimer"] = remote_start_countdown_timer
        if seat_belt_status is not UNSET:
            field_dict["seatBeltStatus"] = seat_belt_status
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tire_pressure is not UNSET:
            field_dict["tirePressure"] = tire_pressure
        if tire_pressure_status is not UNSET:
            field_dict["tirePressureStatus"] = tire_pressure_status
        if tire_pressure_system_status is not UNSET:
            field_dict["tirePressureSystemStatus"] = tire_pressure_system_status
        if torque_at_transmission is not UNSET:
            field_dict["torqueAtTransmission"] = torque_at_transmission
        if trip_fuel_economy is not UNSET:
            field_dict["tripFuelEconomy"] = trip_fuel_economy
        if trip_xev_battery_distance_accumulated is not UNSET:
            field_dict["tripXevBatteryDistanceAccumulated"] = trip_xev_battery_distance_accumulated
        if vehicle_life_cycle_mode is not UNSET:
            field_dict["vehicleLifeCycleMode"] = vehicle_life_cycle_mode
        if wheel_torque_status is not UNSET:
            field_dict["wheelTorqueStatus"] = wheel_torque_status
        if window_status is not UNSET:
            field_dict["windowStatus"] = window_status
        if xev_battery_charge_display_status is not UNSET:
            field_dict["xevBatteryChargeDisplayStatus"] = xev_battery_charge_display_status
        if xev_battery_charger_current_output is not UNSET:
            field_dict["xevBatteryChargerCurrentOutput"] = xev_battery_charger_current_output
        if xev_battery_charger_voltage_output is not UNSET:
            field_dict["xevBatteryChargerVoltageOutput"] = xev_battery_charger_voltage_output
        if xev_battery_io_current is not UNSET:
            field_dict["xevBatteryIoCurrent"] = xev_battery_io_current
        if xev_battery_range is not UNSET:
            field_dict["xevBatteryRange"] = xev_battery_range
        if xev_battery_state_of_charge is not UNSET:
            field_dict["xevBatteryStateOfCharge"] = xev_battery_state_of_charge
        if xev_battery_time_to_full_charge is not UNSET:
            field_dict["xevBatteryTimeToFullCharge"] = xev_battery_time_to_full_charge
        if xev_charge_station_communication_status is not UNSET:
            field_dict["xevChargeStationCommunicationStatus"] = xev_charge_station_communication_status
        if xev_charge_station_power_type is not UNSET:
            field_dict["xevChargeStationPowerType"] = xev_charge_station_power_type
        if xev_plug_charger_status is not UNSET:
            field_dict["xevPlugChargerStatus"] = xev_plug_charger_status
        if yaw_rate is not UNSET:
            field_dict["yawRate"] = yaw_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _acceleration = d.pop("acceleration", UNSET)
        acceleration: AccelerationMetric | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = AccelerationMetric.from_dict(_acceleration)

        _accelerator_pedal_position = d.pop("acceleratorPedalPosition", UNSET)
        accelerator_pedal_position: NumberMetric | Unset
        if isinstance(_accelerator_pedal_position, Unset):
            accelerator_pedal_position = UNSET
        else:
            accelerator_pedal_position = NumberMetric.from_dict(_accelerator_pedal_position)

        _alarm_status = d.pop("alarmStatus", UNSET)
        alarm_status: AlarmStatusMetric | Unset
        if isinstance(_alarm_status, Unset):
            alarm_status = UNSET
        else:
            alarm_status = AlarmStatusMetric.from_dict(_alarm_status)

        _ambient_temp = d.pop("ambientTemp", UNSET)
        ambient_temp: NumberMetric | Unset
        if isinstance(_ambient_temp, Unset):
            ambient_temp = UNSET
        else:
            ambient_temp = NumberMetric.from_dict(_ambient_temp)

        _anonymity_status = d.pop("anonymityStatus", UNSET)
        anonymity_status: OnOffMetric | Unset
        if isinstance(_anonymity_status, Unset):
            anonymity_status = UNSET
        else:
            anonymity_status = OnOffMetric.from_dict(_anonymity_status)

        _battery_load_status = d.pop("batteryLoadStatus", UNSET)
        battery_load_status: BatteryLoadStatusMetric | Unset
        if isinstance(_battery_load_status, Unset):
            battery_load_status = UNSET
        else:
            battery_load_status = BatteryLoadStatusMetric.from_dict(_battery_load_status)

        _battery_state_of_charge = d.pop("batteryStateOfCharge", UNSET)
        battery_state_of_charge: BatteryMetric | Unset
        if isinstance(_battery_state_of_charge, Unset):
            battery_state_of_charge = UNSET
        else:
            battery_state_of_charge = BatteryMetric.from_dict(_battery_state_of_charge)

        _battery_voltage = d.pop("batteryVoltage", UNSET)
        battery_voltage: BatteryMetric | Unset
        if isinstance(_battery_voltage, Unset):
            battery_voltage = UNSET
        else:
            battery_voltage = BatteryMetric.from_dict(_battery_voltage)

        _brake_pedal_status = d.pop("brakePedalStatus", UNSET)
        brake_pedal_status: OnOffMetric | Unset
        if isinstance(_brake_pedal_status, Unset):
            brake_pedal_status = UNSET
        else:
            brake_pedal_status = OnOffMetric.from_dict(_brake_pedal_status)

        _brake_torque = d.pop("brakeTorque", UNSET)
        brake_torque: NumberMetric | Unset
        if isinstance(_brake_torque, Unset):
            brake_torque = UNSET
        else:
            brake_torque = NumberMetric.from_dict(_brake_torque)

        _compass_direction = d.pop("compassDirection", UNSET)
        compass_direction: CompassDirectionMetric | Unset
        if isinstance(_compass_direction, Unset):
            compass_direction = UNSET
        else:
            compass_direction = CompassDirectionMetric.from_dict(_compass_direction)

        _configurations = d.pop("configurations", UNSET)
        configurations: Configurations | Unset
        if isinstance(_configurations, Unset):
            configurations = UNSET
        else:
            configurations = Configurations.from_dict(_configurations)

        _custom_metrics = d.pop("customMetrics", UNSET)
        custom_metrics: GenericMetrics | Unset
        if isinstance(_custom_metrics, Unset):
            custom_metrics = UNSET
        else:
            custom_metrics = GenericMetrics.from_dict(_custom_metrics)

        _diesel_exhaust_fluid_level = d.pop("dieselExhaustFluidLevel", UNSET)
        diesel_exhaust_fluid_level: NumberMetric | Unset
        if isinstance(_diesel_exhaust_fluid_level, Unset):
            diesel_exhaust_fluid_level = UNSET
        else:
            diesel_exhaust_fluid_level = NumberMetric.from_dict(_diesel_exhaust_fluid_level)

        _door_lock_status = d.pop("doorLockStatus", UNSET)
        door_lock_status: list[DoorLockStatusMetric] | Unset = UNSET
        if _door_lock_status is not UNSET:
            door_lock_status = []
            for door_lock_status_item_data in _door_lock_status:
                door_lock_status_item = DoorLockStatusMetric.from_dict(door_lock_status_item_data)

                door_lock_status.append(door_lock_status_item)

        _door_status = d.pop("doorStatus", UNSET)
        door_status: list[DoorStatusMetric] | Unset = UNSET
        if _door_status is not UNSET:
            door_status = []
            for door_status_item_data in _door_status:
                door_status_item = DoorStatusMetric.from_dict(door_status_item_data)

                door_status.append(door_status_item)

        _engine_coolant_temp = d.pop("engineCoolantTemp", UNSET)
        engine_coolant_temp: NumberMetric | Unset
        if isinstance(_engine_coolant_temp, Unset):
            engine_coolant_temp = UNSET
        else:
            engine_coolant_temp = NumberMetric.from_dict(_engine_coolant_temp)

        _engine_speed = d.pop("engineSpeed", UNSET)
        engine_speed: NumberMetric | Unset
        if isinstance(_engine_speed, Unset):
            engine_speed = UNSET
        else:
            engine_speed = NumberMetric.from_dict(_engine_speed)

        _fuel_level = d.pop("fuelLevel", UNSET)
        fuel_level: NumberMetric | Unset
        if isinstance(_fuel_level, Unset):
            fuel_level = UNSET
        else:
            fuel_level = NumberMetric.from_dict(_fuel_level)

        _fuel_range = d.pop("fuelRange", UNSET)
        fuel_range: NumberMetric | Unset
        if isinstance(_fuel_range, Unset):
            fuel_range = UNSET
        else:
            fuel_range = NumberMetric.from_dict(_fuel_range)

        _gear_lever_position = d.pop("gearLeverPosition", UNSET)
        gear_lever_position: GearLeverPositionMetric | Unset
        if isinstance(_gear_lever_position, Unset):
            gear_lever_position = UNSET
        else:
            gear_lever_position = GearLeverPositionMetric.from_dict(_gear_lever_position)

        _heading = d.pop("heading", UNSET)
        heading: HeadingMetric | Unset
        if isinstance(_heading, Unset):
            heading = UNSET
        else:
            heading = HeadingMetric.from_dict(_heading)

        _hood_status = d.pop("hoodStatus", UNSET)
        hood_status: HoodStatusMetric | Unset
        if isinstance(_hood_status, Unset):
            hood_status = UNSET
        else:
            hood_status = HoodStatusMetric.from_dict(_hood_status)

        _hybrid_vehicle_mode_status = d.pop("hybridVehicleModeStatus", UNSET)
        hybrid_vehicle_mode_status: TextMetric | Unset
        if isinstance(_hybrid_vehicle_mode_status, Unset):
            hybrid_vehicle_mode_status = UNSET
        else:
            hybrid_vehicle_mode_status = TextMetric.from_dict(_hybrid_vehicle_mode_status)

        _ignition_status = d.pop("ignitionStatus", UNSET)
        ignition_status: OnOffMetric | Unset
        if isinstance(_ignition_status, Unset):
            ignition_status = UNSET
        else:
            ignition_status = OnOffMetric.from_dict(_ignition_status)

        _indicators = d.pop("indicators", UNSET)
        indicators: Indicators | Unset
        if isinstance(_indicators, Unset):
            indicators = UNSET
        else:
            indicators = Indicators.from_dict(_indicators)

        _odometer = d.pop("odometer", UNSET)
        odometer: NumberMetric | Unset
        if isinstance(_odometer, Unset):
            odometer = UNSET
        else:
            odometer = NumberMetric.from_dict(_odometer)

        _oil_life_remaining = d.pop("oilLifeRemaining", UNSET)
        oil_life_remaining: NumberMetric | Unset
        if isinstance(_oil_life_remaining, Unset):
            oil_life_remaining = UNSET
        else:
            oil_life_remaining = NumberMetric.from_dict(_oil_life_remaining)

        _outside_temperature = d.pop("outsideTemperature", UNSET)
        outside_temperature: NumberMetric | Unset
        if isinstance(_outside_temperature, Unset):
            outside_temperature = UNSET
        else:
            outside_temperature = NumberMetric.from_dict(_outside_temperature)

        _panic_alarm_status = d.pop("panicAlarmStatus", UNSET)
        panic_alarm_status: TextMetric | Unset
        if isinstance(_panic_alarm_status, Unset):
            panic_alarm_status = UNSET
        else:
            panic_alarm_status = TextMetric.from_dict(_panic_alarm_status)

        _parking_brake_status = d.pop("parkingBrakeStatus", UNSET)
        parking_brake_status: ParkingBrakeStatusMetric | Unset
        if isinstance(_parking_brake_status, Unset):
            parking_brake_status = UNSET
        else:
            parking_brake_status = ParkingBrakeStatusMetric.from_dict(_parking_brake_status)

        _position = d.pop("position", UNSET)
        position: PositionMetric | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionMetric.from_dict(_position)

        _remote_start_countdown_timer = d.pop("remoteStartCountdownTimer", UNSET)
        remote_start_countdown_timer: NumberMetric | Unset
        if isinstance(_remote_start_countdown_timer, Unset):
            remote_start_countdown_timer = UNSET
        else:
            remote_start_countdown_timer = NumberMetric.from_dict(_remote_start_countdown_timer)

        _seat_belt_status = d.pop("seatBeltStatus", UNSET)
        seat_belt_status: list[SeatBeltStatusMetric] | Unset = UNSET
        if _seat_belt_status is not UNSET:
            seat_belt_status = []
            for seat_belt_status_item_data in _seat_belt_status:
                seat_belt_status_item = SeatBeltStatusMetric.from_dict(seat_belt_status_item_data)

                seat_belt_status.append(seat_belt_status_item)

        _speed = d.pop("speed", UNSET)
        speed: NumberMetric | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = NumberMetric.from_dict(_speed)

        _tire_pressure = d.pop("tirePressure", UNSET)
        tire_pressure: list[TirePressureMetric] | Unset = UNSET
        if _tire_pressure is not UNSET:
            tire_pressure = []
            for tire_pressure_item_data in _tire_pressure:
                tire_pressure_item = TirePressureMetric.from_dict(tire_pressure_item_data)

                tire_pressure.append(tire_pressure_item)

        _tire_pressure_status = d.pop("tirePressureStatus", UNSET)
        tire_pressure_status: list[TirePressureStatusMetric] | Unset = UNSET
        if _tire_pressure_status is not UNSET:
            tire_pressure_status = []
            for tire_pressure_status_item_data in _tire_pressure_status:
                tire_pressure_status_item = TirePressureStatusMetric.from_dict(tire_pressure_status_item_data)

                tire_pressure_status.append(tire_pressure_status_item)

        _tire_pressure_system_status = d.pop("tirePressureSystemStatus", UNSET)
        tire_pressure_system_status: list[TirePressureSystemStatusMetric] | Unset = UNSET
        if _tire_pressure_system_status is not UNSET:
            tire_pressure_system_status = []
            for tire_pressure_system_status_item_data in _tire_pressure_system_status:
                tire_pressure_system_status_item = TirePressureSystemStatusMetric.from_dict(
                    tire_pressure_system_status_item_data
                )

                tire_pressure_system_status.append(tire_pressure_system_status_item)

        _torque_at_transmission = d.pop("torqueAtTransmission", UNSET)
        torque_at_transmission: NumberMetric | Unset
        if isinstance(_torque_at_transmission, Unset):
            torque_at_transmission = UNSET
        else:
            torque_at_transmission = NumberMetric.from_dict(_torque_at_transmission)

        _trip_fuel_economy = d.pop("tripFuelEconomy", UNSET)
        trip_fuel_economy: TripMetric | Unset
        if isinstance(_trip_fuel_economy, Unset):
            trip_fuel_economy = UNSET
        else:
            trip_fuel_economy = TripMetric.from_dict(_trip_fuel_economy)

        _trip_xev_battery_distance_accumulated = d.pop("tripXevBatteryDistanceAccumulated", UNSET)
        trip_xev_battery_distance_accumulated: TripMetric | Unset
        if isinstance(_trip_xev_battery_distance_accumulated, Unset):
            trip_xev_battery_distance_accumulated = UNSET
        else:
            trip_xev_battery_distance_accumulated = TripMetric.from_dict(_trip_xev_battery_distance_accumulated)

        _vehicle_life_cycle_mode = d.pop("vehicleLifeCycleMode", UNSET)
        vehicle_life_cycle_mode: TextMetric | Unset
        if isinstance(_vehicle_life_cycle_mode, Unset):
            vehicle_life_cycle_mode = UNSET
        else:
            vehicle_life_cycle_mode = TextMetric.from_dict(_vehicle_life_cycle_mode)

        _wheel_torque_status = d.pop("wheelTorqueStatus", UNSET)
        wheel_torque_status: OnOffMetric | Unset
        if isinstance(_wheel_torque_status, Unset):
            wheel_torque_status = UNSET
        else:
            wheel_torque_status = OnOffMetric.from_dict(_wheel_torque_status)

        _window_status = d.pop("windowStatus", UNSET)
        window_status: list[WindowStatusMetric] | Unset = UNSET
        if _window_status is not UNSET:
            window_status = []
            for window_status_item_data in _window_status:
                window_status_item = WindowStatusMetric.from_dict(window_status_item_data)

                window_status.append(window_status_item)

        _xev_battery_charge_display_status = d.pop("xevBatteryChargeDisplayStatus", UNSET)
        xev_battery_charge_display_status: ChargeDisplayStatusMetric | Unset
        if isinstance(_xev_battery_charge_display_status, Unset):
            xev_battery_charge_display_status = UNSET
        else:
            xev_battery_charge_display_status = ChargeDisplayStatusMetric.from_dict(_xev_battery_charge_display_status)

        _xev_battery_charger_current_output = d.pop("xevBatteryChargerCurrentOutput", UNSET)
        xev_battery_charger_current_output: NumberMetric | Unset
        if isinstance(_xev_battery_charger_current_output, Unset):
            xev_battery_charger_current_output = UNSET
        else:
            xev_battery_charger_current_output = NumberMetric.from_dict(_xev_battery_charger_current_output)

        _xev_battery_charger_voltage_output = d.pop("xevBatteryChargerVoltageOutput", UNSET)
        xev_battery_charger_voltage_output: NumberMetric | Unset
        if isinstance(_xev_battery_charger_voltage_output, Unset):
            xev_battery_charger_voltage_output = UNSET
        else:
            xev_battery_charger_voltage_output = NumberMetric.from_dict(_xev_battery_charger_voltage_output)

        _xev_battery_io_current = d.pop("xevBatteryIoCurrent", UNSET)
        xev_battery_io_current: NumberMetric | Unset
        if isinstance(_xev_battery_io_current, Unset):
            xev_battery_io_current = UNSET
        else:
            xev_battery_io_current = NumberMetric.from_dict(_xev_battery_io_current)

        _xev_battery_range = d.pop("xevBatteryRange", UNSET)
        xev_battery_range: NumberMetric | Unset
        if isinstance(_xev_battery_range, Unset):
            xev_battery_range = UNSET
        else:
            xev_battery_range = NumberMetric.from_dict(_xev_battery_range)

        _xev_battery_state_of_charge = d.pop("xevBatteryStateOfCharge", UNSET)
        xev_battery_state_of_charge: NumberMetric | Unset
        if isinstance(_xev_battery_state_of_charge, Unset):
            xev_battery_state_of_charge = UNSET
        else:
            xev_battery_state_of_charge = NumberMetric.from_dict(_xev_battery_state_of_charge)

        _xev_battery_time_to_full_charge = d.pop("xevBatteryTimeToFullCharge", UNSET)
        xev_battery_time_to_full_charge: NumberMetric | Unset
        if isinstance(_xev_battery_time_to_full_charge, Unset):
            xev_battery_time_to_full_charge = UNSET
        else:
            xev_battery_time_to_full_charge = NumberMetric.from_dict(_xev_battery_time_to_full_charge)

        _xev_charge_station_communication_status = d.pop("xevChargeStationCommunicationStatus", UNSET)
        xev_charge_station_communication_status: TextMetric | Unset
        if isinstance(_xev_charge_station_communication_status, Unset):
            xev_charge_station_communication_status = UNSET
        else:
            xev_charge_station_communication_status = TextMetric.from_dict(_xev_charge_station_communication_status)

        _xev_charge_station_power_type = d.pop("xevChargeStationPowerType", UNSET)
        xev_charge_station_power_type: TextMetric | Unset
        if isinstance(_xev_charge_station_power_type, Unset):
            xev_charge_station_power_type = UNSET
        else:
            xev_charge_station_power_type = TextMetric.from_dict(_xev_charge_station_power_type)

        _xev_plug_charger_status = d.pop("xevPlugChargerStatus", UNSET)
        xev_plug_charger_status: PlugChargerStatusMetric | Unset
        if isinstance(_xev_plug_charger_status, Unset):
            xev_plug_charger_status = UNSET
        else:
            xev_plug_charger_status = PlugChargerStatusMetric.from_dict(_xev_plug_charger_status)

        _yaw_rate = d.pop("yawRate", UNSET)
        yaw_rate: NumberMetric | Unset
        if isinstance(_yaw_rate, Unset):
            yaw_rate = UNSET
        else:
            yaw_rate = NumberMetric.from_dict(_yaw_rate)

        metrics = cls(
            acceleration=acceleration,
            accelerator_pedal_position=accelerator_pedal_position,
            alarm_status=alarm_status,
            ambient_temp=ambient_temp,
            anonymity_status=anonymity_status,
            battery_load_status=battery_load_status,
            battery_state_of_charge=battery_state_of_charge,
            battery_voltage=battery_voltage,
            brake_pedal_status=brake_pedal_status,
            brake_torque=brake_torque,
            compass_direction=compass_direction,
            configurations=configurations,
            custom_metrics=custom_metrics,
            diesel_exhaust_fluid_level=diesel_exhaust_fluid_level,
            door_lock_status=door_lock_status,
            door_status=door_status,
            engine_coolant_temp=engine_coolant_temp,
            engine_speed=engine_speed,
            fuel_level=fuel_level,
            fuel_range=fuel_range,
            gear_lever_position=gear_lever_position,
            heading=heading,
            hood_status=hood_status,
            hybrid_vehicle_mode_status=hybrid_vehicle_mode_status,
            ignition_status=ignition_status,
            indicators=indicators,
            odometer=odometer,
            oil_life_remaining=oil_life_remaining,
            outside_temperature=outside_temperature,
            panic_alarm_status=panic_alarm_status,
            parking_brake_status=parking_brake_status,
            position=position,
            remote_start_countdown_timer=remote_start_countdown_timer,
            seat_belt_status=seat_belt_status,
            speed=speed,
            tire_pressure=tire_pressure,
            tire_pressure_status=tire_pressure_status,
            tire_pressure_system_status=tire_pressure_system_status,
            torque_at_transmission=torque_at_transmission,
            trip_fuel_economy=trip_fuel_economy,
            trip_xev_battery_distance_accumulated=trip_xev_battery_distance_accumulated,
            vehicle_life_cycle_mode=vehicle_life_cycle_mode,
            wheel_torque_status=wheel_torque_status,
            window_status=window_status,
            xev_battery_charge_display_status=xev_battery_charge_display_status,
            xev_battery_charger_current_output=xev_battery_charger_current_output,
            xev_battery_charger_voltage_output=xev_battery_charger_voltage_output,
            xev_battery_io_current=xev_battery_io_current,
            xev_battery_range=xev_battery_range,
            xev_battery_state_of_charge=xev_battery_state_of_charge,
            xev_battery_time_to_full_charge=xev_battery_time_to_full_charge,
            xev_charge_station_communication_status=xev_charge_station_communication_status,
            xev_charge_station_power_type=xev_charge_station_power_type,
            xev_plug_charger_status=xev_plug_charger_status,
            yaw_rate=yaw_rate,
        )

        metrics.additional_properties = d
        return metrics

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
from ..models.acceleration_metric import AccelerationMetric
from ..models.alarm_status_metric import AlarmStatusMetric
from ..models.battery_load_status_metric import BatteryLoadStatusMetric
from ..models.battery_metric import BatteryMetric
from ..models.charge_display_status_metric import ChargeDisplayStatusMetric
from ..models.compass_direction_metric import CompassDirectionMetric
from ..models.configurations import Configurations
from ..models.door_lock_status_metric import DoorLockStatusMetric
from ..models.door_status_metric import DoorStatusMetric
from ..models.gear_lever_position_metric import GearLeverPositionMetric
from ..models.generic_metrics import GenericMetrics
from ..models.heading_metric import HeadingMetric
from ..models.hood_status_metric import HoodStatusMetric
from ..models.indicators import Indicators
from ..models.number_metric import NumberMetric
from ..models.on_off_metric import OnOffMetric
from ..models.parking_brake_status_metric import ParkingBrakeStatusMetric
from ..models.plug_charger_status_metric import PlugChargerStatusMetric
from ..models.position_metric import PositionMetric
from ..models.seat_belt_status_metric import SeatBeltStatusMetric
from ..models.text_metric import TextMetric
from ..models.tire_pressure_metric import TirePressureMetric
from ..models.tire_pressure_status_metric import TirePressureStatusMetric
from ..models.tire_pressure_system_status_metric import TirePressureSystemStatusMetric
from ..models.trip_metric import TripMetric
from ..models.window_status_metric import WindowStatusMetric
