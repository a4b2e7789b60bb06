# Generated from async_client.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The BMW CarData client: one typed method per endpoint of the CarData customer API (read-only).

Every request is charged to the client's :class:`~carconnect.bmw.quota.QuotaBudget` (50 calls per day
per account), which refuses locally once the budget is spent; no call BMW may have received is sent
again automatically (see :mod:`carconnect.bmw.policies`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar, Unpack

from carconnect.core import SYSTEM_CLOCK, ClientBase, Credentials, Options, call, call_detailed

from ._base import API_URL, CARDATA_HEADERS, CONTAINER_PREFIX, CONTAINER_PURPOSE, DEFAULT_MAX_PAGES
from ._generated import cardata as cardata_api
from ._generated.cardata.api import charging as cardata_charging
from ._generated.cardata.api import containers as cardata_containers
from ._generated.cardata.api import maintenance as cardata_maintenance
from ._generated.cardata.api import telematics as cardata_telematics
from ._generated.cardata.api import vehicles as cardata_vehicles
from ._generated.cardata.types import UNSET
from .containers import ContainerPlan, container_request
from .errors import map_cardata_error
from .paging import Cursor, charging_sessions, charging_settings
from .params import cardata_container_id, cardata_instant, cardata_vin
from .policies import ImageAcceptPolicy, QuotaPolicy, with_quota_state
from .quota import QuotaBudget
from .results import EnsuredContainer, VehicleImage

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

PageT = TypeVar("PageT")
T = TypeVar("T")


def iterate_pages(fetch: Callable[[str | None], PageT], cursor: Cursor[PageT, T]) -> Iterator[T]:
    """Items of every page, fetching the next page (one call of the quota) only when the caller gets there."""
    while not cursor.done:
        page = fetch(cursor.token)
        yield from cursor.take(page)


class BmwClient(ClientBase):
    """Client of the BMW CarData customer API (read-only).

    ``credentials``: a token source (``BmwAuth(...).token_manager(store)``), a ``Token`` or an access
    token. ``quota``: the account's call budget; share one (or one file path) between every client of
    the account. By default each client counts in memory with BMW's 50 calls per day. Every other
    option (``transport``, ``http_client``, ``retry``, ``timeout``, ``clock``, ``user_agent``,
    ``trust_env``, ``event_hooks``) is carconnect-core's (:class:`~carconnect.core.ClientOptions`); a
    ``retry`` policy never brings back retries of calls the quota forbids.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = API_URL,
        quota: QuotaBudget | None = None,
        **options: Unpack[Options],
    ) -> None:
        self.quota = quota or QuotaBudget(clock=options.get("clock", SYSTEM_CLOCK))
        self._quota_policy = QuotaPolicy(self.quota)
        super().__init__(
            credentials,
            headers=CARDATA_HEADERS,
            error_mapper=with_quota_state(map_cardata_error, self._quota_policy.noted_state),
            policies=[ImageAcceptPolicy(), self._quota_policy],
            **options,
        )
        self._api = self._bind(cardata_api.Client(base_url=base_url), base_url)

    def quota_of(self, key: str) -> QuotaBudget:
        """The budget of the account that ``for_user(..., key=key)`` views call for."""
        return self._quota_policy.budget_for(key)

    def vehicle_mappings(self) -> list[VehicleMapping]:
        """Vehicles mapped to the account (only PRIMARY ones serve data)."""
        return call(cardata_vehicles.list_vehicle_mappings.sync_detailed, client=self._api)

    def basic_data(self, vin: str) -> VehicleBasicData:
        """Static data of a vehicle: model, body, drive train, options."""
        return call(cardata_vehicles.get_basic_data.sync_detailed, cardata_vin(vin), client=self._api)

    def vehicle_image(self, vin: str) -> VehicleImage:
        """A rendered picture of the vehicle with its media type (``NotFoundError`` ``CU-126`` if none)."""
        return VehicleImage.from_response(
            call_detailed(cardata_vehicles.get_vehicle_image.sync_detailed, cardata_vin(vin), client=self._api)
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
        return call(
            cardata_containers.get_container.sync_detailed, cardata_container_id(container_id), client=self._api
        )

    def delete_container(self, container_id: str) -> None:
        """Mark a container deleted (``ConflictError`` ``CU-122`` if it already is)."""
        call_detailed(
            cardata_containers.delete_container.sync_detailed, cardata_container_id(container_id), client=self._api
        )

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
            cardata_telematics.get_telematic_data.sync_detailed,
            cardata_vin(vin),
            client=self._api,
            container_id=cardata_container_id(container_id),
        )

    def charging_history(
        self, vin: str, start: datetime, end: datetime, *, next_token: str | None = None
    ) -> ChargingHistoryPage:
        """One page of charging sessions between ``start`` and ``end`` (naive datetimes are UTC)."""
        return call(
            cardata_charging.get_charging_history.sync_detailed,
            cardata_vin(vin),
            client=self._api,
            from_=cardata_instant(start),
            to=cardata_instant(end),
            next_token=next_token or UNSET,
        )

    def iter_charging_history(
        self, vin: str, start: datetime, end: datetime, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Iterator[ChargingSession]:
        """Every charging session of the range, following page tokens (one call per page)."""
        sessions = iterate_pages(
            lambda token: self.charging_history(vin, start, end, next_token=token), charging_sessions(max_pages)
        )
        yield from sessions

    def charging_settings(self, vin: str, *, next_token: str | None = None) -> LocationBasedChargingSettingsPage:
        """One page of location-based charging settings (``NotFoundError`` ``CU-127`` if none)."""
        return call(
            cardata_charging.get_location_based_charging_settings.sync_detailed,
            cardata_vin(vin),
            client=self._api,
            next_token=next_token or UNSET,
        )

    def iter_charging_settings(
        self, vin: str, *, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Iterator[LocationBasedChargingSetting]:
        """Every location-based charging setting, following page tokens (one call per page)."""
        settings = iterate_pages(
            lambda token: self.charging_settings(vin, next_token=token), charging_settings(max_pages)
        )
        yield from settings

    def tyre_diagnosis(self, vin: str) -> TyreDiagnosis:
        """Smart-maintenance diagnosis of the mounted and stored tyres."""
        return call(cardata_maintenance.get_tyre_diagnosis.sync_detailed, cardata_vin(vin), client=self._api)
