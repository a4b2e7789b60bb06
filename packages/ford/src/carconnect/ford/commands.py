"""Command handles: a command Ford accepted, and waiting for its outcome without getting locked out.

Ford runs commands asynchronously: FordConnect answers 202 with a ``commandId`` to poll, FordPass
answers 201 and reports the outcome in the vehicle's telemetry ``states``. A handle
(:class:`CommandHandle`, or :class:`AsyncCommandHandle` from the async clients) keeps what Ford
answered (``accepted``) and can ``wait()`` for the outcome:

* polls with a growing delay (2 s, then x1.5, at most 30 s apart) on the client's clock (its
  ``clock=`` option), within a deadline and a bounded number of polls (15), because Ford locks
  accounts that poll too much. The deadline is 100 s for FordConnect (:data:`CONNECT_WAIT`: Ford
  forgets a command id 120 s after accepting it) and 5 minutes for FordPass (:data:`DEFAULT_WAIT`);
* returns a :class:`CommandResult` on success, raises :class:`~carconnect.core.CommandFailedError`
  with Ford's reason (deep sleep, preclusion, the vehicle's error code) on failure, and
  :class:`CommandPendingError` when the outcome is unknown: the deadline passed while Ford still
  reported it pending, its polls failed (the last poll error is the ``__cause__``), or Ford no longer
  knows the command id (never a failure: the car may have carried it out);
* never sends the command again.

``outcome()`` waits the same way and reports instead of raising: a :class:`CommandReport` whose
``outcome`` is ``succeeded``, ``failed`` or ``unknown`` (also for a command without a status route,
or a poll that failed after Ford accepted it), for callers that must not lose an accepted command.

The waiting logic is one generator (:func:`~carconnect.ford.command_flow.wait_flow`); the async
handle is the source of the sync one (``tools/unasync.py``), and both only drive it.
"""

from .async_handles import AsyncCommandHandle
from .command_flow import (
    COMMAND_ID_LIFETIME,
    CONNECT_WAIT,
    DEFAULT_WAIT,
    CommandPendingError,
    CommandProgress,
    CommandReport,
    CommandResult,
    HandleArgs,
    Outcome,
    Poll,
    Sleep,
    Step,
    WaitPolicy,
    wait_flow,
)
from .handles import CommandHandle

__all__ = [
    "COMMAND_ID_LIFETIME",
    "CONNECT_WAIT",
    "DEFAULT_WAIT",
    "AsyncCommandHandle",
    "CommandHandle",
    "CommandPendingError",
    "CommandProgress",
    "CommandReport",
    "CommandResult",
    "HandleArgs",
    "Outcome",
    "Poll",
    "Sleep",
    "Step",
    "WaitPolicy",
    "wait_flow",
]
