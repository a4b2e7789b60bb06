# Generated from async_client.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The FordConnect Query client (Ford's official, read-only API; the default Ford client).

One user consent covers one vehicle, so no method takes a vehicle id. Every call needs only the
bearer token. Ford answers 429 with ``Retry-After`` when polled too fast (poll no faster than every
30 s): reads are retried after the wait when it is at most a minute, else
:class:`~carconnect.core.RateLimitError` carries ``retry_after``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Unpack

from carconnect.core import ClientBase, Credentials, Options, call

from ._base import QUERY_API_URL, day
from ._generated import query as query_api
from ._generated.query.api import charging as query_charging
from ._generated.query.api import electric as query_electric
from ._generated.query.api import health as query_health
from ._generated.query.api import telemetry as query_telemetry
from ._generated.query.api import vehicles as query_vehicles
from ._generated.query.types import UNSET
from .errors import ford_error_mapper
from .inbody import FORD_POLICIES

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


class FordClient(ClientBase):
    """FordConnect Query for one consented vehicle.

    ``credentials``: a token source (``FordAuth(...).token_manager(store)``), a ``Token`` or an access
    token string. ``base_url``: the API root (the simulator's ``sim.endpoints("ford").apis["query"]``).
    ``options``: carconnect-core's client options (``transport``, ``http_client``, ``retry``,
    ``timeout``, ``clock``, ``user_agent``, ``trust_env``, ``event_hooks``).
    """

    def __init__(
        self, credentials: Credentials | None, *, base_url: str = QUERY_API_URL, **options: Unpack[Options]
    ) -> None:
        super().__init__(credentials, error_mapper=ford_error_mapper, policies=FORD_POLICIES, **options)
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
            start_date=day(start),
            end_date=day(end),
            charging_station_id=charging_station_id or UNSET,
        )


__all__ = ["QUERY_API_URL", "FordClient"]
