"""Volvo's ``invokeStatus`` as a garage outcome.

Volvo answers a command in the request itself, sometimes before the car has finished. Success is
the Volvo package's own rule (``COMPLETED``; ``DELIVERED`` too for a lock or an unlock). A status is a failure
only when it says the command did not and will not run; anything else (still on its way, timed out,
no status, a status Volvo adds later) leaves the outcome unknown: ``timed_out``, so that a caller
reads the car before sending the command again.

- succeeded: ``COMPLETED``; ``DELIVERED`` for a lock or an unlock.
- failed (``carconnect.volvo.commands.REFUSED``): ``REJECTED``, ``CAR_ERROR``, ``VEHICLE_IN_SLEEP``,
  ``CAR_IN_SLEEP_MODE``, ``UNABLE_TO_LOCK_DOOR_OPEN``, ``UNLOCK_TIME_FRAME_PASSED``, ``NOT_SUPPORTED``,
  ``NOT_ALLOWED_PRIVACY_ENABLED``, ``NOT_ALLOWED_WRONG_USAGE_MODE``, ``INVOCATION_SPECIFIC_ERROR``.
- timed_out, still running (:data:`RUNNING`): ``WAITING``, ``RUNNING``, ``SENT``, ``DELIVERED`` (another command).
- timed_out, not known: ``TIMEOUT``, ``CAR_TIMEOUT``, ``DELIVERY_TIMEOUT``, ``CONNECTION_FAILURE``,
  ``EXPIRED``, ``UNKNOWN``, ``SUCCESS`` (not Volvo's success word for commands), no status, any other.
"""

from __future__ import annotations

from typing import Any

from ..model import Command, CommandOutcome, Outcome

RUNNING = frozenset({"WAITING", "RUNNING", "SENT", "DELIVERED"})
"""Statuses of a command on its way to the car or running there (``DELIVERED`` is a door command's success)."""


def outcome_of(command: Command, result: Any) -> CommandOutcome:
    """The outcome of a Volvo ``CommandResult`` (``invoke_status``, ``succeeded``, ``may_have_run``, ``message``)."""
    status = None if result.invoke_status is None else str(result.invoke_status)
    if result.succeeded:
        return CommandOutcome(command, Outcome.SUCCEEDED, vendor_status=status, reason=result.message)
    if not result.may_have_run:
        return CommandOutcome(command, Outcome.FAILED, vendor_status=status, reason=result.message)
    if status in RUNNING:
        why = f"Volvo reports the command {status}: it may still run"
    else:
        why = f"Volvo reports {status or 'no status'}: whether the command ran is not known"
    reason = f"{why}; read the car's state before sending it again" + (f" ({result.message})" if result.message else "")
    return CommandOutcome(command, Outcome.TIMED_OUT, vendor_status=status, reason=reason)
