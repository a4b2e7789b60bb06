"""Vehicles API v3 (``client.v3``): vehicle, signals, commands, charge schedules, connections.

Every call is signed with the application token and acts for one Smartcar user, sent as
``sc-user-id``: pass ``user_id=`` to the call or to the client. Commands return a
:class:`~carconnect.smartcar.results.CommandResult` (``finished`` False on a 202: still running) and
are never re-sent automatically. :class:`AsyncVehiclesV3` has the same methods in the same order.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator

from carconnect.core import acall, acall_detailed, call, call_detailed

from ._base import ClientOptions, Setup
from ._generated.vehicles_v3 import AuthenticatedClient as V3Api
from ._generated.vehicles_v3.api.charge_schedules import delete_charge_schedule as delete_schedule_op
from ._generated.vehicles_v3.api.charge_schedules import set_daily_charge_schedule as daily_op
from ._generated.vehicles_v3.api.charge_schedules import set_weekly_charge_schedule as weekly_op
from ._generated.vehicles_v3.api.charge_schedules import set_workweek_charge_schedule as workweek_op
from ._generated.vehicles_v3.api.commands import close_charge_port as close_port_op
from ._generated.vehicles_v3.api.commands import lock as lock_op
from ._generated.vehicles_v3.api.commands import open_charge_port as open_port_op
from ._generated.vehicles_v3.api.commands import set_charge_limit as set_limit_op
from ._generated.vehicles_v3.api.commands import set_destination as destination_op
from ._generated.vehicles_v3.api.commands import start_charge as start_charge_op
from ._generated.vehicles_v3.api.commands import stop_charge as stop_charge_op
from ._generated.vehicles_v3.api.commands import unlock as unlock_op
from ._generated.vehicles_v3.api.connections import delete_connection as delete_connection_op
from ._generated.vehicles_v3.api.connections import get_connection, list_connections
from ._generated.vehicles_v3.api.signals import get_signal, list_signals
from ._generated.vehicles_v3.api.users import delete_user as delete_user_op
from ._generated.vehicles_v3.api.vehicles import get_vehicle
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
from .inputs import opt_v3 as opt
from .inputs import schedule_request, set_destination_request, set_limit_request, weekly_days
from .paging import DEFAULT_MAX_PAGES, aiterate, connection_pages, iterate
from .results import CommandResult, command_result

Command = CommandResult[CommandExecution]
ScheduleChange = CommandResult[ChargeScheduleExecution]


class _V3Base(ClientOptions):
    def __init__(self, api: V3Api, setup: Setup) -> None:
        self._api = api
        self._setup = setup


class VehiclesV3(_V3Base):
    """Vehicles API v3, sync."""

    def vehicle(self, vehicle_id: str, *, user_id: str | None = None) -> Vehicle:
        """Make, model, year, powertrain type and mode."""
        return call(get_vehicle.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._optional_user(user_id))

    def signals(self, vehicle_id: str, *, user_id: str | None = None) -> SignalList:
        """Every signal the application may read (the vehicle comes in ``included``)."""
        return call(list_signals.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))

    def signal(self, vehicle_id: str, code: SignalCode | str, *, user_id: str | None = None) -> Signal:
        """One signal, e.g. ``SignalCode.ODOMETER_TRAVELEDDISTANCE``."""
        return call(get_signal.sync_detailed, vehicle_id, str(code), client=self._api, sc_user_id=self._user(user_id))

    def start_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Start charging."""
        return command_result(
            call_detailed(start_charge_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def stop_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Stop charging."""
        return command_result(
            call_detailed(stop_charge_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def set_charge_limit(self, vehicle_id: str, percent: float, *, user_id: str | None = None) -> Command:
        """Charge up to ``percent`` (50 to 100)."""
        return command_result(
            call_detailed(
                set_limit_op.sync_detailed,
                vehicle_id,
                client=self._api,
                body=set_limit_request(percent),
                sc_user_id=self._user(user_id),
            )
        )

    def lock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Lock the doors."""
        return command_result(
            call_detailed(lock_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def unlock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Unlock the doors."""
        return command_result(
            call_detailed(unlock_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def set_destination(
        self, vehicle_id: str, latitude: float, longitude: float, *, user_id: str | None = None
    ) -> Command:
        """Send a destination to the navigation system."""
        return command_result(
            call_detailed(
                destination_op.sync_detailed,
                vehicle_id,
                client=self._api,
                body=set_destination_request(latitude, longitude),
                sc_user_id=self._user(user_id),
            )
        )

    def open_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Open the charge port."""
        return command_result(
            call_detailed(open_port_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def close_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Close the charge port."""
        return command_result(
            call_detailed(close_port_op.sync_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    def set_daily_charge_schedule(
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
        return command_result(
            call_detailed(
                daily_op.sync_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time),
                sc_user_id=self._user(user_id),
            )
        )

    def set_weekly_charge_schedule(
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
        """Charge on the given days between two local times (``HH:MM``) at a location."""
        return command_result(
            call_detailed(
                weekly_op.sync_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time, weekly_days(days)),
                sc_user_id=self._user(user_id),
            )
        )

    def set_workweek_charge_schedule(
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
        return command_result(
            call_detailed(
                workweek_op.sync_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time),
                sc_user_id=self._user(user_id),
            )
        )

    def delete_charge_schedule(
        self, vehicle_id: str, schedule_id: str, *, user_id: str | None = None
    ) -> ScheduleChange:
        """Delete a charge schedule (its ``scheduleId``)."""
        return command_result(
            call_detailed(
                delete_schedule_op.sync_detailed,
                vehicle_id,
                schedule_id,
                client=self._api,
                sc_user_id=self._user(user_id),
            )
        )

    def connections(
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
        return call(
            list_connections.sync_detailed,
            client=self._api,
            filteruser_id=opt(user_id),
            filtervehicle_id=opt(vehicle_id),
            filtervehicle_mode=opt(VehicleMode(mode) if mode else None),
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
    ) -> Iterator[Connection]:
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

    def connection(self, connection_id: str) -> Connection:
        """One connection of a user and a vehicle."""
        return call(get_connection.sync_detailed, connection_id, client=self._api).data

    def delete_connection(self, connection_id: str) -> None:
        """Disconnect one vehicle from one user."""
        call_detailed(delete_connection_op.sync_detailed, connection_id, client=self._api)

    def delete_user(self, user_id: str) -> None:
        """Remove a user with all their connections and data."""
        call_detailed(delete_user_op.sync_detailed, user_id, client=self._api)


class AsyncVehiclesV3(_V3Base):
    """Vehicles API v3, async."""

    async def vehicle(self, vehicle_id: str, *, user_id: str | None = None) -> Vehicle:
        """Make, model, year, powertrain type and mode."""
        return await acall(
            get_vehicle.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._optional_user(user_id)
        )

    async def signals(self, vehicle_id: str, *, user_id: str | None = None) -> SignalList:
        """Every signal the application may read (the vehicle comes in ``included``)."""
        return await acall(list_signals.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))

    async def signal(self, vehicle_id: str, code: SignalCode | str, *, user_id: str | None = None) -> Signal:
        """One signal, e.g. ``SignalCode.ODOMETER_TRAVELEDDISTANCE``."""
        return await acall(
            get_signal.asyncio_detailed, vehicle_id, str(code), client=self._api, sc_user_id=self._user(user_id)
        )

    async def start_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Start charging."""
        return command_result(
            await acall_detailed(
                start_charge_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id)
            )
        )

    async def stop_charge(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Stop charging."""
        return command_result(
            await acall_detailed(
                stop_charge_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id)
            )
        )

    async def set_charge_limit(self, vehicle_id: str, percent: float, *, user_id: str | None = None) -> Command:
        """Charge up to ``percent`` (50 to 100)."""
        return command_result(
            await acall_detailed(
                set_limit_op.asyncio_detailed,
                vehicle_id,
                client=self._api,
                body=set_limit_request(percent),
                sc_user_id=self._user(user_id),
            )
        )

    async def lock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Lock the doors."""
        return command_result(
            await acall_detailed(lock_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id))
        )

    async def unlock(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Unlock the doors."""
        return command_result(
            await acall_detailed(
                unlock_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id)
            )
        )

    async def set_destination(
        self, vehicle_id: str, latitude: float, longitude: float, *, user_id: str | None = None
    ) -> Command:
        """Send a destination to the navigation system."""
        return command_result(
            await acall_detailed(
                destination_op.asyncio_detailed,
                vehicle_id,
                client=self._api,
                body=set_destination_request(latitude, longitude),
                sc_user_id=self._user(user_id),
            )
        )

    async def open_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Open the charge port."""
        return command_result(
            await acall_detailed(
                open_port_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id)
            )
        )

    async def close_charge_port(self, vehicle_id: str, *, user_id: str | None = None) -> Command:
        """Close the charge port."""
        return command_result(
            await acall_detailed(
                close_port_op.asyncio_detailed, vehicle_id, client=self._api, sc_user_id=self._user(user_id)
            )
        )

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
        return command_result(
            await acall_detailed(
                daily_op.asyncio_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time),
                sc_user_id=self._user(user_id),
            )
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
        """Charge on the given days between two local times (``HH:MM``) at a location."""
        return command_result(
            await acall_detailed(
                weekly_op.asyncio_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time, weekly_days(days)),
                sc_user_id=self._user(user_id),
            )
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
        return command_result(
            await acall_detailed(
                workweek_op.asyncio_detailed,
                vehicle_id,
                client=self._api,
                body=schedule_request(latitude, longitude, start_time, stop_time),
                sc_user_id=self._user(user_id),
            )
        )

    async def delete_charge_schedule(
        self, vehicle_id: str, schedule_id: str, *, user_id: str | None = None
    ) -> ScheduleChange:
        """Delete a charge schedule (its ``scheduleId``)."""
        return command_result(
            await acall_detailed(
                delete_schedule_op.asyncio_detailed,
                vehicle_id,
                schedule_id,
                client=self._api,
                sc_user_id=self._user(user_id),
            )
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
            list_connections.asyncio_detailed,
            client=self._api,
            filteruser_id=opt(user_id),
            filtervehicle_id=opt(vehicle_id),
            filtervehicle_mode=opt(VehicleMode(mode) if mode else None),
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
        return aiterate(
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
        return (await acall(get_connection.asyncio_detailed, connection_id, client=self._api)).data

    async def delete_connection(self, connection_id: str) -> None:
        """Disconnect one vehicle from one user."""
        await acall_detailed(delete_connection_op.asyncio_detailed, connection_id, client=self._api)

    async def delete_user(self, user_id: str) -> None:
        """Remove a user with all their connections and data."""
        await acall_detailed(delete_user_op.asyncio_detailed, user_id, client=self._api)
