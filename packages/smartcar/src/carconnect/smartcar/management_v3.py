# Generated from async_management_v3.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""Management API v3 (``management.api.smartcar.com/v3``): webhooks and their vehicle subscriptions.

Authenticated with the application token, like the Vehicles API v3: :func:`management_v3_api` builds
the generated client signed by a ``CarConnectAuth``, and ``ManagementV3(api)`` calls it;
``with api:`` closes its httpx clients.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from carconnect.core import call, call_detailed

from ._generated.management_v3.api import subscriptions as v3m_subscriptions
from ._generated.management_v3.api import webhooks as v3m_webhooks
from ._management_v3 import MANAGEMENT_V3_PATH, MANAGEMENT_V3_URL, management_v3_api, opt, subscribe_request
from .async_management_v3 import AsyncManagementV3 as AsyncManagementV3

if TYPE_CHECKING:
    from ._generated.management_v3 import AuthenticatedClient as ManagementV3Api
    from ._generated.management_v3.models import SubscriptionDocument, SubscriptionList, WebhookDocument, WebhookList


class ManagementV3:
    """Management API v3, sync."""

    def __init__(self, api: ManagementV3Api) -> None:
        self._api = api

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
            filtername=opt(name),
            filteris_enabled=opt(enabled),
            pagenumber=opt(page),
            pagesize=opt(page_size),
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
            filterwebhook_id=opt(webhook_id),
            filtervehicle_id=opt(vehicle_id),
            filteruser_id=opt(user_id),
            pagenumber=opt(page),
            pagesize=opt(page_size),
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
            pagenumber=opt(page),
            pagesize=opt(page_size),
        )

    def subscribe(self, webhook_id: str, vehicle_ids: Iterable[str]) -> SubscriptionList:
        """Subscribe vehicles to ``webhook_id`` (vehicles already subscribed stay so)."""
        body = subscribe_request(vehicle_ids)
        return call(v3m_subscriptions.subscribe_vehicles.sync_detailed, webhook_id, client=self._api, body=body)

    def unsubscribe(self, webhook_id: str, vehicle_id: str) -> None:
        """End one vehicle's subscription (``NotFoundError`` if it was not subscribed)."""
        call_detailed(v3m_subscriptions.unsubscribe_vehicle.sync_detailed, webhook_id, vehicle_id, client=self._api)


__all__ = [
    "MANAGEMENT_V3_PATH",
    "MANAGEMENT_V3_URL",
    "ManagementV3",
    "management_v3_api",
    "subscribe_request",
]
