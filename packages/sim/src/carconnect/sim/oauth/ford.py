"""The FordPass login chain after the B2C code exchange.

1. ``POST foundational /api/token/v2/cat-with-b2c-access-token`` ``{"idpToken"}`` -> CAT token pair;
2. ``POST foundational /api/token/v2/cat-with-refresh-token`` ``{"refresh_token"}`` -> rotated pair;
3. ``POST autonomic-accounts /v1/auth/oidc/token`` (RFC 8693 exchange of the CAT access token)
   -> a 5-minute Autonomic token for api.autonomic.ai.
CAT calls need a known ``Application-Id`` header; failures answer Ford's ``errorCode 460`` body.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import Handler, OAuthFailure
from ..profiles import ford
from .forms import NO_STORE, answers_oauth_errors, read_params
from .store import Grant, IssuedToken

if TYPE_CHECKING:
    from ..state import SimState

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"


def _cat_error(status: int, message: str, code: str, now: datetime) -> JSONResponse:
    return JSONResponse({"message": message, "timestamp": now.isoformat(), "errorCode": code}, status_code=status)


def _expired(now: datetime) -> JSONResponse:
    return _cat_error(401, "Invalid or Expired Token", "460", now)


async def _json_body(request: Request) -> dict[str, Any] | None:
    try:
        data = json.loads(await request.body() or b"null")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _usable(token: IssuedToken | None, kind: str, audience: str, now: datetime) -> bool:
    return (
        token is not None
        and token.kind == kind
        and token.audience == audience
        and token.status == "active"
        and not token.expired(now)
    )


def _cat_pair(state: SimState, grant: Grant, now: datetime) -> dict[str, Any]:
    common = {"server": "fordpass-cat", "audience": "fordpass-cat", "client_id": grant.client_id}
    access = state.oauth.issue("access", **common, grant_id=grant.id, scopes=grant.scopes, now=now, ttl=ford.CAT_TTL)
    refresh = state.oauth.issue(
        "refresh", **common, grant_id=grant.id, scopes=grant.scopes, now=now, ttl=ford.CAT_REFRESH_TTL
    )
    return {
        "access_token": access.value,
        "refresh_token": refresh.value,
        "expires_in": ford.CAT_TTL,
        "refresh_expires_in": ford.CAT_REFRESH_TTL,
        "ford_consumer_id": grant.user_id,
    }


def _application_id_ok(request: Request) -> bool:
    return request.headers.get("application-id", "").upper() in set(ford.FORDPASS_APPLICATION_IDS.values())


def cat_from_b2c(state: SimState) -> Handler:
    async def handle(request: Request) -> Response:
        now = state.clock.now()
        if not _application_id_ok(request):
            return _cat_error(400, "Missing or unknown Application-Id", "400", now)
        body = await _json_body(request)
        idp_token = state.oauth.tokens.get(str((body or {}).get("idpToken", "")))
        with state.oauth.lock:
            if idp_token is None or not _usable(idp_token, "access", "fordpass-b2c", now):
                return _expired(now)
            source = state.oauth.grant_of(idp_token)
            if source is None or not source.active:
                return _expired(now)
            grant = state.oauth.new_grant(
                server="fordpass-cat",
                client_id=source.client_id,
                user_id=source.user_id,
                scopes=source.scopes,
                vehicle_ids=source.vehicle_ids,
                now=now,
            )
            return JSONResponse(_cat_pair(state, grant, now), headers=NO_STORE)

    return handle


def cat_refresh(state: SimState) -> Handler:
    """Rotating refresh with reuse detection (a replayed refresh token revokes the CAT family)."""

    async def handle(request: Request) -> Response:
        now = state.clock.now()
        if not _application_id_ok(request):
            return _cat_error(400, "Missing or unknown Application-Id", "400", now)
        body = await _json_body(request)
        with state.oauth.lock:
            token = state.oauth.tokens.get(str((body or {}).get("refresh_token", "")))
            if token is None or token.kind != "refresh" or token.audience != "fordpass-cat":
                return _expired(now)
            grant = state.oauth.grant_of(token)
            if grant is None:
                return _expired(now)
            if token.status == "rotated":
                state.oauth.revoke_grant(grant.id, now, "refresh token reuse")
                return _expired(now)
            if token.status != "active" or token.expired(now) or not grant.active:
                return _expired(now)
            token.status = "rotated"
            return JSONResponse(_cat_pair(state, grant, now), headers=NO_STORE)

    return handle


def autonomic_token(state: SimState) -> Handler:
    @answers_oauth_errors
    async def handle(request: Request) -> Response:
        params = await read_params(request)
        if params.get("grant_type") != TOKEN_EXCHANGE:
            raise OAuthFailure("unsupported_grant_type", "only token exchange is supported")
        if params.get("client_id") != ford.AUTONOMIC_CLIENT_ID:
            raise OAuthFailure("invalid_client", "unknown client", status_code=401)
        if params.get("subject_issuer") != "fordpass" or params.get("subject_token_type") != JWT_TOKEN_TYPE:
            raise OAuthFailure("invalid_request", "subject_issuer must be fordpass and subject_token_type jwt")
        now = state.clock.now()
        with state.oauth.lock:
            subject = state.oauth.tokens.get(params.get("subject_token", ""))
            grant = state.oauth.grant_of(subject) if subject else None
            if (
                subject is None
                or grant is None
                or not grant.active
                or not _usable(subject, "access", "fordpass-cat", now)
            ):
                raise OAuthFailure("invalid_grant", "subject_token is invalid or expired")
            common = {"server": "fordpass-autonomic", "audience": "fordpass-autonomic", "client_id": grant.client_id}
            access = state.oauth.issue(
                "access", **common, grant_id=grant.id, scopes=grant.scopes, now=now, ttl=ford.AUTONOMIC_TTL
            )
            refresh = state.oauth.issue(
                "refresh", **common, grant_id=grant.id, scopes=grant.scopes, now=now, ttl=ford.AUTONOMIC_TTL
            )
        body = {
            "access_token": access.value,
            "refresh_token": refresh.value,
            "token_type": "Bearer",
            "expires_in": ford.AUTONOMIC_TTL,
            "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
        }
        return JSONResponse(body, headers=NO_STORE)

    return handle
