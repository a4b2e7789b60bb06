"""Smartcar's hosts, and pointing the client and the login at others (the simulator, a proxy).

Each host is given as an origin (``https://api.smartcar.com``); the API version path is added by the
client. ``hosts=`` takes a mapping of host name to origin, e.g. the simulator's
``sim.endpoints("smartcar").hosts`` (names ``connect``, ``auth``, ``iam``, ``api``, ``vehicle``,
``management``).
"""

from __future__ import annotations

from collections.abc import Mapping

CONNECT_URL = "https://connect.smartcar.com"
"""Smartcar Connect: the consent pages a user's browser is sent to."""
AUTH_URL = "https://auth.smartcar.com"
"""The v2 token endpoint (user tokens)."""
IAM_URL = "https://iam.smartcar.com"
"""The v3 token endpoint (application tokens)."""
API_URL = "https://api.smartcar.com"
"""Vehicles API v2.0 and compatibility."""
VEHICLE_API_URL = "https://vehicle.api.smartcar.com"
"""Vehicles API v3."""
MANAGEMENT_URL = "https://management.smartcar.com"
"""Management API v2.0 (vehicle connections)."""

V2_PATH = "/v2.0"
V3_PATH = "/v3"
MANAGEMENT_PATH = "/v2.0"

FlagValue = str | bool | int | float
Flags = Mapping[str, FlagValue]


def origin(hosts: Mapping[str, str] | None, name: str, given: str) -> str:
    """The origin of host ``name``: from ``hosts`` when it names it, else ``given``; no trailing slash."""
    found = hosts.get(name) if hosts else None
    return (found or given).rstrip("/")


def format_flags(flags: Flags | None) -> str | None:
    """Smartcar's ``flags`` value: space-separated ``name:value`` pairs, booleans in lower case."""
    if not flags:
        return None
    return " ".join(
        f"{name}:{str(value).lower() if isinstance(value, bool) else value}" for name, value in flags.items()
    )
