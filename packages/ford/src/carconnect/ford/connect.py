# Generated from async_connect.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The FordConnect client (Ford's official API with remote commands, about 2021 to 2024).

Vehicles are addressed by Ford's 32-character hex ``vehicle_id`` (from ``vehicles()``), not the VIN.
Every call carries the ``Application-Id`` header. Timestamps stay the ``MM-DD-YYYY HH:MM:SS`` strings
Ford sends and coordinates stay strings; :mod:`carconnect.ford.values` parses them. Commands return a
handle (:mod:`carconnect.ford.commands`): ``wait()`` polls the command's status route (lock, unlock,
engine start/stop, status refresh) on the client's clock; wake, charging and location refresh have no
status route. Commands are sent once and never re-sent.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Unpack

from carconnect.core import ClientBase, Credentials, Options, call
from carconnect.core.users import for_current_user

from ._base import CONNECT_APPLICATION_ID
from ._connect import APPLICATION_ID_HEADER, CONNECT_API_URL, connect_handle_args
from ._generated import connect as connect_api
from ._generated.connect.api import charging as connect_charging
from ._generated.connect.api import doors as connect_doors
from ._generated.connect.api import engine as connect_engine
from ._generated.connect.api import location as connect_location
from ._generated.connect.api import status as connect_status
from ._generated.connect.api import vehicles as connect_vehicles
from .commands import CONNECT_WAIT, CommandHandle, WaitPolicy
from .errors import ford_error_mapper
from .inbody import FORD_POLICIES

if TYPE_CHECKING:
    from carconnect.core.calls import DetailedResponse

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
    from ._generated.connect.types import File
    from .command_states import ConnectAnswer

    ConnectCommand = CommandHandle[CommandResponse, ConnectAnswer]
    Accept = Callable[..., DetailedResponse[CommandResponse]]
    Image = Callable[..., DetailedResponse[File]]
else:  # the parameters are for type checkers; at run time they would load the models
    ConnectCommand = CommandHandle


class FordConnectClient(ClientBase):
    """FordConnect for the vehicles a user linked to the application.

    ``credentials``: a token source (``FordConnectAuth(...).token_manager(store)``), a ``Token`` or an
    access token string. ``base_url``: the API host (the simulator's ``sim.url("ford", "mps")``).
    ``application_id``: the ``Application-Id`` header. ``wait_policy``: how command handles poll by
    default (``CONNECT_WAIT``: 100 s, within the 120 s Ford keeps a command id). ``options``:
    carconnect-core's client options (``transport``, ``http_client``, ``retry``, ``timeout``,
    ``clock`` (what handles wait on), ``user_agent``, ``trust_env``, ``event_hooks``).
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        base_url: str = CONNECT_API_URL,
        application_id: str = CONNECT_APPLICATION_ID,
        wait_policy: WaitPolicy = CONNECT_WAIT,
        **options: Unpack[Options],
    ) -> None:
        super().__init__(
            credentials,
            headers={APPLICATION_ID_HEADER: application_id},
            error_mapper=ford_error_mapper,
            policies=FORD_POLICIES,
            **options,
        )
        self.wait_policy = wait_policy
        self._api = self._bind(connect_api.Client(base_url=base_url), base_url)

    def _command(
        self,
        command: str,
        accept: Accept,
        vehicle_id: str,
        poll: Callable[[str, str], ConnectAnswer] | None = None,
    ) -> ConnectCommand:
        """Send a command once and wrap Ford's acceptance in a handle."""
        accepted = call(accept, vehicle_id, client=self._api)
        status = for_current_user(partial(poll, vehicle_id, accepted.command_id)) if poll else None
        args = connect_handle_args(command, vehicle_id, accepted, self.clock, self.wait_policy)
        return CommandHandle(**args, poll=status)

    # -- vehicles ----------------------------------------------------------------------------------

    def vehicles(self) -> VehicleList:
        """The vehicles the user authorized for this application."""
        return call(connect_vehicles.list_vehicles.sync_detailed, client=self._api)

    def vehicle(self, vehicle_id: str) -> VehicleInfoResponse:
        """Vehicle information with its last known details, status and location."""
        return call(connect_vehicles.get_vehicle.sync_detailed, vehicle_id, client=self._api)

    def vin(self, vehicle_id: str) -> VinResponse:
        """The vehicle's VIN."""
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
        return self._image(connect_vehicles.get_thumbnail_image.sync_detailed, vehicle_id, make, model, year)

    def full_image(self, vehicle_id: str, *, make: str, model: str, year: str | int) -> bytes:
        """A full-size PNG picture."""
        return self._image(connect_vehicles.get_full_image.sync_detailed, vehicle_id, make, model, year)

    def _image(self, operation: Image, vehicle_id: str, make: str, model: str, year: str | int) -> bytes:
        answer = call(operation, vehicle_id, client=self._api, make=make, model=model, year=str(year))
        return answer.payload.read()

    # -- commands (sent once; the handle polls) ----------------------------------------------------

    def lock(self, vehicle_id: str) -> ConnectCommand:
        """Lock the doors."""
        return self._command("lock", connect_doors.lock.sync_detailed, vehicle_id, self.lock_command)

    def unlock(self, vehicle_id: str) -> ConnectCommand:
        """Unlock the doors."""
        return self._command("unlock", connect_doors.unlock.sync_detailed, vehicle_id, self.unlock_command)

    def start_engine(self, vehicle_id: str) -> ConnectCommand:
        """Remote start."""
        return self._command(
            "startEngine", connect_engine.start_engine.sync_detailed, vehicle_id, self.start_engine_command
        )

    def stop_engine(self, vehicle_id: str) -> ConnectCommand:
        """Stop a remote start."""
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
        """The state of a lock command."""
        return call(connect_doors.get_lock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def unlock_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        """The state of an unlock command."""
        return call(connect_doors.get_unlock_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def start_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        """The state of a remote start."""
        return call(connect_engine.get_start_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def stop_engine_command(self, vehicle_id: str, command_id: str) -> CommandResponse:
        """The state of a stop of a remote start."""
        return call(connect_engine.get_stop_engine_command.sync_detailed, vehicle_id, command_id, client=self._api)

    def status_refresh(self, vehicle_id: str, command_id: str) -> StatusRefreshResponse:
        """The state of a status refresh, with the lock and alarm state once it completed."""
        return call(connect_status.get_status_refresh.sync_detailed, vehicle_id, command_id, client=self._api)


__all__ = ["CONNECT_API_URL", "ConnectCommand", "FordConnectClient"]
