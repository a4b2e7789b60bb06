"""FordConnect clients (Ford's official API with remote commands, about 2021 to 2024).

Vehicles are addressed by Ford's 32-character hex ``vehicle_id`` (from :meth:`FordConnectClient.vehicles`),
not the VIN. Every call carries the ``Application-Id`` header. Timestamps stay the
``MM-DD-YYYY HH:MM:SS`` strings Ford sends and coordinates stay strings; :mod:`carconnect.ford.values`
parses them. Commands return a :class:`~carconnect.ford.commands.CommandHandle`: ``wait()`` polls the
command's status route (lock, unlock, engine start/stop, status refresh); wake, charging and location
refresh have no status route. Commands are sent once and never re-sent. :class:`AsyncFordConnectClient`
has the same methods in the same order.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

import httpx

from carconnect.core import SYSTEM_CLOCK, Clock, Credentials, RetryPolicy, acall, call
from carconnect.core.http import DEFAULT_TIMEOUT, DetailedResponse

from ._base import AsyncFordClientBase, FordClientBase
from ._generated.connect import Client as ConnectApi
from ._generated.connect.api.charging import get_charge_schedules, get_departure_times, start_charge, stop_charge
from ._generated.connect.api.doors import get_lock_command, get_unlock_command, lock, unlock
from ._generated.connect.api.engine import get_start_engine_command, get_stop_engine_command, start_engine, stop_engine
from ._generated.connect.api.location import get_location, refresh_location
from ._generated.connect.api.status import get_status_refresh, refresh_status, wake
from ._generated.connect.api.vehicles import get_full_image, get_thumbnail_image, get_vehicle, get_vin, list_vehicles
from ._generated.connect.models import (
    ChargeSchedulesResponse,
    CommandResponse,
    DepartureTimesResponse,
    LocationResponse,
    StatusRefreshResponse,
    VehicleInfoResponse,
    VehicleList,
    VinResponse,
)
from .auth import CONNECT_APPLICATION_ID
from .command_states import ConnectAnswer, connect_acceptance, connect_progress
from .commands import DEFAULT_WAIT, AsyncCommandHandle, CommandHandle, HandleArgs, WaitPolicy

CONNECT_API_URL = "https://api.mps.ford.com"
APPLICATION_ID_HEADER = "Application-Id"

ConnectCommand = CommandHandle[CommandResponse, ConnectAnswer]
AsyncConnectCommand = AsyncCommandHandle[CommandResponse, ConnectAnswer]
Accept = Callable[..., DetailedResponse[CommandResponse]]
AsyncAccept = Callable[..., Awaitable[DetailedResponse[CommandResponse]]]


def _handle_args(
    command: str, vehicle_id: str, accepted: CommandResponse, clock: Clock, policy: WaitPolicy
) -> HandleArgs[CommandResponse, ConnectAnswer]:
    return HandleArgs(
        command=command,
        vehicle=vehicle_id,
        command_id=accepted.command_id,
        accepted=accepted,
        clock=clock,
        classify=connect_progress,
        initial=connect_acceptance(accepted),
        policy=policy,
    )


class FordConnectClient(FordClientBase):
    """FordConnect for the vehicles a user linked to the application, sync.

    ``credentials``: a token source (``FordConnectAuth(...).token_manager(store)``), a ``Token`` or an
    access token string. ``base_url``: the API host (the simulator's ``sim.url("ford", "mps")``).
    ``wait_policy``: how command handles poll by default.
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        base_url: str = CONNECT_API_URL,
        application_id: str = CONNECT_APPLICATION_ID,
        wait_policy: WaitPolicy = DEFAULT_WAIT,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(
            credentials,
            headers={APPLICATION_ID_HEADER: application_id},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self.wait_policy = wait_policy
        self._api = self._bind(ConnectApi(base_url=base_url), base_url)

    def _command(
        self, command: str, accept: Accept, vehicle_id: str, poll: Callable[[str, str], ConnectAnswer] | None = None
    ) -> ConnectCommand:
        """Send a command once and wrap Ford's acceptance in a handle."""
        accepted = call(accept, vehicle_id, client=self._api)
        status = partial(poll, vehicle_id, accepted.command_id) if poll else None
        return CommandHandle(**_handle_args(command, vehicle_id, accepted, self.clock, self.wait_policy), poll=status)

    # -- vehicles ----------------------------------------------------------------------------------

    def vehicles(self) -> VehicleList:
        """The vehicles the user authorized for this application."""
        return call(list_vehicles.sync_detailed, client=self._api)

    def vehicle(self, vehicle_id: str) -> VehicleInfoResponse:
        """Vehicle information with its last known details, status and location."""
        return call(get_vehicle.sync_detailed, vehicle_id, client=self._api)

    def vin(self, vehicle_id: str) -> VinResponse:
        return call(get_vin.sync_detailed, vehicle_id, client=self._api)

    def location(self, vehicle_id: str) -> LocationResponse:
        """Last known location (coordinates as strings; see :func:`carconnect.ford.values.position_of`)."""
        return call(get_location.sync_detailed, vehicle_id, client=self._api)

    def charge_schedules(self, vehicle_id: str) -> ChargeSchedulesResponse:
        """Charge schedules for the vehicle's current location (EV only)."""
        return call(get_charge_schedules.sync_detailed, vehicle_id, client=self._api)

    def departure_times(self, vehicle_id: str) -> DepartureTimesResponse:
        """The next departure time (EV only; an ICE vehicle raises NotCapableError)."""
        return call(get_departure_times.sync_detailed, vehicle_id, client=self._api)

    def thumbnail_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        """A small PNG picture (``make``, ``model`` and ``year`` as in :meth:`vehicles`)."""
        return call(
            get_thumbnail_image.sync_detailed, vehicle_id, client=self._api, make=make, model=model, year=str(year)
        ).payload.read()

    def full_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        """A full-size PNG picture."""
        return call(
            get_full_image.sync_detailed, vehicle_id, client=self._api, make=make, model=model, year=str(year)
        ).payload.read()

    # -- commands (sent once; the handle polls) ----------------------------------------------------

    def lock(self, vehicle_id: str) -> ConnectCommand:
        return self._command("lock", lock.sync_detailed, vehicle_id, self.lock_command)

    def unlock(self, vehicle_id: str) -> ConnectCommand:
        return self._command("unlock", unlock.sync_detailed, vehicle_id, self.unlock_command)

    def start_engine(self, vehicle_id: str) -> ConnectCommand:
        """Remote start."""
        return self._command("startEngine", start_engine.sync_detailed, vehicle_id, self.start_engine_command)

    def stop_engine(self, vehicle_id: str) -> ConnectCommand:
        return self._command("stopEngine", stop_engine.sync_detailed, vehicle_id, self.stop_engine_command)

    def refresh_status(self, vehicle_id: str) -> ConnectCommand:
        """Ask the car for its lock and alarm state; ``wait().response.vehiclestatus`` holds it."""
        return self._command("status", refresh_status.sync_detailed, vehicle_id, self.status_refresh)

    def refresh_location(self, vehicle_id: str) -> ConnectCommand:
        """Ask the car for a fresh location (no status route: read :meth:`location` later)."""
        return self._command("location", refresh_location.sync_detailed, vehicle_id)

    def wake(self, vehicle_id: str) -> ConnectCommand:
        """Wake the modem (no status route)."""
        return self._command("wake", wake.sync_detailed, vehicle_id)

    def start_charge(self, vehicle_id: str) -> ConnectCommand:
        """Start charging (EV only; no status route)."""
        return self._command("startCharge", start_charge.sync_detailed, vehicle_id)

    def stop_charge(self, vehicle_id: str) -> ConnectCommand:
        """Stop charging (EV only; no status route)."""
        return self._command("stopCharge", stop_charge.sync_detailed, vehicle_id)

    # -- command status routes (what the handles poll) ---------------------------------------------

    def lock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(get_lock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def unlock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(get_unlock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def start_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(get_start_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def stop_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(get_stop_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def status_refresh(self, vehicle_id: str, command_id: str) -> StatusRefreshResponse:
        return call(get_status_refresh.sync_detailed, vehicle_id, command_id, client=self._api)


class AsyncFordConnectClient(AsyncFordClientBase):
    """FordConnect, async (same methods as :class:`FordConnectClient`; ``await handle.wait()``)."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        base_url: str = CONNECT_API_URL,
        application_id: str = CONNECT_APPLICATION_ID,
        wait_policy: WaitPolicy = DEFAULT_WAIT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(
            credentials,
            headers={APPLICATION_ID_HEADER: application_id},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self.wait_policy = wait_policy
        self._api = self._bind(ConnectApi(base_url=base_url), base_url)

    async def _command(
        self,
        command: str,
        accept: AsyncAccept,
        vehicle_id: str,
        poll: Callable[[str, str], Awaitable[ConnectAnswer]] | None = None,
    ) -> AsyncConnectCommand:
        accepted = await acall(accept, vehicle_id, client=self._api)
        status = partial(poll, vehicle_id, accepted.command_id) if poll else None
        return AsyncCommandHandle(
            **_handle_args(command, vehicle_id, accepted, self.clock, self.wait_policy), poll=status
        )

    async def vehicles(self) -> VehicleList:
        return await acall(list_vehicles.asyncio_detailed, client=self._api)

    async def vehicle(self, vehicle_id: str) -> VehicleInfoResponse:
        return await acall(get_vehicle.asyncio_detailed, vehicle_id, client=self._api)

    async def vin(self, vehicle_id: str) -> VinResponse:
        return await acall(get_vin.asyncio_detailed, vehicle_id, client=self._api)

    async def location(self, vehicle_id: str) -> LocationResponse:
        return await acall(get_location.asyncio_detailed, vehicle_id, client=self._api)

    async def charge_schedules(self, vehicle_id: str) -> ChargeSchedulesResponse:
        return await acall(get_charge_schedules.asyncio_detailed, vehicle_id, client=self._api)

    async def departure_times(self, vehicle_id: str) -> DepartureTimesResponse:
        return await acall(get_departure_times.asyncio_detailed, vehicle_id, client=self._api)

    async def thumbnail_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        return (
            await acall(
                get_thumbnail_image.asyncio_detailed,
                vehicle_id,
                client=self._api,
                make=make,
                model=model,
                year=str(year),
            )
        ).payload.read()

    async def full_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        return (
            await acall(
                get_full_image.asyncio_detailed, vehicle_id, client=self._api, make=make, model=model, year=str(year)
            )
        ).payload.read()

    async def lock(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("lock", lock.asyncio_detailed, vehicle_id, self.lock_command)

    async def unlock(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("unlock", unlock.asyncio_detailed, vehicle_id, self.unlock_command)

    async def start_engine(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("startEngine", start_engine.asyncio_detailed, vehicle_id, self.start_engine_command)

    async def stop_engine(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("stopEngine", stop_engine.asyncio_detailed, vehicle_id, self.stop_engine_command)

    async def refresh_status(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("status", refresh_status.asyncio_detailed, vehicle_id, self.status_refresh)

    async def refresh_location(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("location", refresh_location.asyncio_detailed, vehicle_id)

    async def wake(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("wake", wake.asyncio_detailed, vehicle_id)

    async def start_charge(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("startCharge", start_charge.asyncio_detailed, vehicle_id)

    async def stop_charge(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("stopCharge", stop_charge.asyncio_detailed, vehicle_id)

    async def lock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(get_lock_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def unlock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(get_unlock_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def start_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(get_start_engine_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def stop_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(get_stop_engine_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def status_refresh(self, vehicle_id: str, command_id: str) -> StatusRefreshResponse:
        return await acall(get_status_refresh.asyncio_detailed, vehicle_id, command_id, client=self._api)
