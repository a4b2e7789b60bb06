"""The authorization endpoint: validates the request, then consents (auto, deny or HTML page)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..errors import Handler, OAuthFailure
from ..options import RedirectMatch
from ..profiles.base import AuthServer, DemoClient
from .forms import query_params
from .pages import consent_page, error_page
from .scopes import parse_scopes
from .store import AuthorizationCode, new_secret

if TYPE_CHECKING:
    from ..state import SimState

_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")
_FORM_ONLY = ("decision", "vehicle")


def redirect_with(uri: str, params: dict[str, str]) -> RedirectResponse:
    """302 to ``uri`` with ``params`` appended to its query."""
    separator = "&" if "?" in uri else "?"
    return RedirectResponse(f"{uri}{separator}{urlencode(params)}", status_code=302)


class _Redirectable(Exception):  # noqa: N818 - internal control flow
    def __init__(self, failure: OAuthFailure) -> None:
        self.failure = failure


def authorize_endpoint(state: SimState, server: AuthServer) -> Handler:
    """GET (the browser arrives) and POST (the consent form answers) handler."""

    async def handle(request: Request) -> Response:
        decision: str | None = None
        chosen: list[str] = []
        if request.method == "POST":
            pairs = parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
            params = {key: value for key, value in pairs if key not in _FORM_ONLY}
            decision = next((value for key, value in pairs if key == "decision"), "deny")
            chosen = [value for key, value in pairs if key == "vehicle"]
        else:
            try:
                params = query_params(request)
            except OAuthFailure as failure:
                return error_page(failure.error, failure.description)
        client = server.client(params.get("client_id", ""))
        if client is None:
            return error_page("invalid_client", "Unknown client_id.")
        redirect_uri = _redirect_target(server, client, params.get("redirect_uri"), state.options.redirect_uri_match)
        if redirect_uri is None:
            return error_page("invalid_request", "redirect_uri is missing or does not match a registered URI.")
        oauth_state = params.get("state")
        if server.state_max_length is not None and oauth_state and len(oauth_state) > server.state_max_length:
            return error_page("invalid_request", f"state must be at most {server.state_max_length} characters.")
        back = {"state": oauth_state} if oauth_state is not None else {}
        try:
            scopes, challenge = _validate(server, client, params)
        except _Redirectable as exc:
            return redirect_with(
                redirect_uri, {"error": exc.failure.error, "error_description": exc.failure.description, **back}
            )
        if decision is None:
            decision = _consent_decision(state, server, params)
        if decision == "page":
            vehicles = [(v.id, f"{v.spec.year} {v.spec.model} ({v.vin})") for v in state.fleet.vehicles(server.brand)]
            return consent_page(
                request.url.path, server.brand, client.client_id, scopes, params, vehicles, server.one_vehicle_per_grant
            )
        if decision != "approve":
            return redirect_with(
                redirect_uri, {"error": "access_denied", "error_description": "The user denied access.", **back}
            )
        owner = state.fleet.owner(server.brand)
        vehicle_ids = _vehicles(state, server, params, chosen)
        code = AuthorizationCode(
            value=new_secret(),
            server=server.name,
            client_id=client.client_id,
            redirect_uri=params.get("redirect_uri"),
            code_challenge=challenge,
            user_id=owner.id,
            scopes=scopes,
            vehicle_ids=vehicle_ids,
            nonce=params.get("nonce"),
            expires_at=state.clock.now() + timedelta(seconds=server.code_ttl),
        )
        with state.oauth.lock:
            state.oauth.codes[code.value] = code
        answer = {"code": code.value, **back}
        if server.redirect_user_id_param:
            answer[server.redirect_user_id_param] = owner.id
        return redirect_with(redirect_uri, answer)

    return handle


def _redirect_target(
    server: AuthServer, client: DemoClient, given: str | None, match: RedirectMatch = "loopback"
) -> str | None:
    if given is not None:
        if match == "exact":
            return given if given in client.redirect_uris else None
        return given if any(redirect_matches(uri, given) for uri in client.redirect_uris) else None
    if server.redirect_uri_optional and client.redirect_uris:
        return client.redirect_uri
    return None


def _validate(server: AuthServer, client: DemoClient, params: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    if params.get("response_type") != "code":
        raise _Redirectable(OAuthFailure("unsupported_response_type", "response_type must be code"))
    challenge = params.get("code_challenge")
    method = params.get("code_challenge_method", "plain")
    if challenge is not None:
        if method != "S256":
            raise _Redirectable(OAuthFailure("invalid_request", "code_challenge_method must be S256"))
        if not _CHALLENGE.match(challenge):
            raise _Redirectable(OAuthFailure("invalid_request", "code_challenge is malformed"))
    elif server.pkce_required:
        raise _Redirectable(OAuthFailure("invalid_request", "code_challenge is required (PKCE)"))
    try:
        scopes = parse_scopes(server, client, params.get("scope"))
    except OAuthFailure as failure:
        raise _Redirectable(failure) from failure
    return scopes, challenge


def _consent_decision(state: SimState, server: AuthServer, params: dict[str, str]) -> str:
    if state.options.consent == "deny":
        return "deny"
    forced = any(params.get(key) == value for key, value in server.force_consent_params.items())
    if state.options.consent == "page" or forced:
        return "page"
    return "approve"


def _vehicles(state: SimState, server: AuthServer, params: dict[str, str], chosen: list[str]) -> tuple[str, ...]:
    owned = [vehicle.id for vehicle in state.fleet.vehicles(server.brand)]
    picked = [vid for vid in owned if vid in chosen] if chosen else owned
    single_vin = params.get("single_select_vin")
    if single_vin:
        vehicle = state.fleet.find(server.brand, single_vin)
        picked = [vehicle.id] if vehicle else picked
    if server.one_vehicle_per_grant or params.get("single_select") == "true":
        picked = picked[:1]
    return tuple(picked)


_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def redirect_matches(registered: str, given: str) -> bool:
    """Exact match, or (RFC 8252 §7.3) an http loopback redirect with the same path on any port (and
    any loopback host: ``127.0.0.1``, ``localhost`` and ``[::1]`` count as one)."""
    if registered == given:
        return True
    want, got = urlsplit(registered), urlsplit(given)
    return (
        want.scheme == got.scheme == "http"
        and want.hostname in _LOOPBACK_HOSTS
        and got.hostname in _LOOPBACK_HOSTS
        and want.path == got.path
    )
