"""What the sync and async Management API v3 clients share: the host, the generated client, the bodies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

import httpx

from carconnect.core import DEFAULT_TIMEOUT, CarConnectAuth, default_headers
from carconnect.core.renewing import AsyncRenewingTransport, RenewingTransport

from ._generated import management_v3 as management_v3_api_package
from ._generated.management_v3 import models as v3m
from ._generated.management_v3.types import UNSET, Unset
from .hosts import origin

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._generated.management_v3 import AuthenticatedClient as ManagementV3Api

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
    ``transport`` / ``async_transport`` replace carconnect's renewing transports (which open new
    connections in a forked child and in each new event loop, and use the environment's proxies as
    httpx does); ``auth`` applies its retry policy and policies.
    Requests carry carconnect's ``User-Agent`` and the brand clients' default timeout. Close the
    httpx clients with ``with api:`` / ``async with api:``.
    """
    base_url = origin(hosts, "management-v3", MANAGEMENT_V3_URL) + MANAGEMENT_V3_PATH
    api = management_v3_api_package.AuthenticatedClient(base_url=base_url, token=UNUSED_TOKEN)
    headers = default_headers()  # as every brand client sends
    mounts: dict[str, RenewingTransport | None] = {}
    if transport is None:  # renewed in a forked child
        transport, mounts = RenewingTransport.for_client(trust_env=True)
    async_mounts: dict[str, AsyncRenewingTransport | None] = {}
    if async_transport is None:  # renewed in a forked child and in each new event loop
        async_transport, async_mounts = AsyncRenewingTransport.for_client(trust_env=True)
    api.set_httpx_client(
        httpx.Client(
            base_url=base_url, auth=auth, transport=transport, mounts=mounts, timeout=DEFAULT_TIMEOUT, headers=headers
        )
    )
    return api.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url,
            auth=auth,
            transport=async_transport,
            mounts=async_mounts,
            timeout=DEFAULT_TIMEOUT,
            headers=headers,
        )
    )


def subscribe_request(vehicle_ids: Iterable[str]) -> v3m.SubscribeRequest:
    """The body naming the vehicles to subscribe (at least one; ``ValueError`` for one string)."""
    if isinstance(vehicle_ids, str):
        raise ValueError("vehicle_ids must be a list, not one string")
    refs = [v3m.VehicleReference(id=vehicle_id, type_="vehicle") for vehicle_id in vehicle_ids]
    if not refs:
        raise ValueError("name at least one vehicle to subscribe")
    return v3m.SubscribeRequest(data=refs)


def opt(value: T | None) -> T | Unset:
    """``None`` as the Management v3 generated code's "not sent"."""
    return UNSET if value is None else value
