from enum import StrEnum


class CommandName(StrEnum):
    """Open enum: a value the API adds later parses to a pseudo-member keeping the raw string."""

    CLIMATIZATION_START = "CLIMATIZATION_START"
    CLIMATIZATION_STOP = "CLIMATIZATION_STOP"
    ENGINE_START = "ENGINE_START"
    ENGINE_STOP = "ENGINE_STOP"
    FLASH = "FLASH"
    HONK = "HONK"
    HONK_AND_FLASH = "HONK_AND_FLASH"
    LOCK = "LOCK"
    LOCK_REDUCED_GUARD = "LOCK_REDUCED_GUARD"
    SEND_NAVI_POI = "SEND_NAVI_POI"
    UNLOCK = "UNLOCK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CommandName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: object) -> "CommandName":
        """The member for ``value``; a string the spec does not list gives a pseudo-member keeping it,
        anything else raises ``ValueError`` as the enum's own call does."""
        member = _MEMBERS.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not in the spec (kept as its raw string)."""
        return self._value_ in _MEMBERS


_MEMBERS: dict[str, CommandName] = {member.value: member for member in CommandName}
