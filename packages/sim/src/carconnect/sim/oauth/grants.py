"""The token endpoint: authorization_code (+PKCE), refresh_token (rotation, reuse detection),
client_credentials and device_code grants."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from ..errors import Handler, OAuthFailure
from ..profiles.base import DEVICE_CODE_GRANT, AuthServer, DemoClient
from .clientauth import authenticate_client
from .forms import answers_oauth_errors, check_fixed_query, origin, read_params
from .pkce import verifier_matches
from .scopes import narrow_scopes
from .store import Grant, IssuedToken
from .tokens import issue_pair, token_response

if TYPE_CHECKING:
    from ..state import SimState

_GRANT_ALIASES = {DEVICE_CODE_GRANT: "device_code"}

Issued = tuple[IssuedToken, IssuedToken | None, Grant | None]


def token_endpoint(state: SimState, server: AuthServer, issuer_path: str) -> Handler:
    """The POST handler of ``server``'s token endpoint (``issuer_path`` is its host mount)."""

    @answers_oauth_errors
    async def handle(request: Request) -> Response:
        check_fixed_query(request, server.token.query)
        params = await read_params(request, allow_json=server.accepts_json_body)
        client = authenticate_client(server, request.headers, params)
        raw_type = params.get("grant_type", "")
        grant_type = _GRANT_ALIASES.get(raw_type, raw_type)
        if not raw_type:
            raise OAuthFailure("invalid_request", "grant_type is required")
        if grant_type not in server.grant_types:
            raise OAuthFailure("unsupported_grant_type", f"grant_type {raw_type!r} is not supported here")
        now = state.clock.now()
        with state.oauth.lock:
            access, refresh, grant = _GRANTS[grant_type](state, server, client, params, now)
        return token_response(
            state, server, issuer=origin(request) + issuer_path, access=access, refresh=refresh, grant=grant, now=now
        )

    return handle


def _authorization_code(
    state: SimState, server: AuthServer, client: DemoClient, params: Mapping[str, str], now: datetime
) -> Issued:
    code = state.oauth.codes.get(params.get("code", ""))
    if code is None or code.server != server.name:
        raise OAuthFailure("invalid_grant", "Invalid code: unknown authorization code")
    if code.client_id != client.client_id:
        raise OAuthFailure("invalid_grant", "Invalid code: issued to another client")
    if code.used:
        if code.grant_id:
            state.oauth.revoke_grant(code.grant_id, now, "authorization code reused")
        raise OAuthFailure("invalid_grant", "Invalid code: already used")
    if now >= code.expires_at:
        raise OAuthFailure("invalid_grant", "Invalid code: expired")
    given_redirect = params.get("redirect_uri")
    expected_redirect = code.redirect_uri or (client.redirect_uri if given_redirect else None)
    if given_redirect != expected_redirect:
        raise OAuthFailure("invalid_grant", f"Unauthorized redirect_uri: {given_redirect}")
    if code.code_challenge is not None and not verifier_matches(params.get("code_verifier"), code.code_challenge):
        raise OAuthFailure("invalid_grant", "PKCE verification failed: code_verifier does not match")
    code.used = True
    grant = state.oauth.new_grant(
        server=server.name,
        client_id=client.client_id,
        user_id=code.user_id,
        scopes=code.scopes,
        vehicle_ids=code.vehicle_ids,
        now=now,
        nonce=code.nonce,
    )
    code.grant_id = grant.id
    access, refresh = issue_pair(state, server, grant, now)
    return access, refresh, grant


def _refresh_token(
    state: SimState, server: AuthServer, client: DemoClient, params: Mapping[str, str], now: datetime
) -> Issued:
    """Refresh with rotation: a new pair, and the presented token is marked rotated.

    A rotated token presented again within the server's reuse window (counted from its first use) is
    answered like a first use, with another new pair, and the pairs issued before stay valid: Smartcar
    documents that every refresh returns a new pair and that the old token is invalidated only soon
    after use, and tells clients to retry within that window. After it, the replay is reuse: the
    grant and every token of it are revoked. A kept token (``volvo_omit_refresh_token``) is not
    rotated; each use moves its expiry to now + ``refresh_ttl``, never past the grant's age limit.
    """
    invalid = OAuthFailure("invalid_grant", server.invalid_refresh_description)
    token = state.oauth.tokens.get(params.get("refresh_token", ""))
    if token is None or token.kind != "refresh" or token.server != server.name or token.client_id != client.client_id:
        raise invalid
    grant = state.oauth.grant_of(token)
    if grant is None:
        raise invalid
    if token.status == "rotated" and not _within_reuse_window(state, server, token, now):
        state.oauth.revoke_grant(grant.id, now, "refresh token reuse")
        status, error = server.reused_refresh_error
        raise OAuthFailure(error, server.invalid_refresh_description, status_code=status)
    if token.status == "revoked" or not grant.active or token.expired(now):
        raise invalid
    max_age = server.grant_max_age
    grant_ends = grant.created_at + timedelta(seconds=max_age) if max_age is not None else None
    if grant_ends is not None and now >= grant_ends:
        state.oauth.revoke_grant(grant.id, now, "grant too old")
        raise invalid
    scopes = narrow_scopes(grant.scopes, params.get("scope"))
    keep_old = server.brand == "volvo" and state.options.volvo_omit_refresh_token
    if keep_old:
        token.expires_at = _kept_until(server, now, grant_ends)
    elif token.status == "active":
        token.status, token.rotated_at = "rotated", now
    access, refresh = issue_pair(state, server, grant, now, with_refresh=not keep_old)
    access.scopes = scopes
    return access, refresh, grant


def _kept_until(server: AuthServer, now: datetime, grant_ends: datetime | None) -> datetime | None:
    """A kept refresh token's expiry after a use: ``refresh_ttl`` from now, never past the grant's end."""
    if server.refresh_ttl is None:
        return None
    idle_ends = now + timedelta(seconds=server.refresh_ttl)
    return min(idle_ends, grant_ends) if grant_ends is not None else idle_ends


def _within_reuse_window(state: SimState, server: AuthServer, token: IssuedToken, now: datetime) -> bool:
    """Whether the rotated ``token`` may still refresh (see :func:`_refresh_token`)."""
    seconds = state.options.refresh_reuse_window.get(server.name, server.refresh_reuse_window)
    return token.rotated_at is not None and now < token.rotated_at + timedelta(seconds=seconds)


def _client_credentials(
    state: SimState, server: AuthServer, client: DemoClient, params: Mapping[str, str], now: datetime
) -> Issued:
    if not client.confidential:
        raise OAuthFailure("unauthorized_client", "client_credentials needs a confidential client")
    scopes = tuple(params.get("scope", "").split())
    access = state.oauth.issue(
        "access",
        server=server.name,
        audience=server.audience,
        client_id=client.client_id,
        grant_id=None,
        scopes=scopes,
        now=now,
        ttl=server.access_ttl,
    )
    return access, None, None


def _device_failure(server: AuthServer, error: str, description: str) -> OAuthFailure:
    return OAuthFailure(error, description, status_code=server.device_error_status(error))


def _device_code(
    state: SimState, server: AuthServer, client: DemoClient, params: Mapping[str, str], now: datetime
) -> Issued:
    device = state.oauth.devices.get(params.get("device_code", ""))
    if device is None or device.server != server.name or device.client_id != client.client_id:
        raise OAuthFailure("invalid_grant", "The provided access grant is invalid, expired, or revoked.")
    if device.status == "consumed":
        raise OAuthFailure("invalid_grant", "The device code was already used.")
    if now >= device.expires_at:
        raise _device_failure(server, "expired_token", "The device code has expired.")
    if device.status == "denied":
        raise _device_failure(server, "access_denied", "The user denied the request.")
    if device.status == "pending":
        too_soon = device.last_poll is not None and now - device.last_poll < timedelta(seconds=device.interval)
        device.last_poll = now
        if too_soon and state.options.enforce_poll_interval:
            # The client must add 5 s to its own interval (RFC 8628 §3.5); the server keeps checking the
            # advertised one, so a client that obeys recovers at once.
            raise _device_failure(server, "slow_down", f"Polling too fast; wait at least {device.interval} s.")
        device.polls += 1
        after = state.options.device_auto_approve_after
        if after is None or device.polls <= after:
            raise _device_failure(server, "authorization_pending", "The user has not yet approved the request.")
        device.status = "approved"
    if device.code_challenge is not None and not verifier_matches(params.get("code_verifier"), device.code_challenge):
        raise OAuthFailure("invalid_grant", "PKCE verification failed: code_verifier does not match")
    device.status = "consumed"
    owner = state.fleet.owner(server.brand)
    grant = state.oauth.new_grant(
        server=server.name,
        client_id=client.client_id,
        user_id=owner.id,
        scopes=device.scopes,
        vehicle_ids=tuple(vehicle.id for vehicle in state.fleet.vehicles(server.brand)),
        now=now,
    )
    device.grant_id = grant.id
    access, refresh = issue_pair(state, server, grant, now)
    return access, refresh, grant


_GRANTS = {
    "authorization_code": _authorization_code,
    "refresh_token": _refresh_token,
    "client_credentials": _client_credentials,
    "device_code": _device_code,
}
