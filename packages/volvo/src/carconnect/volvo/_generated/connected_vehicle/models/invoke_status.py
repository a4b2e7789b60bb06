from enum import StrEnum


class InvokeStatus(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    CAR_ERROR = "CAR_ERROR"
    CAR_IN_SLEEP_MODE = "CAR_IN_SLEEP_MODE"
    CAR_TIMEOUT = "CAR_TIMEOUT"
    COMPLETED = "COMPLETED"
    CONNECTION_FAILURE = "CONNECTION_FAILURE"
    DELIVERED = "DELIVERED"
    DELIVERY_TIMEOUT = "DELIVERY_TIMEOUT"
    EXPIRED = "EXPIRED"
    INVOCATION_SPECIFIC_ERROR = "INVOCATION_SPECIFIC_ERROR"
    NOT_ALLOWED_PRIVACY_ENABLED = "NOT_ALLOWED_PRIVACY_ENABLED"
    NOT_ALLOWED_WRONG_USAGE_MODE = "NOT_ALLOWED_WRONG_USAGE_MODE"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    REJECTED = "REJECTED"
    RUNNING = "RUNNING"
    SENT = "SENT"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    UNABLE_TO_LOCK_DOOR_OPEN = "UNABLE_TO_LOCK_DOOR_OPEN"
    UNKNOWN = "UNKNOWN"
    UNLOCK_TIME_FRAME_PASSED = "UNLOCK_TIME_FRAME_PASSED"
    VEHICLE_IN_SLEEP = "VEHICLE_IN_SLEEP"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InvokeStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "InvokeStatus":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, InvokeStatus] = {member.value: member for member in InvokeStatus}
