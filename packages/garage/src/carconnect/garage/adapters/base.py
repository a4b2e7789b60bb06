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
    PermissionDeniedError,
    ResponseParseError,
    TransportError,
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

DAY = 86_400.0


class PollLoad:
    """The event streams polling under one quota (see :meth:`Adapter.poll_key`), each with the vendor
    calls one of its polls costs."""

    def __init__(self) -> None:
        self.costs: dict[Polling, int] = {}

    @property
    def calls_per_round(self) -> int:
        """Vendor calls made when every stream polls once."""
        return sum(self.costs.values())


class Polling:
    """One event stream polling: counted in its quota's :class:`PollLoad` until :meth:`close`."""

    def __init__(self, adapter: Adapter, load: PollLoad, cost: int) -> None:
        self.adapter, self.load = adapter, load
        load.costs[self] = cost

    def floor(self) -> float:
        """The shortest interval between two polls of this stream that keeps its quota (see
        :meth:`Adapter.poll_floor`), for the streams polling now."""
        return self.adapter.poll_floor(self.load)

    def close(self) -> None:
        self.load.costs.pop(self, None)


class Adapter(ABC):
    """One brand client seen through the common API. Subclasses live in ``carconnect.garage.adapters.<brand>``."""

    brand: ClassVar[str]
    max_concurrency: ClassVar[int] = 4
    """Fleet reads in flight at once through this client (the vendor's limits decide)."""
    poll_interval: ClassVar[float] = 300.0
    """Default seconds between two polls of the event stream."""
    min_poll_interval: ClassVar[float] = 60.0
    """The shortest poll interval of any event stream; shorter ones are raised to it (and further by
    :meth:`poll_floor` where the vendor has a daily quota)."""
    daily_calls: ClassVar[int | None] = None
    """Calls a day the vendor allows under one :meth:`poll_key` (``None``: no daily quota to budget)."""
    poll_share: ClassVar[float] = 0.5
    """The part of :meth:`daily_limit` the event streams polling under one quota may spend together;
    the rest is kept for the caller's own calls (listing, statuses, commands)."""

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

    # -- polling within the vendor's quota ------------------------------------------------------------

    def poll_key(self) -> Hashable:
        """What the vendor's daily quota counts per: the event streams of a garage polling under one
        key share :meth:`daily_limit`, whichever of its adapters they poll through (by default the
        key is this adapter's own: its login alone)."""
        return ("polls", id(self))

    def daily_limit(self) -> int | None:
        """Calls a day the vendor allows under :meth:`poll_key` (``None``: none the garage budgets)."""
        return self.daily_calls

    def poll_cost(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> int:
        """The vendor calls one poll of ``fields`` costs at most."""
        return 1

    def polling(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Polling:
        """Count an event stream polling ``fields`` of ``vehicle`` under :meth:`poll_key` until the
        returned :class:`Polling` is closed."""
        load = self.shared.get(self.poll_key())
        if not isinstance(load, PollLoad):
            load = self.shared[self.poll_key()] = PollLoad()
        return Polling(self, load, self.poll_cost(vehicle, fields))

    def poll_floor(self, load: PollLoad) -> float:
        """The shortest interval between two polls of each stream in ``load``: at least
        :attr:`min_poll_interval`, and long enough that all of them together spend at most
        :attr:`poll_share` of :meth:`daily_limit` a day."""
        limit = self.daily_limit()
        if not limit:
            return self.min_poll_interval
        return max(self.min_poll_interval, DAY * load.calls_per_round / (limit * self.poll_share))

    async def poll_wait(self) -> float:
        """Seconds a poll that is due must still wait, for the quota's sake (``0``: none)."""
        return 0.0

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


def describe(error: CarConnectError) -> str:
    """An error for a log record: its class and text (HTTP status, vendor code and message), and the
    vendor's request id when the text does not already carry it."""
    text = f"{type(error).__name__}: {error}"
    request_id = getattr(error, "request_id", None)
    if request_id and str(request_id) not in text:
        text = f"{text} (request id {request_id})"
    return text


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


# -- reads that fail on their own -----------------------------------------------------------------

READ_ERRORS = (ApiError, TransportError, ResponseParseError)
"""Errors that end one vendor read of a status: they cost the fields of that read, not the others
(a closed client or a broken token store ends the whole status)."""


def not_offered(error: CarConnectError) -> bool:
    """Whether ``error`` says the car or the login does not offer a read: the vendor finds no such
    data for it (:class:`~carconnect.core.NotCapableError`, HTTP 404 or 501) or the login may not read
    it (:class:`~carconnect.core.PermissionDeniedError`, a missing scope)."""
    if isinstance(error, NotCapableError | PermissionDeniedError):
        return True
    return isinstance(error, ApiError) and error.status_code in {404, 501}


def failed_read(vendor: str, read: str, error: CarConnectError, *, refused: bool | None = None) -> Reading[Any]:
    """The reading of a field whose vendor read ``read`` failed with ``error``: not supported when the
    read is ``refused`` (by default: :func:`not_offered`), else unknown. The reason names the error
    without its request id, so that the same refusal read again is the same reading (an event stream
    reports it once)."""
    what = getattr(error, "message", None) or " ".join(str(error).split())
    status = getattr(error, "status_code", None)
    code = getattr(error, "code", None)
    said = " ".join(str(part) for part in (f"HTTP {status}" if status else None, code) if part)
    reason = f"{vendor} {read}: {type(error).__name__}" + (f" ({said})" if said else "") + f": {what}"
    unsupported = not_offered(error) if refused is None else refused
    return Reading.not_supported(reason) if unsupported else Reading.unknown(reason)


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
