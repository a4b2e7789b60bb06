"""Authenticating API requests by their access token."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from starlette.requests import Request

from ..errors import AuthFailure
from .store import Grant, IssuedToken

if TYPE_CHECKING:
    from ..state import SimState


@dataclasses.dataclass(frozen=True)
class Principal:
    """Who a valid access token speaks for."""

    token: IssuedToken
    grant: Grant | None
    client_id: str
    user_id: str | None
    scopes: frozenset[str]
    vehicle_ids: tuple[str, ...]
    """Vehicles the user consented to (empty for application tokens)."""

    def may_access(self, vehicle_id: str) -> bool:
        """True when the grant covers the vehicle (application tokens cover every vehicle)."""
        if self.grant is None:
            return True
        return vehicle_id.lower() in {vid.lower() for vid in self.vehicle_ids}


def bearer_token(request: Request, header: str = "authorization") -> str | None:
    """The token from ``Authorization: Bearer ...`` or from a bare-token header such as ``auth-token``."""
    value = request.headers.get(header)
    if not value:
        return None
    scheme, _, rest = value.partition(" ")
    if scheme.lower() == "bearer" and rest.strip():
        return rest.strip()
    return None if header.lower() == "authorization" else value.strip()


def authenticate(
    state: SimState,
    request: Request,
    *,
    audiences: Iterable[str],
    scopes: Iterable[str] = (),
    header: str = "authorization",
) -> Principal:
    """The principal of a request, or :class:`AuthFailure` (missing, invalid, expired, revoked, scope)."""
    value = bearer_token(request, header)
    if value is None:
        raise AuthFailure("missing", "No access token was sent.")
    token = state.oauth.tokens.get(value)
    if token is None or token.kind != "access":
        raise AuthFailure("invalid", "The access token is invalid.")
    grant = state.oauth.grant_of(token)
    if token.status == "revoked" or (grant is not None and not grant.active):
        raise AuthFailure("revoked", "The access token was revoked.")
    if token.expired(state.clock.now()):
        raise AuthFailure("expired", "The access token has expired.")
    if token.audience not in set(audiences):
        raise AuthFailure("wrong_audience", "The access token is not valid for this API.")
    missing = tuple(scope for scope in scopes if scope not in token.scopes)
    if missing:
        raise AuthFailure("insufficient_scope", f"Missing scope: {' '.join(missing)}.", scopes=missing)
    return Principal(
        token=token,
        grant=grant,
        client_id=token.client_id,
        user_id=grant.user_id if grant else None,
        scopes=frozenset(token.scopes),
        vehicle_ids=grant.vehicle_ids if grant else (),
    )
