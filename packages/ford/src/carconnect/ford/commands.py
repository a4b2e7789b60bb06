"""Command handles: a command Ford accepted, and waiting for its outcome without getting locked out.

Ford runs commands asynchronously: FordConnect answers 202 with a ``commandId`` to poll, FordPass
answers 201 and reports the outcome in the vehicle's telemetry ``states``. A handle keeps what Ford
answered (``accepted``) and can :meth:`CommandHandle.wait` for the outcome:

* polls with a growing delay (2 s, then x1.5, at most 30 s apart) on the client's clock, within a
  deadline (5 minutes) and a bounded number of polls (15), because Ford locks accounts that poll
  too much;
* returns a :class:`CommandResult` on success, raises :class:`~carconnect.core.CommandFailedError`
  with Ford's reason (deep sleep, preclusion, the vehicle's error code) on failure, and
  :class:`CommandPendingError` when the deadline passes while Ford still reports it pending;
* never sends the command again.

The waiting logic is one generator (:func:`wait_flow`); the sync and async handles only drive it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, NamedTuple, TypedDict, TypeVar

from carconnect.core import CarConnectError, Clock, CommandFailedError, NotCapableError

A = TypeVar("A")
R = TypeVar("R")
P = TypeVar("P")

Outcome = Literal["pending", "succeeded", "failed"]


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


@dataclass(frozen=True)
class WaitPolicy:
    """How :meth:`CommandHandle.wait` polls: growing delays, a deadline and a poll budget."""

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


class CommandPendingError(CarConnectError):
    """The deadline or poll budget ran out while Ford still reported the command as pending.

    The command may still run: check the vehicle before sending it again.
    """

    def __init__(self, message: str, *, command: str, command_id: str, status: str | None, polls: int) -> None:
        super().__init__(message)
        self.message = message
        self.command = command
        self.command_id = command_id
        self.status = status
        self.polls = polls


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


def wait_flow(
    command: str,
    command_id: str,
    policy: WaitPolicy,
    clock: Clock,
    initial: CommandProgress[Any] | None = None,
) -> Generator[Step, CommandProgress[R] | None, CommandResult[R]]:
    """Poll until the command succeeds or fails, within ``policy``; ``initial`` is what the acceptance said."""
    if initial is not None and initial.outcome == "failed":
        raise failed_error(command, command_id, initial)
    started = clock.monotonic()
    status = initial.status if initial is not None else None
    polls = 0
    while polls < policy.max_polls:
        remaining = policy.timeout - (clock.monotonic() - started)
        if remaining <= 0:
            break
        yield Sleep(min(policy.delay(polls), remaining))
        progress = yield Poll()
        assert progress is not None
        polls += 1
        status = progress.status
        if progress.outcome == "succeeded":
            return CommandResult(command, command_id, progress.status, polls, progress.response)
        if progress.outcome == "failed":
            raise failed_error(command, command_id, progress)
    raise CommandPendingError(
        f"{command} {command_id} still pending ({status}) after {polls} polls; it may still run",
        command=command,
        command_id=command_id,
        status=status,
        polls=polls,
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
class _HandleBase(Generic[A, R, P]):
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

    @property
    def can_wait(self) -> bool:
        """False for commands Ford gives no status route (wake, charging, location refresh)."""
        return self.poll is not None

    def _flow(self, policy: WaitPolicy | None) -> Generator[Step, CommandProgress[R] | None, CommandResult[R]]:
        return wait_flow(self.command, self.command_id, policy or self.policy, self.clock, self.initial)

    def _no_route(self) -> NotCapableError:
        return NotCapableError(
            f"Ford offers no status route for {self.command}; read the vehicle's state instead",
            code="no_status_route",
        )


class CommandHandle(_HandleBase[A, R, Callable[[], R]]):
    """A command Ford accepted (sync). ``wait()`` polls for its outcome; ``status()`` looks once."""

    def status(self) -> CommandProgress[R]:
        """Poll once and classify (no waiting, no error for a failure)."""
        if self.poll is None:
            raise self._no_route()
        return self.classify(self.poll())

    def wait(self, policy: WaitPolicy | None = None) -> CommandResult[R]:
        """Wait for the outcome (see the module docstring); ``policy`` overrides the handle's."""
        if self.poll is None:
            raise self._no_route()
        flow, reply = self._flow(policy), None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, Sleep):
                self.clock.sleep(step.seconds)
                reply = None
            else:
                reply = self.classify(self.poll())


class AsyncCommandHandle(_HandleBase[A, R, Callable[[], Awaitable[R]]]):
    """Async twin of :class:`CommandHandle`: ``await handle.wait()``."""

    async def status(self) -> CommandProgress[R]:
        if self.poll is None:
            raise self._no_route()
        return self.classify(await self.poll())

    async def wait(self, policy: WaitPolicy | None = None) -> CommandResult[R]:
        if self.poll is None:
            raise self._no_route()
        flow, reply = self._flow(policy), None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, Sleep):
                await self.clock.asleep(step.seconds)
                reply = None
            else:
                reply = self.classify(await self.poll())


__all__ = [
    "AsyncCommandHandle",
    "CommandHandle",
    "CommandPendingError",
    "CommandProgress",
    "CommandResult",
    "WaitPolicy",
]
