"""The async Volvo client: the same methods as :class:`~carconnect.volvo.client.VolvoClient`, awaited."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from carconnect.core import SYSTEM_CLOCK, AsyncClientBase, Clock, Credentials, RetryPolicy, acall
from carconnect.core.http import DEFAULT_TIMEOUT

from ._base import API_URL, api_headers, arun_command, engine_start, limiter_for
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
from .errors import volvo_error_mapper
from .ratelimit import AsyncRateLimitTransport, RateLimiter

if TYPE_CHECKING:
    from ._generated.connected_vehicle.models import (
        AvailableCommand,
        Brakes,
        CommandAccessibility,
        Diagnostics,
        Doors,
        EngineStatus,
        EngineWarnings,
        Fuel,
        Odometer,
        Statistics,
        Tyres,
        VehicleDetails,
        VehicleReference,
        Warnings,
        Windows,
    )
    from ._generated.energy.models import EnergyState, EnergyStateCapabilities
    from ._generated.location.models import VehicleLocation


class AsyncVolvoClient(AsyncClientBase):
    """Volvo Cars APIs for one Volvo ID, async (asyncio).

    ``credentials``: a token source (``VolvoAuth(...).token_manager(store)``), a ``Token`` or an
    access token string. ``api_key``: the application's VCC API key, sent as ``vcc-api-key``.
    ``rate_limit``: ``True`` (default) keeps calls under Volvo's 100 requests and 10 commands a
    minute by waiting, ``False`` turns that off, a :class:`RateLimiter` is shared as given.
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        api_key: str,
        base_url: str = API_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        rate_limit: RateLimiter | bool = True,
        user_agent: str | None = None,
    ) -> None:
        self.rate_limiter = limiter = limiter_for(rate_limit, clock)
        super().__init__(
            credentials,
            headers=api_headers(api_key),
            error_mapper=volvo_error_mapper,
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=(lambda inner: AsyncRateLimitTransport(inner, limiter)) if limiter is not None else None,
        )
        self._cv = self._bind(cv_api.AuthenticatedClient(base_url=base_url, token=""), base_url)
        self._energy = self._bind(energy_api.AuthenticatedClient(base_url=base_url, token=""), base_url)
        self._location = self._bind(location_api.AuthenticatedClient(base_url=base_url, token=""), base_url)

    # -- vehicles ----------------------------------------------------------------------------------

    async def vehicles(self) -> list[VehicleReference]:
        """Every vehicle linked to the Volvo ID."""
        return (await acall(cv_vehicles.list_vehicles.asyncio_detailed, client=self._cv)).data

    async def vehicle_details(self, vin: str) -> VehicleDetails:
        """Model, model year, fuel type, colour, battery capacity and images."""
        return (await acall(cv_vehicles.get_vehicle_details.asyncio_detailed, vin, client=self._cv)).data

    # -- status ------------------------------------------------------------------------------------

    async def doors(self, vin: str) -> Doors:
        """Central lock and doors, hood, tailgate and tank lid."""
        return (await acall(cv_status.get_doors.asyncio_detailed, vin, client=self._cv)).data

    async def windows(self, vin: str) -> Windows:
        """Side windows and sunroof."""
        return (await acall(cv_status.get_windows.asyncio_detailed, vin, client=self._cv)).data

    async def tyres(self, vin: str) -> Tyres:
        """Tyre pressure warning per wheel."""
        return (await acall(cv_status.get_tyres.asyncio_detailed, vin, client=self._cv)).data

    async def odometer(self, vin: str) -> Odometer:
        """Total distance driven."""
        return (await acall(cv_status.get_odometer.asyncio_detailed, vin, client=self._cv)).data

    async def fuel(self, vin: str) -> Fuel:
        """Fuel amount and, where available, battery charge level."""
        return (await acall(cv_status.get_fuel.asyncio_detailed, vin, client=self._cv)).data

    async def statistics(self, vin: str) -> Statistics:
        """Trip meters, averages and distance to empty."""
        return (await acall(cv_status.get_statistics.asyncio_detailed, vin, client=self._cv)).data

    async def engine_status(self, vin: str) -> EngineStatus:
        """Whether the engine is running."""
        return (await acall(cv_status.get_engine_status.asyncio_detailed, vin, client=self._cv)).data

    # -- diagnostics -------------------------------------------------------------------------------

    async def diagnostics(self, vin: str) -> Diagnostics:
        """Service warning, distance/time/engine hours to service, washer fluid."""
        return (await acall(cv_diagnostics.get_diagnostics.asyncio_detailed, vin, client=self._cv)).data

    async def engine_warnings(self, vin: str) -> EngineWarnings:
        """Oil and coolant level warnings."""
        return (await acall(cv_diagnostics.get_engine_warnings.asyncio_detailed, vin, client=self._cv)).data

    async def brakes(self, vin: str) -> Brakes:
        """Brake fluid level warning."""
        return (await acall(cv_diagnostics.get_brakes.asyncio_detailed, vin, client=self._cv)).data

    async def warnings(self, vin: str) -> Warnings:
        """Bulb failure warnings of every exterior light."""
        return (await acall(cv_diagnostics.get_warnings.asyncio_detailed, vin, client=self._cv)).data

    # -- what the car can do -----------------------------------------------------------------------

    async def command_accessibility(self, vin: str) -> CommandAccessibility:
        """Whether the car can take a command now, and why not."""
        return (await acall(cv_commands.get_command_accessibility.asyncio_detailed, vin, client=self._cv)).data

    async def commands(self, vin: str) -> list[AvailableCommand]:
        """The commands this car supports."""
        return (await acall(cv_commands.list_commands.asyncio_detailed, vin, client=self._cv)).data

    # -- energy and location -----------------------------------------------------------------------

    async def energy_capabilities(self, vin: str) -> EnergyStateCapabilities:
        """Which members of the energy state the car supports."""
        return (
            await acall(energy_ops.get_energy_capabilities.asyncio_detailed, vin, client=self._energy)
        ).get_energy_state

    async def energy_state(self, vin: str) -> EnergyState:
        """Battery, range and charging state, each member OK or ERROR on its own."""
        return await acall(energy_ops.get_energy_state.asyncio_detailed, vin, client=self._energy)

    async def location(self, vin: str) -> VehicleLocation:
        """Last known position (GeoJSON Feature)."""
        return (await acall(location_ops.get_location.asyncio_detailed, vin, client=self._location)).data

    # -- commands (sent once, never retried after they may have reached Volvo) ---------------------

    async def lock(self, vin: str) -> CommandResult:
        return await arun_command(
            "lock", cv_commands.lock.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    async def lock_reduced_guard(self, vin: str) -> CommandResult:
        """Lock with interior motion and tilt sensors off."""
        return await arun_command(
            "lock-reduced-guard",
            cv_commands.lock_reduced_guard.asyncio_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    async def unlock(self, vin: str) -> CommandResult:
        return await arun_command(
            "unlock", cv_commands.unlock.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    async def start_climatization(self, vin: str) -> CommandResult:
        return await arun_command(
            "climatization-start",
            cv_commands.start_climatization.asyncio_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    async def stop_climatization(self, vin: str) -> CommandResult:
        return await arun_command(
            "climatization-stop",
            cv_commands.stop_climatization.asyncio_detailed,
            vin,
            client=self._cv,
            body=cv_models.EmptyRequest(),
        )

    async def start_engine(self, vin: str, runtime_minutes: int = 15) -> CommandResult:
        """Start the engine for 0 to 15 minutes (only where :meth:`commands` lists ENGINE_START)."""
        return await arun_command(
            "engine-start",
            cv_commands.start_engine.asyncio_detailed,
            vin,
            client=self._cv,
            body=engine_start(runtime_minutes),
        )

    async def stop_engine(self, vin: str) -> CommandResult:
        return await arun_command(
            "engine-stop", cv_commands.stop_engine.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    async def honk(self, vin: str) -> CommandResult:
        return await arun_command(
            "honk", cv_commands.honk.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    async def flash(self, vin: str) -> CommandResult:
        return await arun_command(
            "flash", cv_commands.flash.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )

    async def honk_flash(self, vin: str) -> CommandResult:
        return await arun_command(
            "honk-flash", cv_commands.honk_flash.asyncio_detailed, vin, client=self._cv, body=cv_models.EmptyRequest()
        )
