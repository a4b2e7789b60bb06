"""carconnect-ford: typed sync and async clients for Ford's three connected-car APIs.

* FordConnect Query (official, read-only, current): :class:`FordClient` / :class:`AsyncFordClient`,
  login with :class:`FordAuth`;
* FordConnect (official, with commands; no new credentials since 2024): :class:`FordConnectClient` /
  :class:`AsyncFordConnectClient`, login with :class:`FordConnectAuth`;
* FordPass (the app's own backend; EXPERIMENTAL): :class:`FordPassClient` / :class:`AsyncFordPassClient`,
  login with :class:`FordPassAuth` (browser login, pasted redirect URL, chained token exchanges).

Commands return handles whose ``wait()`` polls within a deadline and a poll budget on the client's
clock (:mod:`carconnect.ford.commands`); errors are carconnect-core errors (:mod:`carconnect.ford.errors`).
Every async client module (``async_*.py``) is the source of its sync twin (``tools/unasync.py``).
Retries, in-body statuses and command polling are logged on the ``carconnect.ford`` logger.
"""

import logging
from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from . import models
from ._base import QUERY_API_URL
from .async_client import AsyncFordClient
from .client import FordClient
from .errors import ford_error_mapper
from .regions import CONTINENT_APPLICATION_IDS, LEGACY_APPLICATION_IDS, Region, RegionInfo
from .scopes import (
    CONNECT_DEFAULT_SCOPES,
    CONNECT_SCOPES,
    FORDPASS_CLIENT_ID,
    FORDPASS_SCOPES,
    QUERY_SCOPES,
    Scope,
)
from .values import Position, format_timestamp, parse_timestamp, position_of

if TYPE_CHECKING:
    from .async_connect import AsyncConnectCommand, AsyncFordConnectClient
    from .async_fordpass import AsyncFordPassClient, AsyncFordPassCommand
    from .auth import (
        CONNECT_APPLICATION_ID,
        CONNECT_REDIRECT_URI,
        QUERY_URL,
        FordAuth,
        FordConnectAuth,
        connect_oauth_config,
        query_oauth_config,
    )
    from .command_states import connect_progress, find_command_state, fordpass_progress
    from .commands import (
        AsyncCommandHandle,
        CommandHandle,
        CommandPendingError,
        CommandProgress,
        CommandReport,
        CommandResult,
        WaitPolicy,
    )
    from .connect import CONNECT_API_URL, ConnectCommand, FordConnectClient
    from .fordpass import AUTONOMIC_URL, FORD_VEHICLE_URL, FordPassClient, FordPassCommand
    from .fordpass_auth import FORDPASS_REDIRECT_URI, FordPassAuth, fordpass_oauth_config
else:  # the login flows, the command clients (FordConnect, FordPass) and their handles load on first use
    __getattr__, __dir__ = reexport(
        globals(),
        "carconnect.ford.auth",
        "carconnect.ford.commands",
        "carconnect.ford.command_states",
        "carconnect.ford.connect",
        "carconnect.ford.async_connect",
        "carconnect.ford.fordpass",
        "carconnect.ford.async_fordpass",
        "carconnect.ford.fordpass_auth",
    )

logging.getLogger("carconnect.ford").addHandler(logging.NullHandler())

__all__ = [
    "AUTONOMIC_URL",
    "CONNECT_API_URL",
    "CONNECT_APPLICATION_ID",
    "CONNECT_DEFAULT_SCOPES",
    "CONNECT_REDIRECT_URI",
    "CONNECT_SCOPES",
    "CONTINENT_APPLICATION_IDS",
    "FORDPASS_CLIENT_ID",
    "FORDPASS_REDIRECT_URI",
    "FORDPASS_SCOPES",
    "FORD_VEHICLE_URL",
    "LEGACY_APPLICATION_IDS",
    "QUERY_API_URL",
    "QUERY_SCOPES",
    "QUERY_URL",
    "AsyncCommandHandle",
    "AsyncConnectCommand",
    "AsyncFordClient",
    "AsyncFordConnectClient",
    "AsyncFordPassClient",
    "AsyncFordPassCommand",
    "CommandHandle",
    "CommandPendingError",
    "CommandProgress",
    "CommandReport",
    "CommandResult",
    "ConnectCommand",
    "FordAuth",
    "FordClient",
    "FordConnectAuth",
    "FordConnectClient",
    "FordPassAuth",
    "FordPassClient",
    "FordPassCommand",
    "Position",
    "Region",
    "RegionInfo",
    "Scope",
    "WaitPolicy",
    "connect_oauth_config",
    "connect_progress",
    "find_command_state",
    "ford_error_mapper",
    "fordpass_oauth_config",
    "fordpass_progress",
    "format_timestamp",
    "models",
    "parse_timestamp",
    "position_of",
    "query_oauth_config",
]
