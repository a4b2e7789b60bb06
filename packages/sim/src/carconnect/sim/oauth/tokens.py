"""Issuing token sets and writing token responses in each vendor's shape."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse

from ..profiles.base import AuthServer
from .forms import NO_STORE
from .jwt import encode_hs256
from .store import Grant, IssuedToken

if TYPE_CHECKING:
    from ..state import SimState

ID_TOKEN_TTL = 3600


def issue_pair(
    state: SimState, server: AuthServer, grant: Grant, now: datetime, *, with_refresh: bool = True
) -> tuple[IssuedToken, IssuedToken | None]:
    """A new access token (and refresh token, when the server has them) for ``grant``."""
    access = state.oauth.issue(
        "access",
        server=server.name,
        audience=server.audience,
        client_id=grant.client_id,
        grant_id=grant.id,
        scopes=grant.scopes,
        now=now,
        ttl=server.access_ttl,
    )
    refresh = None
    if with_refresh and server.refresh_ttl is not None:
        refresh = state.oauth.issue(
            "refresh",
            server=server.name,
            audience=server.audience,
            client_id=grant.client_id,
            grant_id=grant.id,
            scopes=grant.scopes,
            now=now,
            ttl=server.refresh_ttl,
        )
    return access, refresh


def id_token(state: SimState, issuer: str, grant: Grant, now: datetime) -> str:
    claims: dict[str, Any] = {
        "iss": issuer,
        "sub": grant.user_id,
        "aud": grant.client_id,
        "iat": int(now.timestamp()),
        "exp": int(now.timestamp()) + ID_TOKEN_TTL,
    }
    if grant.nonce:
        claims["nonce"] = grant.nonce
    return encode_hs256(claims, state.signing_key)


def token_response(
    state: SimState,
    server: AuthServer,
    *,
    issuer: str,
    access: IssuedToken,
    refresh: IssuedToken | None,
    grant: Grant | None,
    now: datetime,
) -> JSONResponse:
    """The 200 answer of a token endpoint, in the server's style."""
    if server.response_style == "b2c" and grant is not None:
        body = _b2c_body(state, server, issuer, access, refresh, grant, now)
    else:
        body = _standard_body(state, server, issuer, access, refresh, grant, now)
    return JSONResponse(body, headers=NO_STORE)


def _standard_body(
    state: SimState,
    server: AuthServer,
    issuer: str,
    access: IssuedToken,
    refresh: IssuedToken | None,
    grant: Grant | None,
    now: datetime,
) -> dict[str, Any]:
    body: dict[str, Any] = {"access_token": access.value, "token_type": "Bearer", "expires_in": server.access_ttl}
    if refresh is not None:
        body["refresh_token"] = refresh.value
    if server.include_scope:
        body["scope"] = " ".join(access.scopes)
    if grant is not None and server.id_token and "openid" in grant.scopes:
        body["id_token"] = id_token(state, issuer, grant, now)
    if grant is not None and server.user_id_field and grant.user_id:
        body[server.user_id_field] = grant.user_id
    return body


def _b2c_body(
    state: SimState,
    server: AuthServer,
    issuer: str,
    access: IssuedToken,
    refresh: IssuedToken | None,
    grant: Grant,
    now: datetime,
) -> dict[str, Any]:
    issued = int(now.timestamp())
    profile_info = {"ver": "1.0", "oid": grant.user_id, "sub": grant.user_id, "name": None, "preferred_username": None}
    body: dict[str, Any] = {
        "access_token": access.value,
        "id_token": id_token(state, issuer, grant, now),
        "token_type": "Bearer",
        "not_before": issued,
        "expires_in": server.access_ttl,
        "expires_on": issued + server.access_ttl,
        "resource": grant.client_id,
        "id_token_expires_in": ID_TOKEN_TTL,
        "profile_info": base64.urlsafe_b64encode(json.dumps(profile_info).encode()).decode().rstrip("="),
        "scope": " ".join(access.scopes),
    }
    if refresh is not None and server.refresh_ttl is not None:
        body["refresh_token"] = refresh.value
        body["refresh_token_expires_in"] = server.refresh_ttl
    return body


def mint_tokens(
    state: SimState,
    server: AuthServer,
    *,
    scopes: Sequence[str] | None = None,
    vehicle_ids: Sequence[str] | None = None,
    audience: str | None = None,
) -> dict[str, Any]:
    """Issue a token pair for the brand's demo user without running a flow (tests of API routes).

    ``audience`` overrides the tokens' audience (e.g. ``fordpass-cat``, ``fordpass-autonomic``).
    """
    now = state.clock.now()
    client = server.clients[0]
    owned = [vehicle.id for vehicle in state.fleet.vehicles(server.brand)]
    grant = state.oauth.new_grant(
        server=server.name,
        client_id=client.client_id,
        user_id=state.fleet.owner(server.brand).id,
        scopes=tuple(scopes) if scopes is not None else client.scopes,
        vehicle_ids=tuple(vehicle_ids) if vehicle_ids is not None else tuple(owned),
        now=now,
    )
    access, refresh = issue_pair(state, server, grant, now)
    if audience is not None:
        access.audience = audience
        if refresh is not None:
            refresh.audience = audience
    minted: dict[str, Any] = {
        "access_token": access.value,
        "refresh_token": refresh.value if refresh else None,
        "expires_in": server.access_ttl,
        "user_id": grant.user_id,
    }
    if server.id_token and "openid" in grant.scopes:
        minted["id_token"] = id_token(state, server.name, grant, now)
    return minted
