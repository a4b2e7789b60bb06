"""RFC 8628 device authorization endpoint, its verification page, and approving from code."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import Handler, OAuthFailure
from ..profiles.base import AuthServer
from .clientauth import authenticate_client
from .forms import NO_STORE, answers_oauth_errors, origin, read_params
from .jwt import opaque_jwt
from .pages import done_page, verification_page
from .scopes import parse_scopes
from .store import DeviceAuthorization

if TYPE_CHECKING:
    from ..state import SimState

_USER_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"


def _user_code() -> str:
    return "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(8))


def device_authorization_endpoint(state: SimState, server: AuthServer, verification_path: str) -> Handler:
    """POST handler issuing device and user codes (PKCE challenge required where the server says so)."""

    @answers_oauth_errors
    async def handle(request: Request) -> Response:
        params = await read_params(request)
        client = authenticate_client(server, request.headers, params)
        if params.get("response_type", "device_code") != "device_code":
            raise OAuthFailure("invalid_request", "response_type must be device_code")
        challenge = params.get("code_challenge")
        if challenge is None and server.pkce_required:
            raise OAuthFailure("invalid_request", "code_challenge is required")
        if challenge is not None and params.get("code_challenge_method") != "S256":
            raise OAuthFailure("invalid_request", "code_challenge_method must be S256")
        scopes = parse_scopes(server, client, params.get("scope"))
        now = state.clock.now()
        device = DeviceAuthorization(
            device_code=opaque_jwt({"aud": client.client_id, "iat": int(now.timestamp())}),
            user_code=_user_code(),
            server=server.name,
            client_id=client.client_id,
            scopes=scopes,
            code_challenge=challenge,
            expires_at=now + timedelta(seconds=server.device_ttl),
            interval=server.device_interval,
        )
        state.oauth.add_device(device)
        verification_uri = origin(request) + verification_path
        body: dict[str, object] = {
            "device_code": device.device_code,
            "user_code": device.user_code,
            "verification_uri": verification_uri,
            "expires_in": server.device_ttl,
            "interval": server.device_interval,
        }
        if server.verification_uri_complete:
            body["verification_uri_complete"] = f"{verification_uri}?user_code={device.user_code}"
        return JSONResponse(body, headers=NO_STORE)

    return handle


def decide_device(state: SimState, user_code: str, decision: Literal["approve", "deny"]) -> DeviceAuthorization:
    """Approve or deny a pending device code, as the user would on the verification page.

    Raises ``LookupError`` for an unknown, expired or already decided code.
    """
    with state.oauth.lock:
        device = state.oauth.device_by_user_code(user_code)
        if device is None:
            raise LookupError("unknown user code")
        if state.clock.now() >= device.expires_at:
            raise LookupError("the code has expired")
        if device.status != "pending":
            raise LookupError(f"the code is already {device.status}")
        device.status = "approved" if decision == "approve" else "denied"
        return device


def verification_endpoint(state: SimState) -> Handler:
    """GET shows the code form; POST approves or denies."""

    async def handle(request: Request) -> Response:
        if request.method == "GET":
            return verification_page(request.url.path, request.query_params.get("user_code", ""))
        form = await read_params(request)
        user_code = form.get("user_code", "")
        decision: Literal["approve", "deny"] = "approve" if form.get("decision") == "approve" else "deny"
        try:
            decide_device(state, user_code, decision)
        except LookupError as exc:
            return verification_page(request.url.path, user_code, f"That code does not work: {exc}.", status=400)
        verb = "connected" if decision == "approve" else "not connected"
        return done_page(f"Your device is {verb}. You can close this window.")

    return handle
