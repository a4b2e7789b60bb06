# Generated from async_management.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""Management API v2.0 (``client.management``): the application's vehicle connections.

Authenticated with the application management token (``SmartcarClient(management_token=...)``),
sent as HTTP Basic ``default:{token}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from carconnect.core import call
from carconnect.core.users import ScopedApi

from ._generated.management import models as management_models
from ._generated.management.api import connections as management_connections
from .inputs import connection_filter
from .inputs import opt_management as opt
from .pages import iterate
from .paging import DEFAULT_MAX_PAGES, management_connection_pages

if TYPE_CHECKING:
    from ._generated.management import AuthenticatedClient as ManagementApi
    from ._generated.management.models import Connection, ConnectionList, ConnectionMode, DeletedConnections


__all__ = ["Management"]


def _mode(mode: ConnectionMode | str | None) -> ConnectionMode | None:
    return management_models.ConnectionMode(mode) if mode else None


class Management(ScopedApi):
    """Management API, sync."""

    def __init__(self, api: ManagementApi) -> None:
        self._api = api

    def connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: ConnectionMode | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> ConnectionList:
        """One page of connections, newest first; ``paging.cursor`` names the next page."""
        return call(
            management_connections.list_connections.sync_detailed,
            client=self._api,
            limit=opt(limit),
            cursor=opt(cursor),
            user_id=opt(user_id),
            vehicle_id=opt(vehicle_id),
            mode=opt(_mode(mode)),
        )

    def iter_connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: ConnectionMode | str | None = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[Connection]:
        """Every connection, following the cursor."""
        return iterate(
            lambda cursor: self.connections(
                user_id=user_id, vehicle_id=vehicle_id, mode=mode, limit=page_size, cursor=cursor
            ),
            management_connection_pages(max_pages),
        )

    def delete_connections(self, *, user_id: str | None = None, vehicle_id: str | None = None) -> DeletedConnections:
        """Delete a user's connections, a vehicle's, or (both given) that vehicle of that user."""
        return call(
            management_connections.delete_connections.sync_detailed,
            client=self._api,
            **connection_filter(user_id, vehicle_id),
        )
