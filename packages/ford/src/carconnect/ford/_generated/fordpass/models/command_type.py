from enum import StrEnum


class CommandType(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    CANCEL_GLOBAL_CHARGE_COMMAND = "cancelGlobalChargeCommand"
    CANCEL_REMOTE_START = "cancelRemoteStart"
    DISABLE_DEPARTURE_TIMES = "disableDepartureTimes"
    ENABLE_DEPARTURE_TIMES = "enableDepartureTimes"
    EXTEND_ON_DEMAND_PRECONDITIONING = "extendOnDemandPreconditioning"
    LOCK = "lock"
    PAUSE_GLOBAL_CHARGE_COMMAND = "pauseGlobalChargeCommand"
    PPO_REFRESH = "ppoRefresh"
    PPO_REFRESH_CONTINUOUS = "ppoRefreshContinuous"
    PPO_REFRESH_CONTINUOUS_CANCEL = "ppoRefreshContinuousCancel"
    PUBLISH_ASU_SETTINGS_COMMAND = "publishASUSettingsCommand"
    REMOTE_START = "remoteStart"
    START_GLOBAL_CHARGE_COMMAND = "startGlobalChargeCommand"
    START_ON_DEMAND_PRECONDITIONING = "startOnDemandPreconditioning"
    START_PANIC_CUE = "startPanicCue"
    START_TRAILER_LIGHT_CHECK = "startTrailerLightCheck"
    STATUS_REFRESH = "statusRefresh"
    STOP_ON_DEMAND_PRECONDITIONING = "stopOnDemandPreconditioning"
    STOP_TRAILER_LIGHT_CHECK = "stopTrailerLightCheck"
    UNLOCK = "unlock"
    UPDATE_DEPARTURE_TIMES = "updateDepartureTimes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CommandType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "CommandType":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, CommandType] = {member.value: member for member in CommandType}
