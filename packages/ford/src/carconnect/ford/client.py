"""FordConnect Query clients (Ford's official, read-only API; the default Ford client).

One user consent covers one vehicle, so no method takes a vehicle id. Every call needs only the
bearer token. Ford answers 429 with ``Retry-After`` when polled too fast (poll no faster than every
30 s): reads are retried after the wait when it is at most a minute, else
:class:`~carconnect.core.RateLimitError` carries ``retry_after``. :class:`AsyncFordClient` has the
same methods in the same order.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import httpx

from carconnect.core import SYSTEM_CLOCK, Clock, Credentials, RetryPolicy, acall, call
from carconnect.core.http import DEFAULT_TIMEOUT

from ._base import AsyncFordClientBase, FordClientBase
from ._generated import query as query_api
from ._generated.query.api import charging as query_charging
from ._generated.query.api import electric as query_electric
from ._generated.query.api import health as query_health
from ._generated.query.api import telemetry as query_telemetry
from ._generated.query.api import vehicles as query_vehicles
from ._generated.query.types import UNSET

if TYPE_CHECKING:
    from ._generated.query.models import (
        ChargeSchedules,
        ChargingSessions,
        DepartureTimes,
        Garage,
        Telemetry,
        VehicleHealthAlerts,
        Wallbox,
    )

QUERY_API_URL = "https://api.vehicle.ford.com/fcon-query/v1"


def _day(value: date | str) -> str:
    return value.isoformat() if isinstance(value, date) else value


class FordClient(FordClientBase):
    """FordConnect Query for one consented vehicle, sync.

    ``credentials``: a token source (``FordAuth(...).token_manager(store)``), a ``Token`` or an access
    token string. ``base_url``: the API root (the simulator's ``sim.endpoints("ford").apis["query"]``).
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        base_url: str = QUERY_API_URL,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(
            credentials,
            headers={},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self._api = self._bind(query_api.Client(base_url=base_url), base_url)

    def garage(self) -> Garage:
        """The consented vehicle: VIN, model, year, colour, powertrain."""
        return call(query_vehicles.get_garage.sync_detailed, client=self._api)

    def telemetry(self) -> Telemetry:
        """Latest readings of every metric the vehicle reports (doors, windows and tyres as lists)."""
        return call(query_telemetry.get_telemetry.sync_detailed, client=self._api)

    def health_alerts(self) -> VehicleHealthAlerts:
        """Active vehicle health alerts."""
        return call(query_health.get_vehicle_health_alerts.sync_detailed, client=self._api)

    def wallbox(self) -> Wallbox:
        """Ford Charge Station Pro data."""
        return call(query_charging.get_wallbox.sync_detailed, client=self._api)

    def departure_times(self) -> DepartureTimes:
        """EV departure schedule."""
        return call(query_electric.get_departure_times.sync_detailed, client=self._api)

    def charge_schedules(self) -> ChargeSchedules:
        """EV charge schedule."""
        return call(query_electric.get_charge_schedules.sync_detailed, client=self._api)

    def charging_sessions(
        self, start: date | str, end: date | str, *, charging_station_id: str | None = None
    ) -> ChargingSessions:
        """Charging sessions between two dates (``date`` objects are sent as ``YYYY-MM-DD``)."""
        return call(
            query_charging.list_charging_sessions.sync_detailed,
            client=self._api,
            start_date=_day(start),
            end_date=_day(end),
            charging_station_id=charging_station_id or UNSET,
        )


class AsyncFordClient(AsyncFordClientBase):
    """FordConnect Query for one consented vehicle, async (same methods as :class:`FordClient`)."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        base_url: str = QUERY_API_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(
            credentials,
            headers={},
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
        )
        self._api = self._bind(query_api.Client(base_url=base_url), base_url)

    async def garage(self) -> Garage:
        return await acall(query_vehicles.get_garage.asyncio_detailed, client=self._api)

    async def telemetry(self) -> Telemetry:
        return await acall(query_telemetry.get_telemetry.asyncio_detailed, client=self._api)

    async def health_alerts(self) -> VehicleHealthAlerts:
        return await acall(query_health.get_vehicle_health_alerts.asyncio_detailed, client=self._api)

    async def wallbox(self) -> Wallbox:
        return await acall(query_charging.get_wallbox.asyncio_detailed, client=self._api)

    async def departure_times(self) -> DepartureTimes:
        return await acall(query_electric.get_departure_times.asyncio_detailed, client=self._api)

    async def charge_schedules(self) -> ChargeSchedules:
        return await acall(query_electric.get_charge_schedules.asyncio_detailed, client=self._api)

    async def charging_sessions(
        self, start: date | str, end: date | str, *, charging_station_id: str | None = None
    ) -> ChargingSessions:
        return await acall(
            query_charging.list_charging_sessions.asyncio_detailed,
            client=self._api,
            start_date=_day(start),
            end_date=_day(end),
            charging_station_id=charging_station_id or UNSET,
        )
