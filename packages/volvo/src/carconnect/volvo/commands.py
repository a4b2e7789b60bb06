"""What a Volvo command call returns: the raw ``invokeStatus``, whether it worked, and the message.

Volvo answers a command synchronously (no job to poll). ``COMPLETED`` means done; for the door
commands (lock, lock with reduced guard, unlock) ``DELIVERED`` counts as done too. Anything else (``REJECTED``,
``VEHICLE_IN_SLEEP``, ``TIMEOUT``, ``UNKNOWN``, a status Volvo adds later...) is a failure the caller
decides about: commands are never re-sent automatically. An answer that the command was accepted and
has not finished (``WAITING``, ``RUNNING``, ``SENT``, also as a 202) is returned the same way, not
succeeded; the car may still carry it out, so read its state before sending it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carconnect.core import CommandFailedError, VehicleStateError

from ._generated.connected_vehicle import models as cv_models
from ._generated.connected_vehicle.types import Unset

if TYPE_CHECKING:
    from ._generated.connected_vehicle.models import CommandResponse, InvokeStatus, UnlockResponse

SUCCESS = frozenset({"COMPLETED"})
LOCK_SUCCESS = frozenset({"COMPLETED", "DELIVERED"})
"""What counts as done for the door commands (:data:`DOOR_COMMANDS`)."""
DOOR_COMMANDS = frozenset({"lock", "lock-reduced-guard", "unlock"})
ASLEEP = frozenset({"VEHICLE_IN_SLEEP", "CAR_IN_SLEEP_MODE"})
UNFINISHED = frozenset({"WAITING", "RUNNING", "SENT"})
REFUSED = frozenset(
    {
        "REJECTED",
        "CAR_ERROR",
        *ASLEEP,
        "UNABLE_TO_LOCK_DOOR_OPEN",
        "UNLOCK_TIME_FRAME_PASSED",
        "NOT_SUPPORTED",
        "NOT_ALLOWED_PRIVACY_ENABLED",
        "NOT_ALLOWED_WRONG_USAGE_MODE",
        "INVOCATION_SPECIFIC_ERROR",
    }
)
"""Statuses saying the command did not and will not run; any other status of a command that did not
succeed (still on its way, timed out, unknown, one Volvo adds later) leaves its outcome open."""


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


@dataclass(frozen=True)
class CommandResult:
    """Outcome of one command invocation.

    ``invoke_status`` is Volvo's status as an :class:`InvokeStatus` (a string enum; a status Volvo adds
    later keeps its raw value, ``is_known`` false; ``None`` when the answer had none);
    ``ready_to_unlock`` and ``ready_to_unlock_until`` (seconds) are only set by ``unlock``.
    """

    command: str
    vin: str | None
    invoke_status: InvokeStatus | None
    succeeded: bool
    message: str | None = None
    ready_to_unlock: bool | None = None
    ready_to_unlock_until: int | None = None

    @property
    def may_have_run(self) -> bool:
        """Whether a command that did not succeed may still run or have run: its status is not one of
        :data:`REFUSED` (read the car's state before sending it again)."""
        return not self.succeeded and self.invoke_status not in REFUSED

    @classmethod
    def from_response(cls, command: str, response: CommandResponse | UnlockResponse) -> CommandResult:
        """Read a generated command answer; ``command`` is the path name (``lock``, ``honk-flash``...)."""
        data = response.data
        status = _value(data.invoke_status)
        accepted = LOCK_SUCCESS if command in DOOR_COMMANDS else SUCCESS
        unlock = response.data if isinstance(response, cv_models.UnlockResponse) else None
        return cls(
            command=command,
            vin=_value(data.vin),
            invoke_status=status,
            succeeded=status in accepted,
            message=_value(data.message),
            ready_to_unlock=_value(unlock.ready_to_unlock) if unlock is not None else None,
            ready_to_unlock_until=_value(unlock.ready_to_unlock_until) if unlock is not None else None,
        )

    def raise_for_status(self) -> CommandResult:
        """Return ``self`` if the command succeeded, else raise :class:`~carconnect.core.CommandFailedError`
        (:class:`~carconnect.core.VehicleStateError` when the car is asleep: a state it can leave,
        ``code`` keeps Volvo's status). Its ``may_have_run`` is true unless the status is one of
        :data:`REFUSED`: read the car's state before sending the command again."""
        if self.succeeded:
            return self
        error_class = VehicleStateError if self.invoke_status in ASLEEP else CommandFailedError
        if self.invoke_status in UNFINISHED:
            message = (
                f"{self.command} was accepted and had not finished (invokeStatus {self.invoke_status}): "
                "read the car's state before sending it again"
            )
        else:
            message = self.message or f"{self.command} ended with invokeStatus {self.invoke_status}"
        code = None if self.invoke_status is None else str(self.invoke_status)
        error = error_class(message, code=code, details={"command": self.command, "vin": self.vin})
        error.may_have_run = self.may_have_run
        raise error
