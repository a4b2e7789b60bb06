"""A mixed fleet: the logins of several brands, every car across them, fleet reads within each vendor's limits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

from carconnect.core import CarConnectError

from .adapters import Adapter, adapter_for, brand_of
from .adapters.base import describe as describe  # where the garage's log records are phrased
from .model import Field, Status
from .vehicle import Vehicle

logger = logging.getLogger("carconnect.garage")
T = TypeVar("T")


@dataclass(frozen=True)
class FleetResult(Generic[T]):
    """One car's answer in a fleet read: its value, or the typed error it ended with."""

    vehicle: Vehicle
    value: T | None = None
    error: CarConnectError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class FailedLogin:
    """A login whose cars could not be listed, and why."""

    brand: str
    error: CarConnectError


class Garage:
    """Every car of several brand logins behind one API.

    Give it async brand clients (``AsyncVolvoClient``, ``AsyncBmwClient``, ``AsyncFordConnectClient``,
    ``AsyncSmartcarClient``, each with its own credentials and token store); the brand of each is found
    through the brand registry and its adapter imported by name. ``options`` holds adapter options
    by brand name (BMW: ``{"bmw": {"stream": False}}`` keeps its events on polling).
    ``async with Garage(...)`` closes the clients (and BMW's stream) at the end; otherwise call
    :meth:`aclose`.
    """

    def __init__(self, clients: Iterable[Any] = (), *, options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.adapters: list[Adapter] = []
        self._shared: dict[Hashable, Any] = {}
        for client in clients:
            self.add(client, **(options or {}).get(brand_of(client), {}))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every client given to the garage, and the streams its adapters opened; each one even
        when closing another failed, whose error (the first) is raised once all were closed."""
        failure: Exception | None = None
        for adapter in self.adapters:
            try:
                await adapter.aclose()
            except Exception as error:  # the other logins' connections must still be closed
                failure = failure or error
        if failure is not None:
            raise failure

    def add(self, client: Any, **options: Any) -> Adapter:
        """Add one more login (``options``: its brand adapter's); ``TypeError`` / ``LookupError`` when no
        installed brand adapter takes it."""
        adapter = adapter_for(client, **options)
        adapter.shared = self._shared
        self.adapters.append(adapter)
        return adapter

    async def vehicles(self, *, failed: list[FailedLogin] | None = None) -> list[Vehicle]:
        """Every car of every login, listed concurrently.

        Every listing runs to its end; then the first failed login's typed error is raised, or, given a
        ``failed`` list, each failed login is appended to it and left out, so that one vendor's outage
        or spent quota does not hide the others.
        """
        listings = await asyncio.gather(*(self._listing(adapter) for adapter in self.adapters), return_exceptions=True)
        found: list[Vehicle] = []
        for adapter, listing in zip(self.adapters, listings, strict=True):
            if isinstance(listing, CarConnectError) and failed is not None:
                logger.info("%s listing failed: %s", adapter.brand, describe(listing))
                failed.append(FailedLogin(adapter.brand, listing))
            elif isinstance(listing, BaseException):
                raise listing
            else:
                found.extend(listing)
        return found

    async def _listing(self, adapter: Adapter) -> list[Vehicle]:
        async with adapter.limit:
            return [Vehicle(info, adapter) for info in await adapter.vehicles()]

    async def each(
        self, action: Callable[[Vehicle], Awaitable[T]], vehicles: Iterable[Vehicle]
    ) -> AsyncIterator[FleetResult[T]]:
        """Run ``action`` on every car, at most each brand's ``max_concurrency`` at once per login,
        yielding each result or typed error as it comes."""

        async def run(vehicle: Vehicle) -> FleetResult[T]:
            try:
                return FleetResult(vehicle, await action(vehicle))
            except CarConnectError as error:
                logger.info("%s %s: %s", vehicle.brand, vehicle.id, describe(error))
                return FleetResult(vehicle, error=error)

        tasks = [asyncio.ensure_future(run(vehicle)) for vehicle in vehicles]
        try:
            for finished in asyncio.as_completed(tasks):
                yield await finished
        finally:
            for task in tasks:
                task.cancel()

    def statuses(
        self, vehicles: Iterable[Vehicle], fields: Iterable[Field | str] | None = None
    ) -> AsyncIterator[FleetResult[Status]]:
        """The status of every car in ``vehicles``, as each arrives (see :meth:`each`)."""
        wanted = None if fields is None else list(fields)
        return self.each(lambda vehicle: vehicle.status(wanted), vehicles)
