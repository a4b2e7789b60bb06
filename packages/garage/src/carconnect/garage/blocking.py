"""The garage for code without an event loop: the same API, every call blocking.

:class:`BlockingGarage` runs one async :class:`Garage` on a private event-loop thread (anyio's blocking
portal) and waits for each call there, so sync and async share one implementation. Give it the async
brand clients, as to :class:`Garage`; they are used on that thread only. Progress callbacks run on it
too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Mapping
from concurrent.futures import CancelledError
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

from anyio.from_thread import BlockingPortal, start_blocking_portal

from carconnect.core import CarConnectError, ClientClosedError

from .events import EventHub, Update
from .garage import FailedLogin, Garage
from .model import Command, CommandOutcome, Field, ProgressCallback, Status, VehicleInfo
from .vehicle import DEFAULT_COMMAND_WAIT, Vehicle, _Identity

T = TypeVar("T")


Closed = Callable[[], bool]
"""Whether the garage was closed (its loop stops, or has stopped, running calls)."""


def _on_loop(portal: BlockingPortal, closed: Closed, function: Callable[..., Awaitable[T]], *args: Any) -> T:
    """``function(*args)`` run on the portal's loop; a call the garage's close cut off (cancelled, or
    made once the loop had stopped) is a ``ClientClosedError``."""
    try:
        return portal.call(function, *args)
    except (CancelledError, RuntimeError) as error:
        if not closed():
            raise
        raise ClientClosedError("the garage was closed: make a new one, or use it inside `with`") from error


def _iterate(portal: BlockingPortal, closed: Closed, stream: AsyncIterator[T]) -> Generator[T, None, None]:
    """``stream`` read item by item on the portal's loop; closing the iterator closes the stream there.
    A read still waiting when the garage closes ends with a ``ClientClosedError``."""
    try:
        while True:
            try:
                yield _on_loop(portal, closed, stream.__anext__)
            except StopAsyncIteration:
                return
    finally:
        closing = getattr(stream, "aclose", None)
        if closing is not None and not closed():
            portal.call(closing)


def _open() -> bool:
    return False


class BlockingVehicle(_Identity):
    """One car of a :class:`BlockingGarage`: :class:`Vehicle`'s API with blocking calls."""

    def __init__(self, vehicle: Vehicle, portal: BlockingPortal, *, closed: Closed = _open) -> None:
        self.vehicle = vehicle
        """The async :class:`Vehicle` behind it (use it only on the garage's loop)."""
        self._portal = portal
        self._closed = closed

    def __repr__(self) -> str:
        return f"Blocking{self.vehicle!r}"

    @property
    def info(self) -> VehicleInfo:
        """Who the car is (the async vehicle's :attr:`Vehicle.info`)."""
        return self.vehicle.info

    def status(self, fields: Iterable[Field | str] | None = None) -> Status:
        """See :meth:`Vehicle.status`."""
        wanted = None if fields is None else list(fields)
        return _on_loop(self._portal, self._closed, self.vehicle.status, wanted)

    def command(
        self,
        command: Command | str,
        *,
        progress: ProgressCallback | None = None,
        wait: float = DEFAULT_COMMAND_WAIT,
    ) -> CommandOutcome:
        """See :meth:`Vehicle.command`: blocks until the vendor reports the outcome or ``wait`` ends."""

        async def run() -> CommandOutcome:
            return await self.vehicle.command(command, progress=progress, wait=wait)

        return _on_loop(self._portal, self._closed, run)

    def lock(self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT) -> CommandOutcome:
        return self.command(Command.LOCK, progress=progress, wait=wait)

    def unlock(self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT) -> CommandOutcome:
        return self.command(Command.UNLOCK, progress=progress, wait=wait)

    def start_charging(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return self.command(Command.START_CHARGING, progress=progress, wait=wait)

    def stop_charging(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return self.command(Command.STOP_CHARGING, progress=progress, wait=wait)

    def start_climate(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return self.command(Command.START_CLIMATE, progress=progress, wait=wait)

    def stop_climate(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return self.command(Command.STOP_CLIMATE, progress=progress, wait=wait)

    def honk_flash(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return self.command(Command.HONK_FLASH, progress=progress, wait=wait)

    def events(
        self,
        *,
        every: float | None = None,
        poll: bool = True,
        hub: EventHub | None = None,
        fields: Iterable[Field | str] | None = None,
    ) -> Generator[Update, None, None]:
        """See :meth:`Vehicle.events`: a blocking iterator; closing it (or leaving a ``for`` loop) ends the stream."""
        wanted = None if fields is None else list(fields)

        async def start() -> AsyncIterator[Update]:
            return self.vehicle.events(every=every, poll=poll, hub=hub, fields=wanted)

        return _iterate(self._portal, self._closed, _on_loop(self._portal, self._closed, start))


@dataclass(frozen=True)
class BlockingFleetResult(Generic[T]):
    """One car's answer in a fleet read of a :class:`BlockingGarage`: its value or its typed error."""

    vehicle: BlockingVehicle
    value: T | None = None
    error: CarConnectError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class BlockingGarage:
    """:class:`Garage` for sync code: every car of several brand logins, every call blocking.

    ``clients`` and ``options`` are :class:`Garage`'s.
    ``with BlockingGarage(clients) as garage:`` closes the clients and stops the garage's loop thread
    at the end; otherwise call :meth:`close`.
    """

    def __init__(self, clients: Iterable[Any] = (), *, options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._portal_context: AbstractContextManager[BlockingPortal] = start_blocking_portal()
        self._portal = self._portal_context.__enter__()
        self._closed = False
        try:
            self.garage = Garage(clients, options=options)
            """The async :class:`Garage` behind it (use it only on the garage's loop)."""
        except BaseException:  # a client it cannot take: the loop thread must not outlive the error
            self._portal_context.__exit__(None, None, None)
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every client given to the garage, then stop its loop thread. Idempotent.

        Calls still waiting on the loop then (an event stream read in another thread) end with a
        ``ClientClosedError``, as do calls made afterwards.
        """
        if self._closed:
            return
        self._closed = True
        try:
            self._portal.call(self.garage.aclose)
        finally:
            try:
                self._portal.call(self._portal.stop, True)  # cancels what still waits: close never hangs
            finally:
                self._portal_context.__exit__(None, None, None)

    def _is_closed(self) -> bool:
        return self._closed

    def vehicles(self, *, failed: list[FailedLogin] | None = None) -> list[BlockingVehicle]:
        """See :meth:`Garage.vehicles`."""

        async def listing() -> list[Vehicle]:
            return await self.garage.vehicles(failed=failed)

        found = _on_loop(self._portal, self._is_closed, listing)
        return [BlockingVehicle(vehicle, self._portal, closed=self._is_closed) for vehicle in found]

    def each(
        self, action: Callable[[Vehicle], Awaitable[T]], vehicles: Iterable[BlockingVehicle]
    ) -> Generator[BlockingFleetResult[T], None, None]:
        """See :meth:`Garage.each`: ``action`` is a coroutine function run on the garage's loop."""
        wrapped = {id(vehicle.vehicle): vehicle for vehicle in vehicles}

        async def start() -> AsyncIterator[Any]:
            return self.garage.each(action, [vehicle.vehicle for vehicle in wrapped.values()])

        stream = _on_loop(self._portal, self._is_closed, start)
        for result in _iterate(self._portal, self._is_closed, stream):
            yield BlockingFleetResult(wrapped[id(result.vehicle)], result.value, result.error)

    def statuses(
        self, vehicles: Iterable[BlockingVehicle], fields: Iterable[Field | str] | None = None
    ) -> Generator[BlockingFleetResult[Status], None, None]:
        """The status of every car in ``vehicles``, as each arrives (see :meth:`Garage.statuses`)."""
        wanted = None if fields is None else list(fields)

        async def status(vehicle: Vehicle) -> Status:
            return await vehicle.status(wanted)

        return self.each(status, vehicles)


__all__ = ["BlockingFleetResult", "BlockingGarage", "BlockingVehicle"]
