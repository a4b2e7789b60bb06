"""FordPass clients (EXPERIMENTAL: the FordPass app's own backend; Ford changes it without notice).

Ford locks accounts that make more than about 250 to 300 requests a day: poll sparingly. Two hosts:

* Autonomic (``api.autonomic.ai``): telemetry and commands, with a 5-minute Autonomic bearer token
  that :class:`FordPassClient` exchanges from your CAT token and renews by itself;
* Ford (``api.vehicle.ford.com``): the vehicle list, with the CAT token in ``auth-token`` plus the
  region's ``Application-Id``, ``countryCode`` and ``locale`` headers.

Commands answer 201 and return a :class:`~carconnect.ford.commands.CommandHandle` whose ``wait()``
reads the outcome from telemetry ``states`` (each poll is one telemetry read). Commands are sent once
and never re-sent. :class:`AsyncFordPassClient` has the same methods in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from carconnect.core import (
    SYSTEM_CLOCK,
    CarConnectAuth,
    Clock,
    Credentials,
    ResponseParseError,
    RetryPolicy,
    acall,
    as_token_source,
    call,
)
from carconnect.core.http import DEFAULT_TIMEOUT, AsyncSession, Session

from ._base import AsyncFordClientBase, FordClientBase
from ._generated import fordpass as fordpass_api
from ._generated.fordpass import models as fordpass_models
from ._generated.fordpass.api import commands as fordpass_commands
from ._generated.fordpass.api import garage as fordpass_garage
from ._generated.fordpass.api import telemetry as fordpass_telemetry
from ._generated.fordpass.types import UNSET, Unset
from .command_states import fordpass_progress
from .commands import DEFAULT_WAIT, AsyncCommandHandle, CommandHandle, HandleArgs, WaitPolicy
from .errors import ford_error_mapper
from .inbody import AsyncInBodyStatusTransport, InBodyStatusTransport
from .regions import Region

if TYPE_CHECKING:
    from ._generated.fordpass.models import (
        Command,
        CommandRequest,
        Dashboard,
        TelemetryQuery,
        TelemetrySection,
        VehicleTelemetry,
    )
    from .fordpass_auth import FordPassAuth

AUTONOMIC_URL = "https://api.autonomic.ai"
FORD_VEHICLE_URL = "https://api.vehicle.ford.com"
LRDT = "01-01-1970 00:00:00"
"""The ``lrdt`` (last refresh date-time) every FordPass client sends: everything since 1970."""
CHARGE_COMMAND_VERSION = "1.0.1"
V1BETA_VERSION = "1.0.0"

if TYPE_CHECKING:
    FordPassCommand = CommandHandle[Command, VehicleTelemetry]
    AsyncFordPassCommand = AsyncCommandHandle[Command, VehicleTelemetry]
else:  # the parameters are for type checkers; at run time they would load the models
    FordPassCommand = CommandHandle
    AsyncFordPassCommand = AsyncCommandHandle


def telemetry_query(sections: Iterable[TelemetrySection] | None) -> TelemetryQuery:
    """The body of a telemetry query: the given sections, or every section."""
    return fordpass_models.TelemetryQuery(list(fordpass_models.TelemetrySection if sections is None else sections))


def _default_auth(
    region: Region,
    locale: str,
    application_id: str | None,
    clock: Clock,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> FordPassAuth:
    """The login a client builds when given none (the OAuth flows load here, not at import)."""
    from .fordpass_auth import FordPassAuth

    return FordPassAuth(
        region=region,
        locale=locale,
        application_id=application_id,
        transport=transport,
        async_transport=async_transport,
        clock=clock,
    )


def ford_headers(region: Region, locale: str, application_id: str | None) -> dict[str, str]:
    """Headers of every Ford-host call besides the CAT token."""
    info = region.info
    return {"Application-Id": application_id or info.application_id, "countryCode": info.country_code, "locale": locale}


def command_request(
    command_type: str, properties: Mapping[str, Any] | None, wake_up: bool, version: str | None = None
) -> CommandRequest:
    """The body of a command."""
    return fordpass_models.CommandRequest(
        type_=fordpass_models.CommandType(command_type),
        properties=fordpass_models.CommandProperties.from_dict(dict(properties or {})),
        tags=fordpass_models.CommandTags(),
        wake_up=wake_up,
        version=UNSET if version is None else version,
    )


def _text(value: str | Unset | None) -> str | None:
    return value if isinstance(value, str) and value else None


def _handle_args(
    vin: str, accepted: Command, command_type: str, clock: Clock, policy: WaitPolicy
) -> HandleArgs[Command, VehicleTelemetry]:
    command_id = _text(accepted.id) or _text(accepted.command_id) or _text(accepted.correlation_id)
    if command_id is None:
        raise ResponseParseError(f"FordPass accepted {command_type} without a command id")
    return HandleArgs(
        command=command_type,
        vehicle=vin,
        command_id=command_id,
        accepted=accepted,
        clock=clock,
        classify=partial(fordpass_progress, command_type=command_type, command_id=command_id),
        initial=None,
        policy=policy,
    )


class _CatTokenHeader(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Ford hosts want the CAT token as ``auth-token: <token>``, not ``Authorization: Bearer``."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    @staticmethod
    def _move(request: httpx.Request) -> None:
        _, _, token = request.headers.pop("Authorization", "").partition(" ")
        if token:
            request.headers["auth-token"] = token

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        self._move(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        self._move(request)
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()


class FordPassClient(FordClientBase):
    """FordPass for one account, sync (experimental).

    ``credentials``: the CAT token source (``FordPassAuth(...).token_manager(store)``), a CAT ``Token``
    or a CAT access token string. ``auth``: the :class:`FordPassAuth` that exchanges it for Autonomic
    tokens (default: one for ``region`` using ``transport``). ``base_url`` / ``ford_base_url``: the
    Autonomic and Ford hosts (the simulator's ``sim.url("ford", "autonomic")`` and ``sim.url("ford", "api")``).
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        auth: FordPassAuth | None = None,
        region: Region = Region.US,
        locale: str = "en-US",
        application_id: str | None = None,
        base_url: str = AUTONOMIC_URL,
        ford_base_url: str = FORD_VEHICLE_URL,
        wait_policy: WaitPolicy = DEFAULT_WAIT,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        cat = as_token_source(credentials, clock)
        self._owns_auth = auth is None
        self.auth = auth or _default_auth(region, locale, application_id, clock, transport=transport)
        super().__init__(
            self.auth.autonomic_source(cat),
            headers={},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self.wait_policy = wait_policy
        self._ford_session = Session(
            CarConnectAuth(cat, headers=ford_headers(region, locale, application_id), error_mapper=ford_error_mapper),
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=lambda inner: _CatTokenHeader(InBodyStatusTransport(inner)),
        )
        self._autonomic = self._bind(fordpass_api.Client(base_url=base_url), base_url)
        self._ford = fordpass_api.Client(base_url=ford_base_url).set_httpx_client(
            self._ford_session.client(ford_base_url)
        )

    def close(self) -> None:
        """Close the connection pools (a transport, client or ``auth`` you passed in stays open)."""
        self._ford_session.close()
        super().close()
        if self._owns_auth:
            self.auth.close()

    def _command(self, vin: str, request: CommandRequest, v1beta: bool = False) -> FordPassCommand:
        """Send a command once and wrap Ford's acceptance in a handle that reads telemetry."""
        operation = fordpass_commands.send_command_v1beta if v1beta else fordpass_commands.send_command
        accepted = call(operation.sync_detailed, vin, client=self._autonomic, body=request)
        args = _handle_args(vin, accepted, request.type_.value, self.clock, self.wait_policy)
        return CommandHandle(**args, poll=partial(self.telemetry, vin))

    # -- garage and telemetry ----------------------------------------------------------------------

    def vehicles(self) -> Dashboard:
        """The account's vehicles with their profiles and capabilities (joined on ``VIN``)."""
        return call(
            fordpass_garage.list_vehicles.sync_detailed,
            client=self._ford,
            body=fordpass_models.DashboardRequest(fordpass_models.DashboardRefreshRequest.ALL),
        )

    def telemetry(self, vin: str) -> VehicleTelemetry:
        """Latest metrics, command states and events of a vehicle."""
        return call(fordpass_telemetry.get_telemetry.sync_detailed, vin, client=self._autonomic, lrdt=LRDT)

    def query_telemetry(self, vin: str, sections: Iterable[TelemetrySection] | None = None) -> VehicleTelemetry:
        """Telemetry with chosen sections (the app's own call; every section by default)."""
        return call(
            fordpass_telemetry.query_telemetry.sync_detailed,
            vin,
            client=self._autonomic,
            body=telemetry_query(sections),
        )

    # -- commands (sent once; the handle reads the outcome from telemetry) -------------------------

    def send_command(
        self, vin: str, command_type: str, properties: Mapping[str, Any] | None = None, *, wake_up: bool = True
    ) -> FordPassCommand:
        """Any v1 command by Ford's name (``remoteStart``, ``lock``, ``startTrailerLightCheck``...)."""
        return self._command(vin, command_request(command_type, properties, wake_up))

    def send_command_v1beta(
        self,
        vin: str,
        command_type: str,
        properties: Mapping[str, Any] | None = None,
        *,
        version: str = V1BETA_VERSION,
        wake_up: bool = True,
    ) -> FordPassCommand:
        """Any newer command (charging ``1.0.1``, departure times ``1``, preconditioning...)."""
        return self._command(vin, command_request(command_type, properties, wake_up, version), v1beta=True)

    def lock(self, vin: str) -> FordPassCommand:
        return self.send_command(vin, fordpass_models.CommandType.LOCK)

    def unlock(self, vin: str) -> FordPassCommand:
        return self.send_command(vin, fordpass_models.CommandType.UNLOCK)

    def remote_start(self, vin: str) -> FordPassCommand:
        return self.send_command(vin, fordpass_models.CommandType.REMOTE_START)

    def cancel_remote_start(self, vin: str) -> FordPassCommand:
        return self.send_command(vin, fordpass_models.CommandType.CANCEL_REMOTE_START)

    def status_refresh(self, vin: str) -> FordPassCommand:
        """Ask the car to report fresh telemetry."""
        return self.send_command(vin, fordpass_models.CommandType.STATUS_REFRESH)

    def start_panic_cue(self, vin: str, duration: int | None = None) -> FordPassCommand:
        """Honk and flash."""
        return self.send_command(
            vin, fordpass_models.CommandType.START_PANIC_CUE, {} if duration is None else {"duration": duration}
        )

    def start_charge(self, vin: str) -> FordPassCommand:
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.START_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    def cancel_charge(self, vin: str) -> FordPassCommand:
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.CANCEL_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    def pause_charge(self, vin: str) -> FordPassCommand:
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.PAUSE_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )


class AsyncFordPassClient(AsyncFordClientBase):
    """FordPass for one account, async (same methods as :class:`FordPassClient`; experimental)."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        auth: FordPassAuth | None = None,
        region: Region = Region.US,
        locale: str = "en-US",
        application_id: str | None = None,
        base_url: str = AUTONOMIC_URL,
        ford_base_url: str = FORD_VEHICLE_URL,
        wait_policy: WaitPolicy = DEFAULT_WAIT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        cat = as_token_source(credentials, clock)
        self._owns_auth = auth is None
        self.auth = auth or _default_auth(region, locale, application_id, clock, async_transport=transport)
        super().__init__(
            self.auth.autonomic_source(cat),
            headers={},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self.wait_policy = wait_policy
        self._ford_session = AsyncSession(
            CarConnectAuth(cat, headers=ford_headers(region, locale, application_id), error_mapper=ford_error_mapper),
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=lambda inner: _CatTokenHeader(AsyncInBodyStatusTransport(inner)),
        )
        self._autonomic = self._bind(fordpass_api.Client(base_url=base_url), base_url)
        self._ford = fordpass_api.Client(base_url=ford_base_url).set_async_httpx_client(
            self._ford_session.client(ford_base_url)
        )

    async def aclose(self) -> None:
        await self._ford_session.aclose()
        await super().aclose()
        if self._owns_auth:
            await self.auth.aclose()

    async def _command(self, vin: str, request: CommandRequest, v1beta: bool = False) -> AsyncFordPassCommand:
        operation = fordpass_commands.send_command_v1beta if v1beta else fordpass_commands.send_command
        accepted = await acall(operation.asyncio_detailed, vin, client=self._autonomic, body=request)
        args = _handle_args(vin, accepted, request.type_.value, self.clock, self.wait_policy)
        return AsyncCommandHandle(**args, poll=partial(self.telemetry, vin))

    async def vehicles(self) -> Dashboard:
        return await acall(
            fordpass_garage.list_vehicles.asyncio_detailed,
            client=self._ford,
            body=fordpass_models.DashboardRequest(fordpass_models.DashboardRefreshRequest.ALL),
        )

    async def telemetry(self, vin: str) -> VehicleTelemetry:
        return await acall(fordpass_telemetry.get_telemetry.asyncio_detailed, vin, client=self._autonomic, lrdt=LRDT)

    async def query_telemetry(self, vin: str, sections: Iterable[TelemetrySection] | None = None) -> VehicleTelemetry:
        return await acall(
            fordpass_telemetry.query_telemetry.asyncio_detailed,
            vin,
            client=self._autonomic,
            body=telemetry_query(sections),
        )

    async def send_command(
        self, vin: str, command_type: str, properties: Mapping[str, Any] | None = None, *, wake_up: bool = True
    ) -> AsyncFordPassCommand:
        return await self._command(vin, command_request(command_type, properties, wake_up))

    async def send_command_v1beta(
        self,
        vin: str,
        command_type: str,
        properties: Mapping[str, Any] | None = None,
        *,
        version: str = V1BETA_VERSION,
        wake_up: bool = True,
    ) -> AsyncFordPassCommand:
        return await self._command(vin, command_request(command_type, properties, wake_up, version), v1beta=True)

    async def lock(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command(vin, fordpass_models.CommandType.LOCK)

    async def unlock(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command(vin, fordpass_models.CommandType.UNLOCK)

    async def remote_start(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command(vin, fordpass_models.CommandType.REMOTE_START)

    async def cancel_remote_start(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command(vin, fordpass_models.CommandType.CANCEL_REMOTE_START)

    async def status_refresh(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command(vin, fordpass_models.CommandType.STATUS_REFRESH)

    async def start_panic_cue(self, vin: str, duration: int | None = None) -> AsyncFordPassCommand:
        return await self.send_command(
            vin, fordpass_models.CommandType.START_PANIC_CUE, {} if duration is None else {"duration": duration}
        )

    async def start_charge(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command_v1beta(
            vin, fordpass_models.CommandType.START_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    async def cancel_charge(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command_v1beta(
            vin, fordpass_models.CommandType.CANCEL_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    async def pause_charge(self, vin: str) -> AsyncFordPassCommand:
        return await self.send_command_v1beta(
            vin, fordpass_models.CommandType.PAUSE_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )


__all__ = [
    "AUTONOMIC_URL",
    "FORD_VEHICLE_URL",
    "AsyncFordPassClient",
    "AsyncFordPassCommand",
    "FordPassClient",
    "FordPassCommand",
]
