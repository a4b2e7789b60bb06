from enum import StrEnum


class Permission(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    CONTROL_CHARGE = "control_charge"
    CONTROL_CLIMATE = "control_climate"
    CONTROL_NAVIGATION = "control_navigation"
    CONTROL_PIN = "control_pin"
    CONTROL_SECURITY = "control_security"
    CONTROL_TRUNK = "control_trunk"
    READ_ALERTS = "read_alerts"
    READ_BATTERY = "read_battery"
    READ_CHARGE = "read_charge"
    READ_CHARGE_EVENTS = "read_charge_events"
    READ_CHARGE_LOCATIONS = "read_charge_locations"
    READ_CHARGE_RECORDS = "read_charge_records"
    READ_CLIMATE = "read_climate"
    READ_COMPASS = "read_compass"
    READ_DIAGNOSTICS = "read_diagnostics"
    READ_ENGINE_OIL = "read_engine_oil"
    READ_EXTENDED_VEHICLE_INFO = "read_extended_vehicle_info"
    READ_FUEL = "read_fuel"
    READ_LOCATION = "read_location"
    READ_ODOMETER = "read_odometer"
    READ_SECURITY = "read_security"
    READ_SERVICE_HISTORY = "read_service_history"
    READ_SPEEDOMETER = "read_speedometer"
    READ_THERMOMETER = "read_thermometer"
    READ_TIRES = "read_tires"
    READ_USER_PROFILE = "read_user_profile"
    READ_VEHICLE_INFO = "read_vehicle_info"
    READ_VIN = "read_vin"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Permission | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "Permission":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, Permission] = {member.value: member for member in Permission}
