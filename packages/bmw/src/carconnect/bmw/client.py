"""``BmwClient`` and ``AsyncBmwClient``: one typed method per CarData endpoint.

Both classes list the same methods in the same order; each is one line over the generated
operation. Every request is charged to the client's :class:`~carconnect.bmw.quota.QuotaBudget`
(50 calls per day per account), which refuses locally once the budget is spent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from carconnect.core import (
    SYSTEM_CLOCK,
    AsyncClientBase,
    ClientBase,
    Clock,
    Credentials,
    RetryPolicy,
    acall,
    acall_detailed,
    call,
    call_detailed,
)
from carconnect.core.http import DEFAULT_TIMEOUT

from ._generated import cardata as cardata_api
from ._generated.cardata.api import charging as cardata_charging
from ._generated.cardata.api import containers as cardata_containers
from ._generated.cardata.api import maintenance as cardata_maintenance
from ._generated.cardata.api import telematics as cardata_telematics
from ._generated.cardata.api import vehicles as cardata_vehicles
from ._generated.cardata.types import UNSET
from .containers import ContainerPlan, container_request
from .errors import map_cardata_error
from .paging import aiterate, charging_sessions, charging_settings, iterate
from .params import cardata_instant
from .quota import QuotaBudget
from .results import EnsuredContainer, VehicleImage
from .transport import AsyncCarDataTransport, CarDataTransport, with_quota_wait

if TYPE_CHECKING:
    from ._generated.cardata.models import (
        ChargingHistoryPage,
        ChargingSession,
        ContainerDetails,
        ContainerList,
        LocationBasedChargingSetting,
        LocationBasedChargingSettingsPage,
        TelematicDataResponse,
        TyreDiagnosis,
        VehicleBasicData,
        VehicleMapping,
    )

API_URL = "https://api-cardata.bmwgroup.com"
"""The CarData customer API."""
CARDATA_HEADERS = {"x-version": "v1"}
"""Sent on every call (BMW rejects calls without it)."""
DEFAULT_MAX_PAGES = 10
"""Pages an iterator fetches at most (each page is one call of the daily quota)."""
RETRY_STATUSES = frozenset({502, 503, 504})
"""Statuses a read is retried on. Not 429: at BMW that is the daily quota, which no retry can fix."""
CONTAINER_PREFIX = "carconnect"
CONTAINER_PURPOSE = "carconnect telematic data"


class BmwClient(ClientBase):
    """Sync client of the BMW CarData customer API (read-only).

    ``credentials``: a token source (``BmwAuth(...).token_manager(store)``), a ``Token`` or an access
    token. ``quota``: the account's call budget; share one (or one file path) between every client of
    the account. By default each client counts in memory with BMW's 50 calls per day. ``retry``
    defaults to core's policy without 429 (see :data:`RETRY_STATUSES`).
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = API_URL,
        quota: QuotaBudget | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        self.quota = quota or QuotaBudget(clock=clock)
        super().__init__(
            credentials,
            headers=CARDATA_HEADERS,
            error_mapper=with_quota_wait(map_cardata_error, self.quota),
            transport=transport,
            http_client=http_client,
            retry=retry or RetryPolicy(retry_statuses=RETRY_STATUSES),
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=lambda inner: CarDataTransport(inner, self.quota),
        )
        self._api = self._bind(cardata_api.Client(base_url=base_url), base_url)

    def vehicle_mappings(self) -> list[VehicleMapping]:
        """Vehicles mapped to the account (only PRIMARY ones serve data)."""
        return call(cardata_vehicles.list_vehicle_mappings.sync_detailed, client=self._api)

    def basic_data(self, vin: str) -> VehicleBasicData:
        """Static data of a vehicle: model, body, drive train, options."""
        return call(cardata_vehicles.get_basic_data.sync_detailed, vin, client=self._api)

    def vehicle_image(self, vin: str) -> VehicleImage:
        """A rendered picture of the vehicle with its media type (``NotFoundError`` ``CU-126`` if none)."""
        return VehicleImage.from_response(
            call_detailed(cardata_vehicles.get_vehicle_image.sync_detailed, vin, client=self._api)
        )

    def containers(self) -> ContainerList:
        """The account's containers, deleted ones included until BMW purges them."""
        return call(cardata_containers.list_containers.sync_detailed, client=self._api)

    def create_container(self, descriptors: Iterable[str], *, name: str, purpose: str) -> ContainerDetails:
        """A new container for telematic descriptors (``ConflictError`` ``CU-124`` beyond 10)."""
        return call(
            cardata_containers.create_container.sync_detailed,
            client=self._api,
            body=container_request(descriptors, name, purpose),
        )

    def container(self, container_id: str) -> ContainerDetails:
        """One container with its descriptors."""
        return call(cardata_containers.get_container.sync_detailed, container_id, client=self._api)

    def delete_container(self, container_id: str) -> None:
        """Mark a container deleted (``ConflictError`` ``CU-122`` if it already is)."""
        call_detailed(cardata_containers.delete_container.sync_detailed, container_id, client=self._api)

    def ensure_container(
        self, descriptors: Iterable[str], *, prefix: str = CONTAINER_PREFIX, purpose: str = CONTAINER_PURPOSE
    ) -> EnsuredContainer:
        """The account's container for exactly these descriptors, created if missing (1 or 2 calls)."""
        plan = ContainerPlan(descriptors, prefix, purpose)
        return plan.reuse(self.containers()) or plan.created(
            self.create_container(plan.descriptors, name=plan.name, purpose=plan.purpose)
        )

    def telematic_data(self, vin: str, container_id: str) -> TelematicDataResponse:
        """Latest value of every descriptor of an ACTIVE container (values are strings)."""
        return call(
            cardata_telematics.get_telematic_data.sync_detailed, vin, client=self._api, container_id=container_id
        )

    def charging_history(
        self, vin: str, start: datetime, end: datetime, *, next_token: str | None = None
    ) -> ChargingHistoryPage:
        """One page of charging sessions between ``start`` and ``end`` (naive datetimes are UTC)."""
        return call(
            cardata_charging.get_charging_history.sync_detailed,
            vin,
            client=self._api,
            from_=cardata_instant(start),
            to=cardata_instant(end),
            next_token=next_token or UNSET,
        )

    def iter_charging_history(
        self, vin: str, start: datetime, end: datetime, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Iterator[ChargingSession]:
        """Every charging session of the range, following page tokens (one call per page)."""
        return iterate(
            lambda token: self.charging_history(vin, start, end, next_token=token), charging_sessions(max_pages)
        )

    def charging_settings(self, vin: str, *, next_token: str | None = None) -> LocationBasedChargingSettingsPage:
        """One page of location-based charging settings (``NotFoundError`` ``CU-127`` if none)."""
        return call(
            cardata_charging.get_location_based_charging_settings.sync_detailed,
            vin,
            client=self._api,
            next_token=next_token or UNSET,
        )

    def iter_charging_settings(
        self, vin: str, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Iterator[LocationBasedChargingSetting]:
        """Every location-based charging setting, following page tokens (one call per page)."""
        return iterate(lambda token: self.charging_settings(vin, next_token=token), charging_settings(max_pages))

    def tyre_diagnosis(self, vin: str) -> TyreDiagnosis:
        """Smart-maintenance diagnosis of the mounted and stored tyres."""
        return call(cardata_maintenance.get_tyre_diagnosis.sync_detailed, vin, client=self._api)


class AsyncBmwClient(AsyncClientBase):
    """Async client of the BMW CarData customer API; same methods as :class:`BmwClient`."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = API_URL,
        quota: QuotaBudget | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        self.quota = quota or QuotaBudget(clock=clock)
        super().__init__(
            credentials,
            headers=CARDATA_HEADERS,
            error_mapper=with_quota_wait(map_cardata_error, self.quota),
            transport=transport,
            http_client=http_client,
            retry=retry or RetryPolicy(retry_statuses=RETRY_STATUSES),
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=lambda inner: AsyncCarDataTransport(inner, self.quota),
        )
        self._api = self._bind(cardata_api.Client(base_url=base_url), base_url)

    async def vehicle_mappings(self) -> list[VehicleMapping]:
        return await acall(cardata_vehicles.list_vehicle_mappings.asyncio_detailed, client=self._api)

    async def basic_data(self, vin: str) -> VehicleBasicData:
        return await acall(cardata_vehicles.get_basic_data.asyncio_detailed, vin, client=self._api)

    async def vehicle_image(self, vin: str) -> VehicleImage:
        return VehicleImage.from_response(
            await acall_detailed(cardata_vehicles.get_vehicle_image.asyncio_detailed, vin, client=self._api)
        )

    async def containers(self) -> ContainerList:
        return await acall(cardata_containers.list_containers.asyncio_detailed, client=self._api)

    async def create_container(self, descriptors: Iterable[str], *, name: str, purpose: str) -> ContainerDetails:
        return await acall(
            cardata_containers.create_container.asyncio_detailed,
            client=self._api,
            body=container_request(descriptors, name, purpose),
        )

    async def container(self, container_id: str) -> ContainerDetails:
        return await acall(cardata_containers.get_container.asyncio_detailed, container_id, client=self._api)

    async def delete_container(self, container_id: str) -> None:
        await acall_detailed(cardata_containers.delete_container.asyncio_detailed, container_id, client=self._api)

    async def ensure_container(
        self, descriptors: Iterable[str], *, prefix: str = CONTAINER_PREFIX, purpose: str = CONTAINER_PURPOSE
    ) -> EnsuredContainer:
        plan = ContainerPlan(descriptors, prefix, purpose)
        return plan.reuse(await self.containers()) or plan.created(
            await self.create_container(plan.descriptors, name=plan.name, purpose=plan.purpose)
        )

    async def telematic_data(self, vin: str, container_id: str) -> TelematicDataResponse:
        return await acall(
            cardata_telematics.get_telematic_data.asyncio_detailed, vin, client=self._api, container_id=container_id
        )

    async def charging_history(
        self, vin: str, start: datetime, end: datetime, *, next_token: str | None = None
    ) -> ChargingHistoryPage:
        return await acall(
            cardata_charging.get_charging_history.asyncio_detailed,
            vin,
            client=self._api,
            from_=cardata_instant(start),
            to=cardata_instant(end),
            next_token=next_token or UNSET,
        )

    def iter_charging_history(
        self, vin: str, start: datetime, end: datetime, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> AsyncIterator[ChargingSession]:
        return aiterate(
            lambda token: self.charging_history(vin, start, end, next_token=token), charging_sessions(max_pages)
        )

    async def charging_settings(self, vin: str, *, next_token: str | None = None) -> LocationBasedChargingSettingsPage:
        return await acall(
            cardata_charging.get_location_based_charging_settings.asyncio_detailed,
            vin,
            client=self._api,
            next_token=next_token or UNSET,
        )

    def iter_charging_settings(
        self, vin: str, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> AsyncIterator[LocationBasedChargingSetting]:
        return aiterate(lambda token: self.charging_settings(vin, next_token=token), charging_settings(max_pages))

    async def tyre_diagnosis(self, vin: str) -> TyreDiagnosis:
        return await acall(cardata_maintenance.get_tyre_diagnosis.asyncio_detailed, vin, client=self._api)
