# Generated from async_client.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The Volvo client: one typed method per endpoint of Connected Vehicle v2, Energy v2 and Location v1.

Reads return the generated model inside Volvo's ``{"data": ...}`` envelope (Energy has none);
commands return a :class:`~carconnect.volvo.commands.CommandResult`. Errors are carconnect errors
(see :mod:`carconnect.volvo.errors`); Volvo's rules (rate limit, no blind retry of a busy car) are
policies of the client (see :func:`carconnect.volvo._base.volvo_policies`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeAlias, TypeVar, Unpack

from carconnect.core import SYSTEM_CLOCK, BadRequestError, ClientBase, Credentials, Options, call
from carconnect.core.calls import DetailedResponse

from ._base import API_URL, api_headers, engine_start, limiter_for, volvo_policies
from ._generated import connected_vehicle as cv_api
from ._generated import energy as energy_api
from ._generated import location as location_api
from ._generated.connected_vehicle import models as cv_models
from ._generated.connected_vehicle.api import commands as cv_commands
from ._generated.connected_vehicle.api import diagnostics as cv_diagnostics
from ._generated.connected_vehicle.api import status as cv_status
from ._generated.connected_vehicle.api import vehicles as cv_vehicles
from ._generated.energy.api import energy as energy_ops
from ._generated.location.api import location as location_ops
from .commands import CommandResult
from .errors import command_error, volvo_error_mapper
from .ratelimit import RateLimiter

if TYPE_CHECKING:
    from ._generated.connected_vehicle.models import (
        AvailableCommand,
        Brakes,
        CommandAccessibility,
        CommandResponse,
        Diagnostics,
        Doors,
        EngineStatus,
        EngineWarnings,
        Fuel,
        Odometer,
        Statistics,
        Tyres,
        UnlockResponse,
        VehicleDetails,
        VehicleReference,
        Warnings,
        Windows,
    )
    from ._generated.energy.models import EnergyState, EnergyStateCapabilities
    from ._generated.location.models import VehicleLocation

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Envelope(Protocol[T_co]):
    """Volvo's ``{"data": ...}`` answer."""

    @property
    def data(self) -> T_co: ...


Enveloped: TypeAlias = DetailedResponse[_Envelope[T]]


def data_of(operation: Callable[P, Enveloped[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a read and return what its ``data`` envelope holds."""
    answer = call(operation, *args, **kwargs)
    return answer.data


def run_command(
    name: str,
    operation: Callable[P, DetailedResponse[CommandResponse | UnlockResponse]],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> CommandResult:
    """Invoke a command once (never re-sent) and read its result; a 422 becomes ``CommandFailedError``."""
    try:
        return CommandResult.from_response(name, call(operation, *args, **kwargs))
    except BadRequestError as exc:
        failed = command_error(exc)
        if failed is None:
            raise
        raise failed from exc


class VolvoClient(ClientBase):
    """Volvo Cars APIs for one Volvo ID.

    ``credentials``: a token source (``VolvoAuth(...).token_manager(store)``), a ``Token`` or an
    access token string. ``api_key``: the application's VCC API key, sent as ``vcc-api-key``.
    ``rate_limit``: ``True`` (default) keeps calls under Volvo's 100 requests and 10 commands a
    minute by waiting, ``False`` turns that off, a :class:`RateLimiter` is shared as given. Once Volvo
    answers that the application's daily call volume quota is used up, calls are refused locally
    until it refills (:class:`~carconnect.volvo.policies.QuotaPolicy`), for every client sharing the
    limiter (each client on its own with ``rate_limit=False``). Every other option (``transport``,
    ``http_client``, ``retry``, ``timeout``, ``clock``, ``user_agent``, ``trust_env``,
    ``event_hooks``) is carconnect-core's (:class:`~carconnect.core.ClientOptions`).
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        api_key: str,
        base_url: str = API_URL,
        rate_limit: RateLimiter | bool = True,
        **options: Unpack[Options],
    ) -> None:
        clock = options.get("clock", SYSTEM_CLOCK)
        self.rate_limiter = limiter_for(rate_limit, clock)
        super().__init__(
            credentials,
            headers=api_headers(api_key),
            error_mapper=volvo_error_mapper,
            policies=volvo_policies(self.rate_limiter, clock, api_key),
            **options,
        )
        self._cv = self._bind(cv_api.AuthenticatedClient(base_url=base_url, token=""), base_url)
        self._energy = self._bind(energy_api.AuthenticatedClient(base_url=base_url, token=""), base_url)
        self._location = self._bind(location_api.AuthenticatedClient(base_url=base_url, token=""), base_url)

    # -- vehicles ----------------------------------------------------------------------------------

    def vehicles(self) -> list[VehicleReference]:
        """Every vehicle linked to the Volvo ID."""
        return data_of(cv_vehicles.list_vehicles.sync_detailed, client=self._cv)

    def vehicle_details(self, vin: str) -> VehicleDetails:
        """Model, model year, fuel type, colour, battery capacity and images."""
        return data_of(cv_vehicles.get_vehicle_details.sync_detailed, vin, client=self._cv)

    # -- status ------------------------------------------------------------------------------------

    def doors(self, vin: str) -> Doors:
        """Central lock and doors, hood, tailgate and tank lid."""
        return data_of(cv_status.get_doors.sync_detailed, vin, client=self._cv)

    def windows(self, vin: str) -> Windows:
        """Side windows and sunroof."""
        return data_of(cv_status.get_windows.sync_detailed, vin, client=self._cv)

    def tyres(self, vin: str) -> Tyres:
        """Tyre pressure warning per wheel."""
        return data_of(cv_status.get_tyres.sync_detailed, vin, client=self._cv)

    def odometer(self, vin: str) -> Odometer:
        """Total distance driven."""
        return data_of(cv_status.get_odometer.sync_detailed, vin, client=self._cv)

    def fuel(self, vin: str) -> Fuel:
        """Fuel amount and, where available, battery charge level."""
        return data_of(cv_status.get_fuel.sync_detailed, vin, client=self._cv)

    def statistics(self, vin: str) -> Statistics:
        """Trip meters, averages and distance to empty."""
        return data_of(cv_status.get_statistics.sync_detailed, vin, client=self._cv)

    def engine_status(self, vin: str) -> EngineStatus:
        """Whether the engine is running."""
        return data_of(cv_status.get_engine_status.sync_detailed, vin, client=self._cv)

    # -- diagnostics -------------------------------------------------------------------------------

    def diagnostics(self, vin: str) -> Diagnostics:
        """Service warning, distance/time/engine hours to service, washer fluid."""
        return data_of(cv_diagnostics.get_diagnostics.sync_detailed, vin, client=self._cv)

    def engine_warnings(self, vin: str) -> EngineWarnings:
        """Oil and coolant level warnings."""
        return data_of(cv_diagnostics.get_engine_warnings.sync_detailed, vin, client=self._cv)

    def brakes(self, vin: str) -> Brakes:
        """Brake fluid level warning."""
        return data_of(cv_diagnostics.get_brakes.sync_detailed, vin, client=self._cv)

    def warnings(self, vin: str) -> Warnings:
        """Bulb failure warnings of every exterior light."""
        return data_of(cv_diagnostics.get_warnings.sync_detailed, vin, client=self._cv)

    # -- what the car can do -----------------------------------------------------------------------

    def command_accessibility(self, vin: str) -> CommandAccessibility:
        """Whether the car can take a command now, and why not."""
        return data_of(cv_commands.get_command_accessibility.sync_detailed, vin, client=self._cv)

    def commands(self, vin: str) -> list[AvailableCommand]:
        """The commands this car supports."""
        return data_of(cv_commands.list_commands.sync_detailed, vin, client=self._cv)

    # -- energy and location -----------------------------------------------------------------------

    def energy_capabilities(self, vin: str) -> EnergyStateCapabilities:
        """Which members of the energy state the car supports."""
        capabilities = call(energy_ops.get_energy_capabilities.sync_detailed, vin, client=self._energy)
        return capabilities.get_energy_state

    def energy_state(self, vin: str) -> EnergyState:
        """Battery, range and charging state, each member OK or ERROR on its own."""
        return call(energy_ops.get_energy_state.sync_detailed, vin, client=self._energy)

    def location(self, vin: str) -> VehicleLocation:
        """Last known position (GeoJSON Feature)."""
        return data_of(location_ops.get_location.sync_detailed, vin, client=self._location)

    # -- commands (sent once, never retried after they may have reached Volvo) ---------------------

    def lock(self, vin: str) -> CommandResult:
        return run_command("lock", cv_commands.lock.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest())

    def lock_reduced_guard(self, vin: str) -> CommandResult:
        """Lock with interior motion and tilt sensors off."""
        return run_command(
            "lock-reduced-guard",
            cv_commands.lock_reduced_guard.sync_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    def unlock(self, vin: str) -> CommandResult:
        return run_command(
            "unlock", cv_commands.unlock.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    def start_climatization(self, vin: str) -> CommandResult:
        return run_command(
            "climatization-start",
            cv_commands.start_climatization.sync_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    def stop_climatization(self, vin: str) -> CommandResult:
        return run_command(
            "climatization-stop",
            cv_commands.stop_climatization.sync_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    def start_engine(self, vin: str, runtime_minutes: int = 15) -> CommandResult:
        """Start the engine for 0 to 15 minutes (only where :meth:`commands` lists ENGINE_START)."""
        return run_command(
            "engine-start",
            cv_commands.start_engine.sync_detailed,
            vin,
            client=self._cv,
            body=engine_start(runtime_minutes),
        )

    def stop_engine(self, vin: str) -> CommandResult:
        return run_command(
            "engine-stop", cv_commands.stop_engine.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    def honk(self, vin: str) -> CommandResult:
        return run_command("honk", cv_commands.honk.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest())

    def flash(self, vin: str) -> CommandResult:
        return run_command(
            "flash", cv_commands.flash.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    def honk_flash(self, vin: str) -> CommandResult:
        return run_command(
            "honk-flash", cv_commands.honk_flash.sync_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )
