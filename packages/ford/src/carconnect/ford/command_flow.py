"""Waiting for a command's outcome, free of I/O: what the sync and async handles share.

:func:`wait_flow` is one generator that asks its driver to sleep or to poll once, and decides from
each :class:`CommandProgress` whether to go on; :class:`HandleBase` is the data both handles carry.
The handles themselves are in :mod:`carconnect.ford.commands`. Progress is logged on the
``carconnect.ford`` logger, each record naming the command, its id, the vehicle it was sent to and,
for a ``for_user`` view named with ``key=``, the user (``unlock 2241... to vehicle 8d43... for user
alice``), then Ford's status; never a token: each poll at DEBUG, each outcome (succeeded, failed,
unknown, gave up waiting) at INFO, also when it is raised to the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, NamedTuple, TypedDict, TypeVar

from carconnect.core import (
    ApiError,
    CarConnectError,
    Clock,
    CommandFailedError,
    NotCapableError,
    RateLimitError,
    ServerError,
    TransportError,
    VehicleUnavailableError,
)
from carconnect.core.users import for_whom

logger = logging.getLogger("carconnect.ford")

A = TypeVar("A")
R = TypeVar("R")
P = TypeVar("P")

Outcome = Literal["pending", "succeeded", "failed", "unknown"]
"""``unknown``: Ford no longer knows the command id (it expired, or never existed), so whether the
command ran cannot be read from Ford any more."""

CHECK_FIRST = "read the vehicle's state before sending it again"
FORGOTTEN = f"Ford no longer knows the command id (unknown or expired): {CHECK_FIRST}"


@dataclass(frozen=True)
class CommandProgress(Generic[R]):
    """One look at a command: ``outcome``, Ford's raw ``status``, and the answer it came from."""

    outcome: Outcome
    status: str | None
    response: R
    reason: str | None = None
    """Ford's explanation of a failure (e.g. ``COMMANDS_PRECLUDED_BY_DEEP_SLEEP``)."""
    code: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CommandResult(Generic[R]):
    """A command that succeeded: its final status, the answer that said so, and how many polls it took."""

    command: str
    command_id: str
    status: str | None
    polls: int
    response: R


Settled = Literal["succeeded", "failed", "unknown"]


@dataclass(frozen=True)
class CommandReport(Generic[R]):
    """What became of an accepted command, as :meth:`CommandHandle.outcome` reports it without raising.

    ``unknown``: the command may have run or may still run (still pending at the deadline, an id Ford
    forgot, no status route, or a poll that failed); read the vehicle's state before sending it again.
    """

    command: str
    command_id: str
    outcome: Settled
    status: str | None
    """Ford's last status of the command; ``None`` when no poll told one."""
    reason: str | None = None
    """Why it failed or why its outcome is unknown; ``None`` when it succeeded."""
    code: str | None = None
    """Ford's error code of a failure."""
    polls: int = 0
    """How many polls were made (failed ones included)."""
    response: R | None = None
    """The answer that reported success."""


@dataclass(frozen=True)
class WaitPolicy:
    """How :meth:`CommandHandle.wait` polls: growing delays, a deadline and a poll budget.

    FordConnect clients default to :data:`CONNECT_WAIT`, whose deadline ends before Ford forgets the
    command id; FordPass clients to :data:`DEFAULT_WAIT`.
    """

    timeout: float = 300.0
    """Seconds from the start of waiting after which no poll starts."""
    max_polls: int = 15
    first_delay: float = 2.0
    multiplier: float = 1.5
    max_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.max_polls < 1 or self.first_delay < 0 or self.multiplier < 1:
            raise ValueError("timeout and max_polls must be positive, delays non-negative, multiplier >= 1")

    def delay(self, poll: int) -> float:
        """Seconds to wait before poll number ``poll`` (0-based)."""
        return float(min(self.first_delay * self.multiplier**poll, self.max_delay))


DEFAULT_WAIT = WaitPolicy()

COMMAND_ID_LIFETIME = 120.0
"""Seconds FordConnect keeps a command id after accepting the command; a poll after that finds none."""

CONNECT_WAIT = WaitPolicy(timeout=100.0)
"""FordConnect's default: every poll starts well within :data:`COMMAND_ID_LIFETIME` of the acceptance."""


class CommandPendingError(CarConnectError):
    """The command's outcome is not known: the deadline or poll budget ran out while Ford still
    reported it pending or its polls failed (the last poll's error is the ``__cause__``), or Ford no
    longer knows its id (``status`` ``EMPTY``).

    The command may have run or may still run: check the vehicle before sending it again. The message
    names the command, its id and (when known) the vehicle it was sent to, also kept as ``vehicle``.
    """

    may_have_run = True

    def __init__(
        self,
        message: str,
        *,
        command: str,
        command_id: str,
        status: str | None,
        polls: int,
        vehicle: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.command = command
        self.command_id = command_id
        self.status = status
        self.polls = polls
        self.vehicle = vehicle


class Sleep(NamedTuple):
    """Ask the driver to wait."""

    seconds: float


class Poll(NamedTuple):
    """Ask the driver to poll once and send back the :class:`CommandProgress`."""


Step = Sleep | Poll


def failed_error(command: str, command_id: str, progress: CommandProgress[Any]) -> CommandFailedError:
    """The error for a failed command, with Ford's reason."""
    reason = progress.reason or f"Ford reported {progress.status or 'a failure'}"
    details = {"command": command, "command_id": command_id, "status": progress.status, **progress.details}
    return CommandFailedError(f"{command} failed: {reason}", code=progress.code or progress.status, details=details)


def command_name(command: str, command_id: str, vehicle: str | None = None) -> str:
    """How messages name a command: ``unlock 2241...``, then `` to vehicle 8d43...`` when the vehicle is known."""
    return f"{command} {command_id} to vehicle {vehicle}" if vehicle else f"{command} {command_id}"


def unknown_error(
    command: str, command_id: str, progress: CommandProgress[Any], polls: int, vehicle: str | None = None
) -> CommandPendingError:
    """The error for a command whose outcome Ford can no longer tell (see :data:`Outcome`)."""
    return CommandPendingError(
        f"{command_name(command, command_id, vehicle)}: outcome unknown: {progress.reason or FORGOTTEN}",
        command=command,
        command_id=command_id,
        status=progress.status,
        polls=polls,
        vehicle=vehicle,
    )


TRANSIENT_POLL_ERRORS: tuple[type[CarConnectError], ...] = (
    TransportError,
    ServerError,
    RateLimitError,
    VehicleUnavailableError,
)
"""Poll failures :func:`wait_flow` polls on after (no answer, a 5xx, a 429, the backend unreachable),
waiting at least the ``Retry-After`` they carry; any other poll failure ends the wait."""


def poll_failed_error(
    command: str,
    command_id: str,
    status: str | None,
    polls: int,
    error: CarConnectError,
    vehicle: str | None = None,
) -> CommandPendingError:
    """The error for a command whose outcome polling could not read (``error``: the last poll's;
    ``status``: the last one Ford told in a poll)."""
    return CommandPendingError(
        f"{command_name(command, command_id, vehicle)}: outcome unknown: Ford accepted the command, then "
        f"polling its outcome failed after {polls} polls ({type(error).__name__}: {error}): {CHECK_FIRST}",
        command=command,
        command_id=command_id,
        status=status,
        polls=polls,
        vehicle=vehicle,
    )


def wait_flow(
    command: str,
    command_id: str,
    policy: WaitPolicy,
    clock: Clock,
    initial: CommandProgress[Any] | None = None,
    *,
    vehicle: str | None = None,
    whom: str = "",
) -> Generator[Step, CommandProgress[R] | None, CommandResult[R]]:
    """Poll until the command succeeds or fails, within ``policy``; ``initial`` is what the acceptance said.

    ``vehicle`` (the vehicle id or VIN the command was sent to) is named in every record and in a
    :class:`CommandPendingError`'s message; ``whom`` (:func:`~carconnect.core.users.for_whom` when
    the command was sent: `` for user alice``) follows it in every record.

    A driver whose poll fails throws the poll's :class:`~carconnect.core.CarConnectError` in at the
    :class:`Poll` step. That is not the command's failure: after one of :data:`TRANSIENT_POLL_ERRORS`
    the flow polls on within ``policy``, the next poll at least the error's ``retry_after`` later
    (capped by the deadline); when the deadline or poll budget runs out with the last poll failed,
    or after any other poll failure, it raises :class:`CommandPendingError` from that error.
    """
    name = command_name(command, command_id, vehicle)
    subject = f"{name}{whom}"
    if initial is not None and initial.outcome == "failed":
        logger.info("%s: failed (%s) when Ford accepted it", subject, initial.status)
        raise failed_error(command, command_id, initial)
    started = clock.monotonic()
    status = initial.status if initial is not None else None
    polls = 0
    told: str | None = None  # the status of the last poll Ford answered
    failure: CarConnectError | None = None
    while polls < policy.max_polls:
        remaining = policy.timeout - (clock.monotonic() - started)
        if remaining <= 0:
            break
        stated = failure.retry_after if isinstance(failure, ApiError) else None
        delay = min(max(policy.delay(polls), stated or 0.0), remaining)
        logger.debug("%s: %s, poll %d in %.1f s", subject, status or "accepted", polls + 1, delay)
        yield Sleep(delay)
        try:
            progress = yield Poll()
        except CarConnectError as error:
            polls += 1
            failure = error
            if isinstance(error, TRANSIENT_POLL_ERRORS):
                logger.debug("%s: poll %d failed (%s)", subject, polls, type(error).__name__)
                continue
            logger.info("%s: outcome unknown, poll %d failed (%s)", subject, polls, type(error).__name__)
            raise poll_failed_error(command, command_id, told, polls, error, vehicle) from error
        assert progress is not None
        polls += 1
        failure = None
        status = told = progress.status
        if progress.outcome == "succeeded":
            logger.info("%s: succeeded (%s) after %d polls", subject, status, polls)
            return CommandResult(command, command_id, progress.status, polls, progress.response)
        if progress.outcome == "failed":
            logger.info("%s: failed (%s) after %d polls", subject, status, polls)
            raise failed_error(command, command_id, progress)
        if progress.outcome == "unknown":
            logger.info("%s: outcome unknown, Ford no longer knows the command after %d polls", subject, polls)
            raise unknown_error(command, command_id, progress, polls, vehicle)
    if failure is not None:
        logger.info(
            "%s: outcome unknown, polling failed (%s) until the wait ended after %d polls",
            subject,
            type(failure).__name__,
            polls,
        )
        raise poll_failed_error(command, command_id, told, polls, failure, vehicle) from failure
    logger.info("%s: still %s after %d polls; gave up waiting", subject, status, polls)
    raise CommandPendingError(
        f"{name} still pending ({status}) after {polls} polls; it may still run",
        command=command,
        command_id=command_id,
        status=status,
        polls=polls,
        vehicle=vehicle,
    )


class HandleArgs(TypedDict, Generic[A, R]):
    """Everything a handle needs besides its ``poll`` (built once for the sync and the async handle)."""

    command: str
    vehicle: str
    command_id: str
    accepted: A
    clock: Clock
    classify: Callable[[R], CommandProgress[R]]
    initial: CommandProgress[Any] | None
    policy: WaitPolicy


@dataclass
class HandleBase(Generic[A, R, P]):
    """What the sync and async handles share; they differ only in ``poll`` (sync or async; ``None``
    when Ford has no status route). Only this base is a dataclass: one class to build at import."""

    command: str
    """Ford's name of the command (``lock``, ``startEngine``, ``remoteStart``...)."""
    vehicle: str
    """The vehicle id or VIN it was sent to."""
    command_id: str
    accepted: A
    """What Ford answered when it accepted the command (the generated model)."""
    clock: Clock
    classify: Callable[[R], CommandProgress[R]]
    initial: CommandProgress[Any] | None = None
    policy: WaitPolicy = DEFAULT_WAIT
    poll: P | None = None
    whom: str = field(default_factory=for_whom)
    """Whom the command was sent for, as records name it: `` for user alice`` when it was sent
    through a ``for_user`` view named with ``key=``, else empty (taken when the handle is made)."""

    @property
    def can_wait(self) -> bool:
        """False for commands Ford gives no status route (wake, charging, location refresh)."""
        return self.poll is not None

    def _flow(self, policy: WaitPolicy | None) -> Generator[Step, CommandProgress[R] | None, CommandResult[R]]:
        return wait_flow(
            self.command,
            self.command_id,
            policy or self.policy,
            self.clock,
            self.initial,
            vehicle=self.vehicle,
            whom=self.whom,
        )

    def _forgotten(self) -> CommandProgress[Any]:
        """A status poll Ford answered 404: it no longer knows the command id (unknown, or expired
        two minutes after acceptance), so the outcome is unknown (there is no answer to keep)."""
        return CommandProgress("unknown", "EMPTY", None, reason=FORGOTTEN, code="EMPTY")

    def _gone(self) -> CommandPendingError:
        return unknown_error(self.command, self.command_id, self._forgotten(), polls=1, vehicle=self.vehicle)

    def _report(self, result: CommandResult[R]) -> CommandReport[R]:
        return CommandReport(
            self.command, self.command_id, "succeeded", result.status, polls=result.polls, response=result.response
        )

    def _report_error(self, error: CarConnectError, polls: int) -> CommandReport[R]:
        """The report of a command whose wait raised ``error`` after Ford accepted it and answered
        ``polls`` of its polls."""
        if isinstance(error, CommandFailedError):
            status = error.details.get("status")
            return CommandReport(self.command, self.command_id, "failed", status, error.message, error.code, polls)
        if isinstance(error, CommandPendingError):
            return CommandReport(
                self.command, self.command_id, "unknown", error.status, error.message, polls=error.polls
            )
        reason = f"Ford accepted the command, then polling its outcome failed ({type(error).__name__}: {error})"
        return CommandReport(self.command, self.command_id, "unknown", None, f"{reason}: {CHECK_FIRST}", polls=polls)

    def _no_route_report(self) -> CommandReport[R]:
        reason = f"Ford accepted the command and reports no outcome for it: {CHECK_FIRST}"
        return CommandReport(self.command, self.command_id, "unknown", None, reason)

    def _no_route(self) -> NotCapableError:
        return NotCapableError(
            f"Ford offers no status route for {self.command}; read the vehicle's state instead",
            code="no_status_route",
        )
