"""What every brand adapter provides, and the helpers the adapters share to read vendor values."""

from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from collections.abc import Coroutine, Hashable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from carconnect.core import (
    SYSTEM_CLOCK,
    ApiError,
    CarConnectError,
    Clock,
    CommandFailedError,
    NotCapableError,
    VehicleStateError,
    VehicleUnavailableError,
)

from ..model import (
    Command,
    CommandOutcome,
    DriverSide,
    Field,
    Outcome,
    Progress,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from ..units import Kind, Quantity, UnitError, quantity
from .sends import Sends

logger = logging.getLogger("carconnect.garage")
T = TypeVar("T")


@dataclass(frozen=True)
class Pushed:
    """Readings a vendor stream pushed for one car, with the vendor's names of the values behind each."""

    status: Status
    vendor_keys: Mapping[Field, tuple[str, ...]] = field(default_factory=dict)


Feed = asyncio.Queue[Pushed | CarConnectError]
"""What a vendor stream pushes for one car; a typed error ends it."""


class Adapter(ABC):
    """One brand client seen through the common API. Subclasses live in ``carconnect.garage.adapters.<brand>``."""

    brand: ClassVar[str]
    max_concurrency: ClassVar[int] = 4
    """Fleet reads in flight at once through this client (the vendor's limits decide)."""
    poll_interval: ClassVar[float] = 300.0
    """Default seconds between two polls of the event stream."""
    min_poll_interval: ClassVar[float] = 60.0
    """The shortest poll interval that stays within the vendor's quota; shorter ones are raised to it."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.limit = asyncio.Semaphore(self.max_concurrency)
        """Held by every request of a vehicle call through this adapter (a read, a command's request,
        not the wait for a command's outcome): at most :attr:`max_concurrency` at once."""
        self.shared: dict[Hashable, Any] = {}
        """Connections shared with the other adapters of the same garage, by key (a garage hands every
        adapter one dict): BMW keeps one CarData stream per GCID there."""
        self.sends = Sends()
        """Command requests still on their way (their answer may no longer be awaited)."""
        self.closed = asyncio.Event()
        """Set when the adapter starts closing: event streams waiting on it end at once."""

    @property
    def clock(self) -> Clock:
        """The client's clock (its ``clock=`` option): every wait of the garage runs on it."""
        found = getattr(self.client, "clock", None)
        return found if found is not None else SYSTEM_CLOCK

    async def aclose(self) -> None:
        """Close the client (and whatever the adapter opened on it), once the command requests still
        on their way have ended."""
        self.closed.set()
        await self.sends.drain()
        await self.client.aclose()

    async def subscribe(self, vehicle: VehicleInfo) -> Feed | None:
        """A feed of what the vendor's stream pushes for ``vehicle``, or ``None`` when events poll instead."""
        return None

    async def unsubscribe(self, vehicle: VehicleInfo, feed: Feed) -> None:  # noqa: B027 - nothing to stop by default
        """Stop filling ``feed`` (from :meth:`subscribe`)."""

    @abstractmethod
    async def vehicles(self) -> list[VehicleInfo]:
        """Every car of this login, with its capabilities."""

    @abstractmethod
    async def status(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Status:
        """The requested fields, with the fewest vendor calls that cover them."""

    async def command(
        self, vehicle: VehicleInfo, command: Command, *, progress: ProgressCallback | None, wait: float
    ) -> CommandOutcome:
        """Send ``command`` and wait for the vendor's completion signal; refuse an unsupported one before any call."""
        if command not in vehicle.capabilities.commands:
            raise NotCapableError(f"{self.brand} vehicle {vehicle.id} cannot {command.value.replace('_', ' ')}")
        report = progress or _ignore
        report(Progress(command, "sending"))
        try:
            outcome = await self._command(vehicle, command, report, wait)
        except TimeoutError:
            outcome = CommandOutcome(command, Outcome.TIMED_OUT, reason=unanswered(wait))
        except CarConnectError as error:
            if not error.may_have_run:
                raise
            outcome = CommandOutcome(command, Outcome.TIMED_OUT, reason=unsettled(error))
        report(Progress(command, "done", outcome.outcome.value))
        logger.info("%s %s on %s: %s", self.brand, command.value, vehicle.id, outcome.outcome.value)
        return outcome

    @abstractmethod
    async def _command(
        self, vehicle: VehicleInfo, command: Command, progress: ProgressCallback, wait: float
    ) -> CommandOutcome:
        """Run a supported command, waiting at most ``wait`` seconds (``TimeoutError``: timed out)."""

    async def send(self, request: Coroutine[Any, Any, T], vehicle: VehicleInfo, command: Command, wait: float) -> T:
        """Send a command whose request is also its answer: the request always goes out, and ``wait``
        bounds only the wait for its answer, on :attr:`clock` (``TimeoutError``: timed out)."""
        what = f"{self.brand} {command.value} on {vehicle.id}"
        return await self.sends.answer(request, within=wait, clock=self.clock, what=what)


def unanswered(wait: float) -> str:
    """The reason of a command sent without an answer within ``wait`` seconds."""
    waited = "not waited for" if wait <= 0 else f"no answer within {wait:g} s"
    return f"{waited}: the command was sent and may still run; read the car's state before sending it again"


COMMAND_FAILURES = (CommandFailedError, VehicleStateError, VehicleUnavailableError)
"""Errors by which a vendor says a command failed or could not run (unless it may have run all the same)."""


def refused(command: Command, error: ApiError) -> CommandOutcome:
    """The ``failed`` outcome of a command the vendor refused with ``error`` (one of :data:`COMMAND_FAILURES`);
    ``error`` is raised again when the command may have run all the same (a 5xx: the vendor's word
    does not settle it), which :meth:`Adapter.command` reports as ``timed_out``."""
    if error.may_have_run:
        raise error
    return CommandOutcome(command, Outcome.FAILED, vendor_status=error.code, reason=error.message)


def unsettled(error: CarConnectError) -> str:
    """The reason of a command the vendor took but answered with an error that leaves its outcome open."""
    what = " ".join(str(error).split())
    return f"{what}: the command reached the vendor and may have run; read the car's state before sending it again"


def _ignore(_: Progress) -> None:
    return None


# -- reading vendor values -----------------------------------------------------------------------


def parse_time(value: object) -> datetime | None:
    """A vendor timestamp: ISO 8601 text (``Z`` too), a datetime, or epoch milliseconds; ``None`` when absent."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, UTC) if value > 0 else None
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def measured(kind: Kind, value: object, unit: object, timestamp: datetime | None, what: str) -> Reading[Quantity]:
    """A reading of ``value`` in ``unit``: unknown when the value is missing or unreadable."""
    if value is None or value == "" or not isinstance(unit, str):
        return Reading.unknown(f"no {what} value" if value is None or value == "" else f"{what} has no unit")
    if not isinstance(value, int | float | str) or isinstance(value, bool):
        return Reading.unknown(f"{what} is not a number: {value!r}")
    try:
        return Reading.known(quantity(kind, value, unit), timestamp)
    except UnitError as error:
        return Reading.unknown(f"{what}: {error}")


def flag(value: object, timestamp: datetime | None, *, true: set[str], false: set[str], what: str) -> Reading[bool]:
    """A yes/no reading from a bool or one of the vendor's words (case-insensitive)."""
    if isinstance(value, bool):
        return Reading.known(value, timestamp)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in true:
            return Reading.known(True, timestamp)
        if word in false:
            return Reading.known(False, timestamp)
        return Reading.unknown(f"{what} reported as {value!r}")
    return Reading.unknown(f"no {what} value")


def newest(stamps: list[datetime | None]) -> datetime | None:
    """The latest of several timestamps (the age of a reading put together from several values)."""
    known = [stamp for stamp in stamps if stamp is not None]
    return max(known) if known else None


def mapping(value: object) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, Mapping) else {}


STEERING: Mapping[str, DriverSide] = {"LEFT": DriverSide.LEFT, "RIGHT": DriverSide.RIGHT}
"""The steering side as vendors spell it (BMW ``basicData`` and Volvo's vehicle details)."""

SEAT_SIDES: Mapping[DriverSide, Mapping[str, str]] = {
    DriverSide.LEFT: {
        "front_driver": "front_left",
        "front_passenger": "front_right",
        "rear_driver": "rear_left",
        "rear_passenger": "rear_right",
    },
    DriverSide.RIGHT: {
        "front_driver": "front_right",
        "front_passenger": "front_left",
        "rear_driver": "rear_right",
        "rear_passenger": "rear_left",
    },
}
"""A position named by seat -> the position on each side of a car driven from ``DriverSide``."""


def driver_side(value: object) -> DriverSide | None:
    """The steering side a vendor states (any case); ``None`` (unknown) for anything else."""
    return STEERING.get(value.strip().upper()) if isinstance(value, str) else None


def sided(position: str, side: DriverSide | None) -> str:
    """A position named by seat (``front_driver``...) named by side when the steering side is known;
    the seat name when it is not, never a guess; any other position as it is."""
    return position if side is None else SEAT_SIDES[side].get(position, position)
