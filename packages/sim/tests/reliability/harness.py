"""One small adapter per brand: how the suite logs in, builds clients, reads, sends a command and counts
what reached the simulated car. Every part of the suite drives brands only through these."""

from __future__ import annotations

import contextlib
import http.client
import importlib
import importlib.util
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from carconnect.core import Clock, Credentials, RetryPolicy, Token
from carconnect.core.oauth import OAuthClient
from carconnect.sim import DEMO_CLIENTS, Simulator

if TYPE_CHECKING:
    from carconnect.ford import FordPassAuth

TIMEOUT = httpx.Timeout(10.0)
"""Generous: on a busy machine only the faults themselves should make a request fail."""


def browser_get(url: str) -> tuple[int, str]:
    """The user's browser opening ``url`` (redirects not followed): status and ``Location``.

    Plain ``http.client``, not httpx: the browser is not carconnect, and its traffic (which carries
    the authorization code) must not end up in the log this suite scans for secrets.
    """
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        response = connection.getresponse()
        return response.status, response.getheader("location") or ""
    finally:
        connection.close()


@dataclass(frozen=True)
class Wiring:
    """What a test injects into a client: transport, clock, retry policy (``None``: the brand's own), timeout."""

    clock: Clock
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    retry: RetryPolicy | None = None
    timeout: httpx.Timeout = field(default_factory=lambda: TIMEOUT)
    options: Mapping[str, Any] = field(default_factory=dict)
    """Brand-specific constructor arguments (Volvo ``rate_limit``, BMW ``quota``...)."""


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
    client_name: str
    """The sync client class in ``carconnect.<brand>``; the async one is ``Async<client_name>``."""
    read_host = command_host = "api"

    def token_endpoint(self, sim: Simulator) -> tuple[str, str]:
        """(host, vendor path) of the token endpoint, for faults on it."""
        _, _, host, path = urlsplit(sim.endpoints(self.brand, self.server).token_url).path.split("/", 3)
        return host, "/" + path

    def token_endpoints(self, sim: Simulator) -> list[tuple[str, str]]:
        """(host, vendor path) of every token endpoint the brand's clients call (to count them)."""
        return [self.token_endpoint(sim)]

    baseline_token_calls = 0
    """Token-endpoint calls a client makes on its first call with a fresh login (a token exchange)."""

    def policy(self, client: Any, command: bool) -> RetryPolicy:
        """The retry policy the client applies to the read (or to the command); brand rules come on top."""
        policy: RetryPolicy = client.retry
        return policy

    def available(self) -> bool:
        return importlib.util.find_spec(f"carconnect.{self.brand}") is not None

    def access_token(self, sim: Simulator) -> str:
        return str(sim.issue_token(self.server)["access_token"])

    def vehicle(self, sim: Simulator) -> str:
        return sim.fleet.vehicles(self.brand)[0].vin

    def login(self, sim: Simulator, clock: Clock, *, stale: bool = False) -> Token:
        """A token pair for the demo user; ``stale`` makes it due for refresh at once."""
        issued = sim.issue_token(self.server)
        lifetime = -1.0 if stale else float(issued["expires_in"])
        return Token(
            issued["access_token"],
            issued["refresh_token"],
            expires_at=clock.now() + timedelta(seconds=lifetime),
        )

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> OAuthClient:
        """The brand's OAuth client, pointed at the simulator."""
        raise NotImplementedError

    def interactive_login(self, auth: OAuthClient) -> tuple[Token, list[object]]:
        """The brand's real login (the simulator consents at once), and the objects it produced."""
        request = auth.authorization_request()
        status, location = browser_get(request.url)
        assert status in (302, 303), status
        return auth.exchange_code(request, location), [request]

    def _options(self, sim: Simulator, wiring: Wiring) -> dict[str, Any]:
        """Constructor arguments of the brand's client, besides credentials and transport."""
        return {
            "base_url": sim.url(self.brand),
            "retry": wiring.retry,
            "clock": wiring.clock,
            "timeout": wiring.timeout,
            **wiring.options,
        }

    def _client_class(self, name: str) -> Any:
        return getattr(importlib.import_module(f"carconnect.{self.brand}"), name)

    @contextlib.contextmanager
    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> Iterator[Any]:
        """The brand's sync client (``<Brand>Client``) on the simulator."""
        client_class = self._client_class(self.client_name)
        with client_class(credentials, transport=wiring.transport, **self._options(sim, wiring)) as client:
            yield client

    @contextlib.asynccontextmanager
    async def async_client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> AsyncIterator[Any]:
        """The brand's async client (``Async<Brand>Client``) on the simulator."""
        client_class = self._client_class("Async" + self.client_name)
        async with client_class(credentials, transport=wiring.async_transport, **self._options(sim, wiring)) as client:
            yield client

    def read(self, client: Any, vehicle: str) -> Any:
        return getattr(client, self.read_name)(vehicle)

    async def aread(self, client: Any, vehicle: str) -> Any:
        return await getattr(client, self.read_name)(vehicle)

    def command(self, client: Any, vehicle: str) -> Any:
        return getattr(client, self.command_name)(vehicle)

    def delivered(self, sim: Simulator) -> int:
        """How often the command reached the simulated car (or backend)."""
        raise NotImplementedError


class VolvoHarness(Harness):
    brand = server = "volvo"
    client_name = "VolvoClient"
    read_name, read_path = "odometer", "/connected-vehicle/v2/vehicles/{vin}/odometer"
    command_name, command_path = "honk", "/connected-vehicle/v2/vehicles/{vin}/commands/honk"

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> OAuthClient:
        from carconnect.volvo import ALL_SCOPES, VolvoAuth

        demo = DEMO_CLIENTS["volvo"]
        return VolvoAuth(
            demo.client_id,
            demo.client_secret or "",
            redirect_uri=demo.redirect_uri,
            scopes=ALL_SCOPES,
            base_url=sim.url("volvo", "auth"),
            clock=clock,
            timeout=timeout,
        )

    def _options(self, sim: Simulator, wiring: Wiring) -> dict[str, Any]:
        return {"api_key": DEMO_CLIENTS["volvo"].api_key or "", **super()._options(sim, wiring)}

    def delivered(self, sim: Simulator) -> int:
        return sim.deliveries.count("volvo", command="honk")


class BmwHarness(Harness):
    """BMW CarData is read-only: its one POST, creating a container, stands in for a command."""

    brand = server = "bmw"
    client_name = "BmwClient"
    read_name, read_path = "basic_data", "/customers/vehicles/{vin}/basicData"
    command_name, command_path = "create_container", "/customers/containers"
    descriptors = ("vehicle.vehicle.travelledDistance",)

    def command(self, client: Any, vehicle: str) -> Any:
        return client.create_container(self.descriptors, name="reliability", purpose="reliability suite")

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> OAuthClient:
        from carconnect.bmw import BmwAuth

        return BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=clock, timeout=timeout)

    def interactive_login(self, auth: OAuthClient) -> tuple[Token, list[object]]:
        """The device grant: the simulator approves after a few polls (the fake clock makes them instant)."""
        from carconnect.bmw import BmwAuth

        assert isinstance(auth, BmwAuth)
        shown: list[object] = []
        return auth.login(shown.append), shown

    def delivered(self, sim: Simulator) -> int:
        from carconnect.sim.brands.bmw import cardata_state

        return sum(len(containers) for containers in cardata_state(sim.state).containers.values())


@dataclass(frozen=True)
class FordClients:
    """FordConnect Query (reads) and FordConnect (commands) behind one wiring."""

    query: Any
    connect: Any


class FordHarness(Harness):
    """FordConnect Query, Ford's current API, is read-only: the command goes through FordConnect."""

    brand = server = "ford"
    client_name = "FordClient"
    read_name, read_path = "telemetry", "/fcon-query/v1/telemetry"
    command_name, command_path = "lock", "/api/fordconnect/v1/vehicles/{vehicle_id}/lock"
    command_host = "mps"

    def vehicle(self, sim: Simulator) -> str:
        return sim.fleet.vehicles("ford")[0].id

    def _shared(self, wiring: Wiring) -> dict[str, Any]:
        return {"retry": wiring.retry, "clock": wiring.clock, "timeout": wiring.timeout, **wiring.options}

    def _connect(self, sim: Simulator) -> dict[str, Any]:
        return {
            "base_url": sim.url("ford", "mps"),
            "application_id": DEMO_CLIENTS["ford-connect"].application_id or "",
        }

    @contextlib.contextmanager
    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> Iterator[Any]:
        from carconnect.ford import FordClient, FordConnectClient

        connect_token = str(sim.issue_token("ford-connect")["access_token"])
        options = self._shared(wiring)
        with (
            FordClient(
                credentials, base_url=sim.url("ford") + "/fcon-query/v1", transport=wiring.transport, **options
            ) as query,
            FordConnectClient(connect_token, transport=wiring.transport, **self._connect(sim), **options) as connect,
        ):
            yield FordClients(query, connect)

    @contextlib.asynccontextmanager
    async def async_client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> AsyncIterator[Any]:
        from carconnect.ford import AsyncFordClient, AsyncFordConnectClient

        connect_token = str(sim.issue_token("ford-connect")["access_token"])
        options = self._shared(wiring)
        transport = wiring.async_transport
        async with (
            AsyncFordClient(
                credentials, base_url=sim.url("ford") + "/fcon-query/v1", transport=transport, **options
            ) as query,
            AsyncFordConnectClient(connect_token, transport=transport, **self._connect(sim), **options) as connect,
        ):
            yield FordClients(query, connect)

    def token_endpoints(self, sim: Simulator) -> list[tuple[str, str]]:
        """(host, vendor path) of every token endpoint the brand's clients call (to count them)."""
        return [self.token_endpoint(sim)]

    baseline_token_calls = 0
    """Token-endpoint calls a client makes on its first call with a fresh login (a token exchange)."""

    def policy(self, client: Any, command: bool) -> RetryPolicy:
        return super().policy(client.connect if command else client.query, command)

    def read(self, client: Any, vehicle: str) -> Any:
        return client.query.telemetry()

    async def aread(self, client: Any, vehicle: str) -> Any:
        return await client.query.telemetry()

    def command(self, client: Any, vehicle: str) -> Any:
        return super().command(client.connect, vehicle)

    def delivered(self, sim: Simulator) -> int:
        return sim.deliveries.count("ford", command="lock")

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> OAuthClient:
        from carconnect.ford import FordAuth

        demo = DEMO_CLIENTS["ford"]
        return FordAuth(
            demo.client_id,
            demo.client_secret or "",
            redirect_uri=demo.redirect_uri,
            base_url=sim.url("ford"),
            clock=clock,
            timeout=timeout,
        )


class FordPassHarness(Harness):
    """FordPass (experimental), for the vendor-answer tests only: a CAT login exchanged for Autonomic
    tokens; its read is the Autonomic telemetry."""

    brand = "ford"
    server = "fordpass"
    client_name = "FordPassClient"
    read_name, read_path = "telemetry", "/v1/telemetry/sources/fordpass/vehicles/{vin}"
    read_host = "autonomic"
    command_name, command_path = "lock", "/v1/command/vehicles/{vin}/commands"
    command_host = "autonomic"
    baseline_token_calls = 1

    def _extra(self, sim: Simulator) -> dict[str, str]:
        return dict(sim.endpoints("ford", "fordpass").extra)

    def token_endpoint(self, sim: Simulator) -> tuple[str, str]:
        """The CAT refresh (FordPass's refresh-token endpoint)."""
        _, _, host, path = urlsplit(self._extra(sim)["cat_refresh_url"]).path.split("/", 3)
        return host, "/" + path

    def token_endpoints(self, sim: Simulator) -> list[tuple[str, str]]:
        _, _, host, path = urlsplit(self._extra(sim)["autonomic_token_url"]).path.split("/", 3)
        return [self.token_endpoint(sim), (host, "/" + path)]

    def login(self, sim: Simulator, clock: Clock, *, stale: bool = False) -> Token:
        issued = sim.issue_token(self.server, audience="fordpass-cat")
        lifetime = -1.0 if stale else float(issued["expires_in"])
        return Token(
            issued["access_token"], issued["refresh_token"], expires_at=clock.now() + timedelta(seconds=lifetime)
        )

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> FordPassAuth:
        from carconnect.ford import FordPassAuth

        extra = self._extra(sim)
        return FordPassAuth(
            login_url=sim.url("ford", "login"),
            cat_exchange_url=extra["cat_exchange_url"],
            cat_refresh_url=extra["cat_refresh_url"],
            autonomic_token_url=extra["autonomic_token_url"],
            clock=clock,
            timeout=timeout,
        )

    @contextlib.contextmanager
    def client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> Iterator[Any]:
        from carconnect.ford import FordPassClient

        auth = self.auth(sim, wiring.clock)
        options: dict[str, Any] = {"retry": wiring.retry, "clock": wiring.clock, "timeout": wiring.timeout}
        with (
            auth,
            FordPassClient(
                credentials,
                auth=auth,
                base_url=sim.url("ford", "autonomic"),
                ford_base_url=sim.url("ford", "api"),
                transport=wiring.transport,
                **options,
                **wiring.options,
            ) as client,
        ):
            yield client

    @contextlib.asynccontextmanager
    async def async_client(self, sim: Simulator, credentials: Credentials, wiring: Wiring) -> AsyncIterator[Any]:
        from carconnect.ford import AsyncFordPassClient

        auth = self.auth(sim, wiring.clock)
        options: dict[str, Any] = {"retry": wiring.retry, "clock": wiring.clock, "timeout": wiring.timeout}
        async with (
            auth,
            AsyncFordPassClient(
                credentials,
                auth=auth,
                base_url=sim.url("ford", "autonomic"),
                ford_base_url=sim.url("ford", "api"),
                transport=wiring.async_transport,
                **options,
                **wiring.options,
            ) as client,
        ):
            yield client

    def read(self, client: Any, vehicle: str) -> Any:
        return client.telemetry(vehicle)


class SmartcarHarness(Harness):
    brand = server = "smartcar"
    client_name = "SmartcarClient"
    read_name, read_path = "odometer", "/v2.0/vehicles/{vehicle_id}/odometer"
    command_name, command_path = "lock", "/v2.0/vehicles/{vehicle_id}/security"

    def vehicle(self, sim: Simulator) -> str:
        return sim.fleet.vehicles("smartcar")[0].id

    def delivered(self, sim: Simulator) -> int:
        return sim.deliveries.count("smartcar", command="lock")

    def auth(self, sim: Simulator, clock: Clock, timeout: httpx.Timeout = TIMEOUT) -> OAuthClient:
        from carconnect.smartcar import SmartcarAuth

        demo = DEMO_CLIENTS["smartcar"]
        return SmartcarAuth(
            demo.client_id,
            demo.client_secret or "",
            redirect_uri=demo.redirect_uri,
            auth_url=sim.url("smartcar", "auth"),
            connect_url=sim.url("smartcar", "connect"),
            clock=clock,
            timeout=timeout,
        )


HARNESSES: dict[str, Harness] = {
    harness.brand: harness for harness in (VolvoHarness(), BmwHarness(), FordHarness(), SmartcarHarness())
}


FORDPASS = FordPassHarness()
"""FordPass, for the vendor-answer tests (the other parts of the suite run FordConnect Query and FordConnect)."""


def harness(brand: str) -> Harness:
    return HARNESSES[brand]
