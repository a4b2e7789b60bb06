"""RFC 7009 token revocation and the small OpenID extras (discovery, userinfo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import AuthFailure, Handler
from ..profiles.base import AuthServer, EndpointRef
from .bearer import authenticate
from .clientauth import authenticate_client
from .forms import answers_oauth_errors, origin, read_params

if TYPE_CHECKING:
    from ..state import SimState


def revocation_endpoint(state: SimState, server: AuthServer) -> Handler:
    """Revoking a refresh token ends its whole grant; an access token dies alone. Always 200."""

    @answers_oauth_errors
    async def handle(request: Request) -> Response:
        params = await read_params(request)
        client = authenticate_client(server, request.headers, params)
        now = state.clock.now()
        with state.oauth.lock:
            token = state.oauth.tokens.get(params.get("token", ""))
            if token is not None and token.server == server.name and token.client_id == client.client_id:
                if token.kind == "refresh" and token.grant_id:
                    state.oauth.revoke_grant(token.grant_id, now, "revoked by the client")
                else:
                    token.status = "revoked"
        return Response(status_code=200)

    return handle


def discovery_endpoint(server: AuthServer, mounts: dict[str, str]) -> Handler:
    """OpenID provider metadata pointing at the simulator's own URLs."""

    async def handle(request: Request) -> Response:
        base = origin(request)

        def url(ref: EndpointRef | None) -> str | None:
            return ref.url(base + mounts[ref.host]) if ref else None

        metadata = {
            "issuer": base + mounts[server.token.host],
            "authorization_endpoint": url(server.authorize),
            "token_endpoint": url(server.token),
            "revocation_endpoint": url(server.revocation),
            "userinfo_endpoint": url(server.userinfo),
            "device_authorization_endpoint": url(server.device_authorization),
            "response_types_supported": ["code"],
            "grant_types_supported": list(server.grant_types),
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": list(server.client_auth),
            "scopes_supported": sorted(server.allowed_scopes or ()),
        }
        return JSONResponse({key: value for key, value in metadata.items() if value is not None})

    return handle


def userinfo_endpoint(state: SimState, server: AuthServer) -> Handler:
    async def handle(request: Request) -> Response:
        try:
            principal = authenticate(state, request, audiences=(server.audience,))
        except AuthFailure as failure:
            return JSONResponse(
                {"error": "invalid_token", "error_description": failure.description},
                status_code=failure.status_code,
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        owner = state.fleet.owner(server.brand)
        return JSONResponse({"sub": principal.user_id, "name": owner.name, "email": owner.email})

    return handle
