"""OAuth scopes of the three Ford APIs, and the defaults each login asks for."""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """Every scope a Ford authorization server knows."""

    OPENID = "openid"
    OFFLINE_ACCESS = "offline_access"
    """Refresh tokens (FordConnect Query, FordConnect)."""
    ACCESS = "access"
    """FordConnect API access."""


FORDPASS_CLIENT_ID = "09852200-05fd-41f6-8c21-d36d3497dc64"
"""The FordPass app's public client id (its id is also a scope of its own login)."""

QUERY_SCOPES: tuple[str, ...] = (Scope.OPENID, Scope.OFFLINE_ACCESS)
"""FordConnect Query: the only scopes it has, and the default."""
CONNECT_SCOPES: tuple[str, ...] = (Scope.ACCESS, Scope.OPENID, Scope.OFFLINE_ACCESS)
"""FordConnect: every scope; the default is :data:`CONNECT_DEFAULT_SCOPES`."""
CONNECT_DEFAULT_SCOPES: tuple[str, ...] = (Scope.ACCESS,)
"""What FordConnect's own account-linking URL asks for (``offline_access`` is granted with it)."""
FORDPASS_SCOPES: tuple[str, ...] = (FORDPASS_CLIENT_ID, Scope.OPENID)
"""FordPass login: the app's client id and ``openid``."""
