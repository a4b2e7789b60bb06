from enum import StrEnum


class ErrorCode(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    ACCESS_DENIED = "ACCESS_DENIED"
    ACCOUNT_ISSUE = "ACCOUNT_ISSUE"
    ACCOUNT_SUSPENDED = "ACCOUNT_SUSPENDED"
    ASLEEP = "ASLEEP"
    AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
    CHARGE_FAULT = "CHARGE_FAULT"
    CHARGING_IN_PROGRESS = "CHARGING_IN_PROGRESS"
    CHARGING_PLUG_CONNECTED = "CHARGING_PLUG_CONNECTED"
    CHARGING_PLUG_NOT_CONNECTED = "CHARGING_PLUG_NOT_CONNECTED"
    DOOR_OPEN = "DOOR_OPEN"
    FULLY_CHARGED = "FULLY_CHARGED"
    HOOD_OPEN = "HOOD_OPEN"
    IGNITION_ON = "IGNITION_ON"
    INTERNAL = "INTERNAL"
    INVALID_DATA = "INVALID_DATA"
    INVALID_INPUT_FORMAT = "INVALID_INPUT_FORMAT"
    INVALID_PLAN = "INVALID_PLAN"
    IN_MOTION = "IN_MOTION"
    KNOWN_ISSUE = "KNOWN_ISSUE"
    MAKE_NOT_COMPATIBLE = "MAKE_NOT_COMPATIBLE"
    MULTIPLE_RECORDS_FOUND = "MULTIPLE_RECORDS_FOUND"
    NOT_CHARGING = "NOT_CHARGING"
    NO_RESPONSE = "NO_RESPONSE"
    NO_VEHICLES = "NO_VEHICLES"
    PARAMETER = "PARAMETER"
    PATH = "PATH"
    PERMISSION = "PERMISSION"
    PLATFORM_NOT_CAPABLE = "PLATFORM_NOT_CAPABLE"
    RATE_LIMIT = "RATE_LIMIT"
    RECORD_NOT_FOUND = "RECORD_NOT_FOUND"
    REMOTE_ACCESS_DISABLED = "REMOTE_ACCESS_DISABLED"
    SMARTCAR_API = "SMARTCAR_API"
    SMARTCAR_NOT_CAPABLE = "SMARTCAR_NOT_CAPABLE"
    SUBSCRIPTION = "SUBSCRIPTION"
    TRUNK_OPEN = "TRUNK_OPEN"
    UNAUTHORIZED = "UNAUTHORIZED"
    UNKNOWN = "UNKNOWN"
    UNKNOWN_ISSUE = "UNKNOWN_ISSUE"
    UNREACHABLE = "UNREACHABLE"
    VEHICLE = "VEHICLE"
    VEHICLE_LIMIT = "VEHICLE_LIMIT"
    VEHICLE_MISSING = "VEHICLE_MISSING"
    VEHICLE_NOT_CAPABLE = "VEHICLE_NOT_CAPABLE"
    VEHICLE_OFFLINE_FOR_SERVICE = "VEHICLE_OFFLINE_FOR_SERVICE"
    VEHICLE_REQUEST_LIMIT = "VEHICLE_REQUEST_LIMIT"
    VERSION = "VERSION"
    VIRTUAL_KEY_REQUIRED = "VIRTUAL_KEY_REQUIRED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "ErrorCode":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, ErrorCode] = {member.value: member for member in ErrorCode}
