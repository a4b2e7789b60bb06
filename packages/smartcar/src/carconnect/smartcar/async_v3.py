"""Vehicles API v3 (``client.v3``): vehicle, signals, commands, charge schedules, connections.

Every call is signed with the application token and acts for one Smartcar user, sent as
``sc-user-id``: pass ``user_id=`` to the call or to the client. Commands return a
:class:`~carconnect.smartcar.results.CommandResult` (``finished`` False on a 202: still running) and
are never re-sent automatically.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from carconnect.core import acall, acall_detailed
from carconnect.core.users import ScopedApi

from ._base import CallSettings, Setup
from ._generated.vehicles_v3 import models as v3_models
from ._generated.vehicles_v3.api import charge_schedules as v3_charge_schedules
from ._generated.vehicles_v3.api import commands as v3_commands
from ._generated.vehicles_v3.api import connections as v3_connections
from ._generated.vehicles_v3.api import signals as v3_signals
from ._generated.vehicles_v3.api import users as v3_users
from ._generated.vehicles_v3.api import vehicles as v3_vehicles
from .async_pages import iterate
from .inputs import opt_v3 as opt
from .inputs import schedule_request, set_destination_request, set_limit_request, weekly_days
from .paging import DEFAULT_MAX_PAGES, connection_pages
from .results import CommandAnswer, CommandResult, E, command_result

if TYPE_CHECKING:
    from ._generated.vehicles_v3 import AuthenticatedClient as V3Api
    from ._generated.vehicles_v3.models import (
        ChargeScheduleExecution,
        CommandExecution,
        Connection,
        ConnectionList,
        DayOfWeek,
        Signal,
        SignalCode,
        SignalList,
        Vehicle,
        VehicleMode,
    )
    from ._generated.vehicles_v3.models import UnitSystem as V3UnitSystem
    from .units import UnitSystemLike

if TYPE_CHECKING:
    Command = CommandResult[CommandExecution]
    ScheduleChange = CommandResult[ChargeScheduleExecution]
else:  # the parameters are for type checkers; at run time they would load the models
    Command = ScheduleChange = CommandResult


__all__ = ["AsyncVehiclesV3"]


class AsyncVehiclesV3(CallSettings, ScopedApi):
    """Vehicles API v3, async."""

    def __init__(self, api: V3Api, setup: Setup) -> None:
        self._api = api
        self._setup = setup

    def _v3_unit(self, unit: UnitSystemLike | None) -> V3UnitSystem:
        """The ``sc-unit-system`` of one v3 read: the call's, else the client's (the SDKs always send it)."""
        return v3_models.UnitSystem(self._unit(unit).value)

    async def _command(
        self, operation: Callable[..., Awaitable[CommandAnswer[E]]], /, *path: str, user_id: str | None, **kwargs: Any
    ) -> CommandResult[E]:
        """Send one v3 command (or charge schedule change) for ``user_id`` (``sc-user-id``) and read its result."""
        answer = await acall_detailed(operation, *path, client=self._api, sc_user_id=self._user(user_id), **kwargs)
        return command_result(answer)

    async def vehicle(self, vehicle_id: str, *, user_id: str | None = None) -> Vehicle:
        """Make, model, year, powertrain type and mode."""
        return await acall(
            v3_vehicles.get_vehicle.asyncio_detailed,
            vehicle_id,
            client=self._api,
            sc_user_id=self._optional_user(user_id),
        )

    async def signals(
        self, vehicle_id: str, *, user_id: str | None = None, unit_system: UnitSystemLike | None = None
    ) -> SignalList:
        """Every signal the application may read (the vehicle comes in ``included``); distances in
        the client's unit system unless ``unit_system`` names another."""
        return await acall(
            v3_signals.list_signals.asyncio_detailed,
            vehicle_id,
            client=self._api,
            sc_user_id=self._user(user_id),
            sc_unit_system=self._v3_unit(unit_system),
        )

    async def signal(
        self,
        vehicle_id: str,
        code: SignalCode | str,
        *,
        user_id: str | None = None,
        unit_system: UnitSystemLike | None = None,
    ) -> Signal:
        """One signal, e.g. ``SignalCode.ODOMETER_TRAVELEDDISTANCE``."""
        return await acall(
            v3_signals.get_signal.asyncio_detailed,
            vehicle_id,
            str(code),
            client=self._api,
            sc_user_id=self._user(user_id),
            sc_unit_system=self._v3_unit(unit_system),
        )

    async def start_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Start charging."""
        return await self._command(v3_commands.start_charge.asyncio_detailed, vehicle_id, user_id=user_id)

    async def stop_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Stop charging."""
        return await self._command(v3_commands.stop_charge.asyncio_detailed, vehicle_id, user_id=user_id)

    async def set_charge_limit(self, vehicle_id: str, percent: float, *, user_id: str | None = None) -> Command:
        """Charge up to ``percent`` (50 to 100)."""
        return await self._command(
            v3_commands.set_charge_limit.asyncio_detailed, vehicle_id, body=set_limit_request(percent), user_id=user_id
        )

    async def lock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Lock the doors."""
        return await self._command(v3_commands.lock.asyncio_detailed, vehicle_id, user_id=user_id)

    async def unlock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Unlock the doors."""
        return await self._command(v3_commands.unlock.asyncio_detailed, vehicle_id, user_id=user_id)

    async def set_destination(
        self, vehicle_id: str, latitude: float, longitude: float, *, user_id: str | None = None
    ) -> Command:
        """Send a destination to the navigation system."""
        return await self._command(
            v3_commands.set_destination.asyncio_detailed,
            vehicle_id,
            body=set_destination_request(latitude, longitude),
            user_id=user_id,
        )

    async def open_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Open the charge port."""
        return await self._command(v3_commands.open_charge_port.asyncio_detailed, vehicle_id, user_id=user_id)

    async def close_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Close the charge port."""
        return await self._command(v3_commands.close_charge_port.asyncio_detailed, vehicle_id, user_id=user_id)

    async def set_daily_charge_schedule(
        self,
        vehicle_id: str,
        *,
        latitude: float,
        longitude: float,
        start_time: str,
        stop_time: str,
        user_id: str | None = None,
    ) -> ScheduleChange:
        """Charge every day between two local times (``HH:MM``) at a location."""
        return await self._command(
            v3_charge_schedules.set_daily_charge_schedule.asyncio_detailed,
            vehicle_id,
            body=schedule_request(latitude, longitude, start_time, stop_time),
            user_id=user_id,
        )

    async def set_weekly_charge_schedule(
        self,
        vehicle_id: str,
        *,
        latitude: float,
        longitude: float,
        start_time: str,
        stop_time: str,
        days: Iterable[DayOfWeek | str],
        user_id: str | None = None,
    ) -> ScheduleChange:
        """Charge on the given days (a list of ``MONDAY`` to ``SUNDAY``, any case) between two local
        times (``HH:MM``) at a location."""
        return await self._command(
            v3_charge_schedules.set_weekly_charge_schedule.asyncio_detailed,
            vehicle_id,
            body=schedule_request(latitude, longitude, start_time, stop_time, weekly_days(days)),
            user_id=user_id,
        )

    async def set_workweek_charge_schedule(
        self,
        vehicle_id: str,
        *,
        latitude: float,
        longitude: float,
        start_time: str,
        stop_time: str,
        user_id: str | None = None,
    ) -> ScheduleChange:
        """Charge Monday to Friday between two local times (``HH:MM``) at a location."""
        return await self._command(
            v3_charge_schedules.set_workweek_charge_schedule.asyncio_detailed,
            vehicle_id,
            body=schedule_request(latitude, longitude, start_time, stop_time),
            user_id=user_id,
        )

    async def delete_charge_schedule(
        self, vehicle_id: str, schedule_id: str, *, user_id: str | None = None
    ) -> ScheduleChange:
        """Delete a charge schedule (its ``scheduleId``)."""
        return await self._command(
            v3_charge_schedules.delete_charge_schedule.asyncio_detailed, vehicle_id, schedule_id, user_id=user_id
        )

    async def connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: VehicleMode | str | None = None,
        external_user_id: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> ConnectionList:
        """One page of the application's connections, optionally filtered."""
        return await acall(
            v3_connections.list_connections.asyncio_detailed,
            client=self._api,
            filteruser_id=opt(user_id),
            filtervehicle_id=opt(vehicle_id),
            filtervehicle_mode=opt(v3_models.VehicleMode(mode) if mode else None),
            filteruser_external_id=opt(external_user_id),
            pagenumber=opt(page),
            pagesize=opt(page_size),
        )

    def iter_connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: VehicleMode | str | None = None,
        external_user_id: str | None = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[Connection]:
        """Every connection, page after page."""
        return iterate(
            lambda page: self.connections(
                user_id=user_id,
                vehicle_id=vehicle_id,
                mode=mode,
                external_user_id=external_user_id,
                page=page,
                page_size=page_size,
            ),
            connection_pages(max_pages),
        )

    async def connection(self, connection_id: str) -> Connection:
        """One connection of a user and a vehicle."""
        return (await acall(v3_connections.get_connection.asyncio_detailed, connection_id, client=self._api)).data

    async def delete_connection(self, connection_id: str) -> None:
        """Disconnect one vehicle from one user."""
        await acall_detailed(v3_connections.delete_connection.asyncio_detailed, connection_id, client=self._api)

    async def delete_user(self, user_id: str) -> None:
        """Remove a user with all their connections and data."""
        await acall_detailed(v3_users.delete_user.asyncio_detailed, user_id, client=self._api)
