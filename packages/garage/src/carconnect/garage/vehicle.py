"""One car of any brand: who it is, what it can do, its status, its commands and its event stream."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable
from dataclasses import replace
from typing import Any, Protocol

from .adapters.base import Adapter
from .events import EventHub, Update, updates
from .model import (
    ALL_FIELDS,
    Capabilities,
    Command,
    CommandOutcome,
    DriverSide,
    Field,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)

DEFAULT_COMMAND_WAIT = 300.0
"""Seconds a command waits for the vendor's completion signal before it is reported as timed out."""


def wanted_fields(fields: Iterable[Field | str] | None) -> frozenset[Field]:
    """``fields`` as a set of :class:`Field` (every field when ``None``)."""
    return ALL_FIELDS if fields is None else frozenset(Field(name) for name in fields)


class _Described(Protocol):
    @property
    def info(self) -> VehicleInfo: ...


class _Identity:
    """Who a car is and what it can do, read from its ``info`` (:class:`VehicleInfo`): the properties
    :class:`Vehicle` and :class:`~carconnect.garage.blocking.BlockingVehicle` share."""

    @property
    def brand(self: _Described) -> str:
        return self.info.brand

    @property
    def id(self: _Described) -> str:
        return self.info.id

    @property
    def vin(self: _Described) -> str | None:
        return self.info.vin

    @property
    def make(self: _Described) -> str | None:
        return self.info.make

    @property
    def model(self: _Described) -> str | None:
        return self.info.model

    @property
    def year(self: _Described) -> int | None:
        return self.info.year

    @property
    def capabilities(self: _Described) -> Capabilities:
        return self.info.capabilities

    @property
    def driver_side(self: _Described) -> DriverSide | None:
        """The steering wheel's side where the vendor says (see :attr:`VehicleInfo.driver_side`)."""
        return self.info.driver_side


class Vehicle(_Identity):
    """A car seen through the common API; get them from :meth:`Garage.vehicles`."""

    def __init__(self, info: VehicleInfo, adapter: Adapter) -> None:
        self.info = info
        self.adapter = adapter

    def __repr__(self) -> str:
        return f"Vehicle(brand={self.brand!r}, id={self.id!r}, make={self.make!r}, model={self.model!r})"

    async def status(self, fields: Iterable[Field | str] | None = None) -> Status:
        """A normalized snapshot of ``fields`` (all by default), from the fewest vendor calls that hold them."""
        wanted = wanted_fields(fields)
        readable = wanted & self.capabilities.reads
        refused: dict[str, Reading[Any]] = {
            name.value: Reading.not_supported(
                f"not in this {self.brand} car's capabilities ({self.capabilities.source})"
            )
            for name in wanted - readable
        }
        if not readable:
            return replace(Status(), **refused)
        async with self.adapter.limit:
            found = await self.adapter.status(self.info, readable)
        return replace(found, **refused)

    async def command(
        self,
        command: Command | str,
        *,
        progress: ProgressCallback | None = None,
        wait: float = DEFAULT_COMMAND_WAIT,
    ) -> CommandOutcome:
        """Run ``command`` and wait for its outcome; ``NotCapableError`` before any call if the car cannot.

        Its requests count against the login's concurrency as reads do; the wait between them does not.
        """
        return await self.adapter.command(self.info, Command(command), progress=progress, wait=wait)

    async def lock(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.LOCK, progress=progress, wait=wait)

    async def unlock(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.UNLOCK, progress=progress, wait=wait)

    async def start_charging(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.START_CHARGING, progress=progress, wait=wait)

    async def stop_charging(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.STOP_CHARGING, progress=progress, wait=wait)

    async def start_climate(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.START_CLIMATE, progress=progress, wait=wait)

    async def stop_climate(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.STOP_CLIMATE, progress=progress, wait=wait)

    async def honk_flash(
        self, *, progress: ProgressCallback | None = None, wait: float = DEFAULT_COMMAND_WAIT
    ) -> CommandOutcome:
        return await self.command(Command.HONK_FLASH, progress=progress, wait=wait)

    def events(
        self,
        *,
        every: float | None = None,
        poll: bool = True,
        hub: EventHub | None = None,
        fields: Iterable[Field | str] | None = None,
    ) -> AsyncGenerator[Update, None]:
        """Normalized updates of this car, as they change: streamed or polled, and pushed through ``hub``.

        A brand with a vendor stream the login can use (BMW's CarData MQTT stream) streams instead of
        polling (``source="stream"``, no REST call). Polling runs only while the stream is read, every
        ``every`` seconds (the brand's default when ``None``), never below the brand's minimum nor more
        often than the vendor's daily quota allows for every stream polling under it (BMW: the
        account's cars; Volvo: the application's calls, by the requests one status costs); BMW
        polls also wait while the account has only the calls kept for your own use left.
        ``poll=False`` neither streams nor polls and only relays ``hub`` (webhooks).
        """
        wanted = wanted_fields(fields)
        interval = None
        if poll:
            interval = max(every if every is not None else self.adapter.poll_interval, self.adapter.min_poll_interval)
        polled = wanted & self.capabilities.reads
        return updates(self, polled, interval=interval, hub=hub, clock=self.adapter.clock, pushed_fields=wanted)
