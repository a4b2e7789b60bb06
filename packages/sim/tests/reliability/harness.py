"""One small adapter per brand: how the suite logs in, builds clients, reads, sends a command and counts
what reached the simulated car. Every part of the suite drives brands only through these."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import httpx

from carconnect.core import Clock, Credentials, RetryPolicy
from carconnect.sim import DEMO_CLIENTS, Simulator

SHORT_TIMEOUT = httpx.Timeout(0.5, connect=2.0)
"""Read timeout of the fault matrix: a ``latency`` fault longer than this is a read timeout."""


@attrs.frozen
class Wiring:
    """What a test injects into a client: transport, clock, retry policy (``None``: the brand's own), timeout."""

    clock: Clock
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    retry: RetryPolicy | None = None
    timeout: httpx.Timeout = SHORT_TIMEOUT


class Harness:
    """A brand as the reliability suite sees it."""

    brand: str
    server: str
    """Authorization server name in the simulator."""
    read_name: str
    read_path: str
    """Vendor path pattern of the read (a fault ``path``)."""
    command_name: str
    command_path: str

    def available(self) -> bool:
        return importlib.util.find_spec(f"carconnect.{self.brand}") is not None

    def access_token(self, sim: Simulator) -> str:
        return str(sim.issue_token(self.server)["access_token"])

    def vehicle(self, sim: Simulator) -> str:
        return sim.fleet.vehicles(self.brand)[0].vin

    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def async_client(
        self, sim: Simulator, credentials: Credentials, wiring: Wiring
    ) -> contextlib.AbstractAsyncContextManager[Any]:
        raise NotImplementedError

    def read(self, client: Any, vehicle: str) -> Any:
        raise NotImplementedError

    async def aread(self, client: Any, vehicle: str) -> Any:
        raise NotImplementedError

    def command(self, client: Any, vehicle: str) -> Any:
        raise NotImplementedError

    def delivered(self, sim: Simulator) -> int:
        """How often the command reached the simulated car (or backend)."""
        raise NotImplementedError


class VolvoHarness(Harness):
    brand = server = "volvo"
    read_name, read_path = "odometer", "/connected-vehicle/v2/vehicles/{vin}/odometer"
    command_name, command_path = "honk", "/connected-vehicle/v2/vehicles/{vin}/commands/honk"

    def _options(self, sim: Simulator, wiring: Wiring) -> dict[str, Any]:
        return {
            "api_key": DEMO_CLIENTS["volvo"].api_key or "",
            "base_url": sim.url("volvo"),
            "retry": wiring.retry,
            "clock": wiring.clock,
            "timeout": wiring.timeout,
        }

    @contextlib.contextmanager
    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> Iterator[Any]:
        from carconnect.volvo import VolvoClient

        with VolvoClient(credentials, transport=wiring.transport, **self._options(sim, wiring)) as client:
            yield client

    @contextlib.asynccontextmanager
    async def async_client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> AsyncIterator[Any]:
        from carconnect.volvo import AsyncVolvoClient

        async with AsyncVolvoClient(
            credentials, transport=wiring.async_transport, **self._options(sim, wiring)
        ) as client:
            yield client

    def read(self, client: Any, vehicle: str) -> Any:
        return client.odometer(vehicle)

    async def aread(self, client: Any, vehicle: str) -> Any:
        return await client.odometer(vehicle)

    def command(self, client: Any, vehicle: str) -> Any:
        return client.honk(vehicle)

    def delivered(self, sim: Simulator) -> int:
        return sim.deliveries.count("volvo", command="honk")


class BmwHarness(Harness):
    """BMW CarData is read-only: its one POST, creating a container, stands in for a command."""

    brand = server = "bmw"
    read_name, read_path = "basic_data", "/customers/vehicles/{vin}/basicData"
    command_name, command_path = "create_container", "/customers/containers"
    descriptors = ("vehicle.vehicle.travelledDistance",)

    def _options(self, sim: Simulator, wiring: Wiring) -> dict[str, Any]:
        return {"base_url": sim.url("bmw"), "retry": wiring.retry, "clock": wiring.clock, "timeout": wiring.timeout}

    @contextlib.contextmanager
    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> Iterator[Any]:
        from carconnect.bmw import BmwClient

        with BmwClient(credentials, transport=wiring.transport, **self._options(sim, wiring)) as client:
            yield client

    @contextlib.asynccontextmanager
    async def async_client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> AsyncIterator[Any]:
        from carconnect.bmw import AsyncBmwClient

        async with AsyncBmwClient(
            credentials, transport=wiring.async_transport, **self._options(sim, wiring)
        ) as client:
            yield client

    def read(self, client: Any, vehicle: str) -> Any:
        return client.basic_data(vehicle)

    async def aread(self, client: Any, vehicle: str) -> Any:
        return await client.basic_data(vehicle)

    def command(self, client: Any, vehicle: str) -> Any:
        return client.create_container(self.descriptors, name="reliability", purpose="reliability suite")

    def delivered(self, sim: Simulator) -> int:
        from carconnect.sim.brands.bmw import cardata_state

        return sum(len(containers) for containers in cardata_state(sim.state).containers.values())


HARNESSES: dict[str, Harness] = {harness.brand: harness for harness in (VolvoHarness(), BmwHarness())}


def harness(brand: str) -> Harness:
    return HARNESSES[brand]
