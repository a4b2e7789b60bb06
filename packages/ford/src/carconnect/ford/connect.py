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
from typing import TYPE_CHECKING

import httpx

from carconnect.core import SYSTEM_CLOCK, Clock, Credentials, RetryPolicy, acall, call
from carconnect.core.http import DEFAULT_TIMEOUT, DetailedResponse

from ._base import CONNECT_APPLICATION_ID, AsyncFordClientBase, FordClientBase
from ._generated import connect as connect_api
from ._generated.connect.api import charging as connect_charging
from ._generated.connect.api import doors as connect_doors
from ._generated.connect.api import engine as connect_engine
from ._generated.connect.api import location as connect_location
from ._generated.connect.api import status as connect_status
from ._generated.connect.api import vehicles as connect_vehicles
from .command_states import connect_acceptance, connect_progress
from .commands import DEFAULT_WAIT, AsyncCommandHandle, CommandHandle, HandleArgs, WaitPolicy

if TYPE_CHECKING:
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
    from .command_states import ConnectAnswer

CONNECT_API_URL = "https://api.mps.ford.com"
APPLICATION_ID_HEADER = "Application-Id"

if TYPE_CHECKING:
    ConnectCommand = CommandHandle[CommandResponse, ConnectAnswer]
    AsyncConnectCommand = AsyncCommandHandle[CommandResponse, ConnectAnswer]
    Accept = Callable[..., DetailedResponse[CommandResponse]]
    AsyncAccept = Callable[..., Awaitable[DetailedResponse[CommandResponse]]]
else:  # the parameters are for type checkers; at run time they would load the models
    ConnectCommand = CommandHandle
    AsyncConnectCommand = AsyncCommandHandle


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
        self._api = self._bind(connect_api.Client(base_url=base_url), base_url)

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
        return call(connect_vehicles.list_vehicles.sync_detailed, client=self._api)

    def vehicle(self, vehicle_id: str) -> VehicleInfoResponse:
        """Vehicle information with its last known details, status and location."""
        return call(connect_vehicles.get_vehicle.sync_detailed, vehicle_id, client=self._api)

    def vin(self, vehicle_id: str) -> VinResponse:
        return call(connect_vehicles.get_vin.sync_detailed, vehicle_id, client=self._api)

    def location(self, vehicle_id: str) -> LocationResponse:
        """Last known location (coordinates as strings; see :func:`carconnect.ford.values.position_of`)."""
        return call(connect_location.get_location.sync_detailed, vehicle_id, client=self._api)

    def charge_schedules(self, vehicle_id: str) -> ChargeSchedulesResponse:
        """Charge schedules for the vehicle's current location (EV only)."""
        return call(connect_charging.get_charge_schedules.sync_detailed, vehicle_id, client=self._api)

    def departure_times(self, vehicle_id: str) -> DepartureTimesResponse:
        """The next departure time (EV only; an ICE vehicle raises NotCapableError)."""
        return call(connect_charging.get_departure_times.sync_detailed, vehicle_id, client=self._api)

    def thumbnail_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        """A small PNG picture (``make``, ``model`` and ``year`` as in :meth:`vehicles`)."""
        return call(
            connect_vehicles.get_thumbnail_image.sync_detailed,
            vehicle_id,
            client=self._api,
            make=make,
            model=model,
            year=str(year),
        ).payload.read()

    def full_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        """A full-size PNG picture."""
        return call(
            connect_vehicles.get_full_image.sync_detailed,
            vehicle_id,
            client=self._api,
            make=make,
            model=model,
            year=str(year),
        ).payload.read()

    # -- commands (sent once; the handle polls) ----------------------------------------------------

    def lock(self, vehicle_id: str) -> ConnectCommand:
        return self._command("lock", connect_doors.lock.sync_detailed, vehicle_id, self.lock_command)

    def unlock(self, vehicle_id: str) -> ConnectCommand:
        return self._command("unlock", connect_doors.unlock.sync_detailed, vehicle_id, self.unlock_command)

    def start_engine(self, vehicle_id: str) -> ConnectCommand:
        """Remote start."""
        return self._command(
            "startEngine", connect_engine.start_engine.sync_detailed, vehicle_id, self.start_engine_command
        )

    def stop_engine(self, vehicle_id: str) -> ConnectCommand:
        return self._command(
            "stopEngine", connect_engine.stop_engine.sync_detailed, vehicle_id, self.stop_engine_command
        )

    def refresh_status(self, vehicle_id: str) -> ConnectCommand:
        """Ask the car for its lock and alarm state; ``wait().response.vehiclestatus`` holds it."""
        return self._command("status", connect_status.refresh_status.sync_detailed, vehicle_id, self.status_refresh)

    def refresh_location(self, vehicle_id: str) -> ConnectCommand:
        """Ask the car for a fresh location (no status route: read :meth:`location` later)."""
        return self._command("location", connect_location.refresh_location.sync_detailed, vehicle_id)

    def wake(self, vehicle_id: str) -> ConnectCommand:
        """Wake the modem (no status route)."""
        return self._command("wake", connect_status.wake.sync_detailed, vehicle_id)

    def start_charge(self, vehicle_id: str) -> ConnectCommand:
        """Start charging (EV only; no status route)."""
        return self._command("startCharge", connect_charging.start_charge.sync_detailed, vehicle_id)

    def stop_charge(self, vehicle_id: str) -> ConnectCommand:
        """Stop charging (EV only; no status route)."""
        return self._command("stopCharge", connect_charging.stop_charge.sync_detailed, vehicle_id)

    # -- command status routes (what the handles poll) ---------------------------------------------

    def lock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(connect_doors.get_lock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def unlock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(connect_doors.get_unlock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def start_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(connect_engine.get_start_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def stop_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return call(connect_engine.get_stop_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def status_refresh(self, vehicle_id: str, command_id: str) -> StatusRefreshResponse:
        return call(connect_status.get_status_refresh.sync_detailed, vehicle_id, command_id, client=self._api)


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
        self._api = self._bind(connect_api.Client(base_url=base_url), base_url)

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
        return await acall(connect_vehicles.list_vehicles.asyncio_detailed, client=self._api)

    async def vehicle(self, vehicle_id: str) -> VehicleInfoResponse:
        return await acall(connect_vehicles.get_vehicle.asyncio_detailed, vehicle_id, client=self._api)

    async def vin(self, vehicle_id: str) -> VinResponse:
        return await acall(connect_vehicles.get_vin.asyncio_detailed, vehicle_id, client=self._api)

    async def location(self, vehicle_id: str) -> LocationResponse:
        return await acall(connect_location.get_location.asyncio_detailed, vehicle_id, client=self._api)

    async def charge_schedules(self, vehicle_id: str) -> ChargeSchedulesResponse:
        return await acall(connect_charging.get_charge_schedules.asyncio_detailed, vehicle_id, client=self._api)

    async def departure_times(self, vehicle_id: str) -> DepartureTimesResponse:
        return await acall(connect_charging.get_departure_times.asyncio_detailed, vehicle_id, client=self._api)

    async def thumbnail_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        return (
            await acall(
                connect_vehicles.get_thumbnail_image.asyncio_detailed,
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
                connect_vehicles.get_full_image.asyncio_detailed,
                vehicle_id,
                client=self._api,
                make=make,
                model=model,
                year=str(year),
            )
        ).payload.read()

    async def lock(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("lock", connect_doors.lock.asyncio_detailed, vehicle_id, self.lock_command)

    async def unlock(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("unlock", connect_doors.unlock.asyncio_detailed, vehicle_id, self.unlock_command)

    async def start_engine(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command(
            "startEngine", connect_engine.start_engine.asyncio_detailed, vehicle_id, self.start_engine_command
        )

    async def stop_engine(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command(
            "stopEngine", connect_engine.stop_engine.asyncio_detailed, vehicle_id, self.stop_engine_command
        )

    async def refresh_status(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command(
            "status", connect_status.refresh_status.asyncio_detailed, vehicle_id, self.status_refresh
        )

    async def refresh_location(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("location", connect_location.refresh_location.asyncio_detailed, vehicle_id)

    async def wake(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("wake", connect_status.wake.asyncio_detailed, vehicle_id)

    async def start_charge(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("startCharge", connect_charging.start_charge.asyncio_detailed, vehicle_id)

    async def stop_charge(self, vehicle_id: str) -> AsyncConnectCommand:
        return await self._command("stopCharge", connect_charging.stop_charge.asyncio_detailed, vehicle_id)

    async def lock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(connect_doors.get_lock_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def unlock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(connect_doors.get_unlock_command.asyncio_detailed, vehicle_id, command_id, client=self._api)

    async def start_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(
            connect_engine.get_start_engine_command.asyncio_detailed, vehicle_id, command_id, client=self._api
        )

    async def stop_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        return await acall(
            connect_engine.get_stop_engine_command.asyncio_detailed, vehicle_id, command_id, client=self._api
        )

    async def status_refresh(self, vehicle_id: str, command_id: str) -> StatusRefreshResponse:
        return await acall(connect_status.get_status_refresh.asyncio_detailed, vehicle_id, command_id, client=self._api)


__all__ = ["CONNECT_API_URL", "AsyncConnectCommand", "AsyncFordConnectClient", "ConnectCommand", "FordConnectClient"]
