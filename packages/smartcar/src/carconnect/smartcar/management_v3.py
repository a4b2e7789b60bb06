"""Management API v3 (``management.api.smartcar.com/v3``): webhooks and their vehicle subscriptions.

Authenticated with the application token, like the Vehicles API v3: :func:`management_v3_api` builds
the generated client signed by a ``CarConnectAuth``; ``ManagementV3(api)`` and
``AsyncManagementV3(api)`` have the same methods in the same order. Close the clients with
``api.get_httpx_client().close()`` / ``await api.get_async_httpx_client().aclose()`` (or ``with api:``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

import httpx

from carconnect.core import DEFAULT_TIMEOUT, CarConnectAuth, acall, acall_detailed, call, call_detailed, default_headers

from ._generated import management_v3 as management_v3_api_package
from ._generated.management_v3 import models as v3m
from ._generated.management_v3.api import subscriptions as v3m_subscriptions
from ._generated.management_v3.api import webhooks as v3m_webhooks
from ._generated.management_v3.types import UNSET, Unset
from .hosts import origin

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._generated.management_v3 import AuthenticatedClient as ManagementV3Api
    from ._generated.management_v3.models import SubscriptionDocument, SubscriptionList, WebhookDocument, WebhookList

T = TypeVar("T")

MANAGEMENT_V3_URL = "https://management.api.smartcar.com"
MANAGEMENT_V3_PATH = "/v3"
UNUSED_TOKEN = "unused"
"""Placeholder the generated client requires; ``auth`` sets the real token on every request."""


def management_v3_api(
    auth: CarConnectAuth,
    *,
    hosts: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> ManagementV3Api:
    """A generated Management v3 client whose httpx clients are signed by ``auth``.

    ``auth`` carries the application token (``CarConnectAuth(app_token_source, error_mapper=
    smartcar_error_mapper)``); ``hosts`` may name another ``management-v3`` origin (the simulator's);
    ``transport`` / ``async_transport`` replace httpx's; ``auth`` applies its retry policy and policies.
    Requests carry carconnect's ``User-Agent`` and the brand clients' default timeout.
    """
    base_url = origin(hosts, "management-v3", MANAGEMENT_V3_URL) + MANAGEMENT_V3_PATH
    api = management_v3_api_package.AuthenticatedClient(base_url=base_url, token=UNUSED_TOKEN)
    headers = default_headers()  # as every brand client sends
    api.set_httpx_client(
        httpx.Client(base_url=base_url, auth=auth, transport=transport, timeout=DEFAULT_TIMEOUT, headers=headers)
    )
    return api.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url, auth=auth, transport=async_transport, timeout=DEFAULT_TIMEOUT, headers=headers
        )
    )


def subscribe_request(vehicle_ids: Iterable[str]) -> v3m.SubscribeRequest:
    """The body naming the vehicles to subscribe (at least one)."""
    refs = [v3m.VehicleReference(id=vehicle_id, type_="vehicle") for vehicle_id in vehicle_ids]
    if not refs:
        raise ValueError("name at least one vehicle to subscribe")
    return v3m.SubscribeRequest(data=refs)


def _opt(value: T | None) -> T | Unset:
    return UNSET if value is None else value


class _ManagementV3Base:
    def __init__(self, api: ManagementV3Api) -> None:
        self._api = api


class ManagementV3(_ManagementV3Base):
    """Management API v3, sync."""

    def webhook(self, webhook_id: str) -> WebhookDocument:
        """One webhook of the application (name, callback, event types, signals)."""
        return call(v3m_webhooks.get_webhook.sync_detailed, webhook_id, client=self._api)

    def webhooks(
        self,
        *,
        name: str | None = None,
        enabled: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> WebhookList:
        """One page of the application's webhooks (``name``: contained in the display name)."""
        return call(
            v3m_webhooks.list_webhooks.sync_detailed,
            client=self._api,
            filtername=_opt(name),
            filteris_enabled=_opt(enabled),
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    def all_subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        vehicle_id: str | None = None,
        user_id: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> SubscriptionList:
        """One page of every subscription of the application, filtered by webhook, vehicle or user."""
        return call(
            v3m_subscriptions.list_all_subscriptions.sync_detailed,
            client=self._api,
            filterwebhook_id=_opt(webhook_id),
            filtervehicle_id=_opt(vehicle_id),
            filteruser_id=_opt(user_id),
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    def subscription(self, subscription_id: str) -> SubscriptionDocument:
        """One subscription: the vehicle, its webhook and user, when it was made."""
        return call(v3m_subscriptions.get_subscription.sync_detailed, subscription_id, client=self._api)

    def subscriptions(
        self, webhook_id: str, *, page: int | None = None, page_size: int | None = None
    ) -> SubscriptionList:
        """One page of the vehicles subscribed to ``webhook_id``."""
        return call(
            v3m_subscriptions.list_subscriptions.sync_detailed,
            webhook_id,
            client=self._api,
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    def subscribe(self, webhook_id: str, vehicle_ids: Iterable[str]) -> SubscriptionList:
        """Subscribe vehicles to ``webhook_id`` (vehicles already subscribed stay so)."""
        body = subscribe_request(vehicle_ids)
        return call(v3m_subscriptions.subscribe_vehicles.sync_detailed, webhook_id, client=self._api, body=body)

    def unsubscribe(self, webhook_id: str, vehicle_id: str) -> None:
        """End one vehicle's subscription (``NotFoundError`` if it was not subscribed)."""
        call_detailed(v3m_subscriptions.unsubscribe_vehicle.sync_detailed, webhook_id, vehicle_id, client=self._api)


class AsyncManagementV3(_ManagementV3Base):
    """Management API v3, async."""

    async def webhook(self, webhook_id: str) -> WebhookDocument:
        """One webhook of the application (name, callback, event types, signals)."""
        return await acall(v3m_webhooks.get_webhook.asyncio_detailed, webhook_id, client=self._api)

    async def webhooks(
        self,
        *,
        name: str | None = None,
        enabled: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> WebhookList:
        """One page of the application's webhooks (``name``: contained in the display name)."""
        return await acall(
            v3m_webhooks.list_webhooks.asyncio_detailed,
            client=self._api,
            filtername=_opt(name),
            filteris_enabled=_opt(enabled),
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    async def all_subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        vehicle_id: str | None = None,
        user_id: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> SubscriptionList:
        """One page of every subscription of the application, filtered by webhook, vehicle or user."""
        return await acall(
            v3m_subscriptions.list_all_subscriptions.asyncio_detailed,
            client=self._api,
            filterwebhook_id=_opt(webhook_id),
            filtervehicle_id=_opt(vehicle_id),
            filteruser_id=_opt(user_id),
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    async def subscription(self, subscription_id: str) -> SubscriptionDocument:
        """One subscription: the vehicle, its webhook and user, when it was made."""
        return await acall(v3m_subscriptions.get_subscription.asyncio_detailed, subscription_id, client=self._api)

    async def subscriptions(
        self, webhook_id: str, *, page: int | None = None, page_size: int | None = None
    ) -> SubscriptionList:
        """One page of the vehicles subscribed to ``webhook_id``."""
        return await acall(
            v3m_subscriptions.list_subscriptions.asyncio_detailed,
            webhook_id,
            client=self._api,
            pagenumber=_opt(page),
            pagesize=_opt(page_size),
        )

    async def subscribe(self, webhook_id: str, vehicle_ids: Iterable[str]) -> SubscriptionList:
        """Subscribe vehicles to ``webhook_id`` (vehicles already subscribed stay so)."""
        body = subscribe_request(vehicle_ids)
        return await acall(
            v3m_subscriptions.subscribe_vehicles.asyncio_detailed, webhook_id, client=self._api, body=body
        )

    async def unsubscribe(self, webhook_id: str, vehicle_id: str) -> None:
        """End one vehicle's subscription (``NotFoundError`` if it was not subscribed)."""
        await acall_detailed(
            v3m_subscriptions.unsubscribe_vehicle.asyncio_detailed, webhook_id, vehicle_id, client=self._api
        )


__all__ = [
    "MANAGEMENT_V3_PATH",
    "MANAGEMENT_V3_URL",
    "AsyncManagementV3",
    "ManagementV3",
    "management_v3_api",
    "subscribe_request",
]
