"""Smartcar login: Connect (authorization code, HTTP Basic client auth) and v3 application tokens.

* v2 user tokens: the user consents in Smartcar Connect; the code (valid 10 minutes) is exchanged at
  ``auth.smartcar.com`` with ``client_id:client_secret`` as HTTP Basic. Access tokens live 2 hours,
  refresh tokens :data:`REFRESH_TOKEN_LIFETIME` (60 days; Smartcar's answer does not say), and every
  refresh rotates the refresh token (core persists the new one before using it). The exchange and
  the refresh take Smartcar's feature ``flags`` as a query parameter, as the SDKs send them.
* v3 application tokens: a client-credentials grant at ``iam.smartcar.com`` (1 hour, no refresh
  token); :meth:`SmartcarAuth.app_token_source` fetches a new one whenever it expires.

Core adds a PKCE challenge and ``state`` to every Connect URL; Smartcar ignores the challenge (as RFC
6749 requires of unknown parameters) and echoes ``state``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Literal, TypeVar, Unpack
from urllib.parse import urlencode

import httpx

from carconnect.core import LoginOptions, RefreshLifetime, Token
from carconnect.core.oauth import AuthorizationRequest, OAuthClient, OAuthConfig, parse_callback
from carconnect.core.oauth import flows as oauth_flows
from carconnect.core.oauth.flows import Flow

from .app_token import AppTokenSource
from .hosts import AUTH_URL, CONNECT_URL, IAM_URL, Flags, format_flags, origin
from .scopes import DEFAULT_SCOPES, scope_param

AUTHORIZE_PATH = "/oauth/authorize"
REAUTHENTICATE_PATH = "/oauth/reauthenticate"
TOKEN_PATH = "/oauth/token"
APP_TOKEN_PATH = "/oauth2/token"

REFRESH_TOKEN_LIFETIME = timedelta(days=60)
"""How long a Smartcar refresh token lives unused (Smartcar documents it; its answer carries no expiry)."""

ConnectMode = Literal["live", "simulated", "test"]
"""``test`` is deprecated by Smartcar in favour of ``simulated``."""

T = TypeVar("T")


def refresh_expires_at(token: Token, issued_at: datetime) -> datetime | None:
    """When ``token``'s refresh token dies if unused: :data:`REFRESH_TOKEN_LIFETIME` after ``issued_at``."""
    return issued_at + REFRESH_TOKEN_LIFETIME if token.refresh_token else None


def with_flags(flow: Flow[T], flags: Flags | None) -> Flow[T]:
    """``flow`` with Smartcar's ``flags`` query parameter added to each request it sends."""
    value = format_flags(flags)
    reply: httpx.Response | None = None
    while True:
        try:
            step = flow.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if value is not None and isinstance(step, httpx.Request):
            step.url = step.url.copy_merge_params({"flags": value})
        reply = yield step


REFRESH_LIFETIME = RefreshLifetime(idle=timedelta(days=60))
"""Smartcar: refresh tokens live 60 days; each refresh starts a new one."""


def smartcar_oauth_config(
    client_id: str,
    client_secret: str,
    *,
    redirect_uri: str | None = None,
    scopes: Iterable[str] = DEFAULT_SCOPES,
    required_scopes: Iterable[str] = (),
    mode: ConnectMode = "live",
    connect_url: str = CONNECT_URL,
    auth_url: str = AUTH_URL,
) -> OAuthConfig:
    """Connect and the v2 token endpoint for one application (``redirect_uri`` ``None``: the dashboard's)."""
    return OAuthConfig(
        client_id=client_id,
        client_secret=client_secret,
        authorize_url=connect_url.rstrip("/") + AUTHORIZE_PATH,
        token_url=auth_url.rstrip("/") + TOKEN_PATH,
        redirect_uri=redirect_uri,
        scopes=scope_param(scopes, required_scopes),
        client_auth="basic",
        authorize_params={"mode": mode},
        pkce=False,
        refresh_lifetime=REFRESH_LIFETIME,
    )


def app_oauth_config(client_id: str, client_secret: str, *, iam_url: str = IAM_URL) -> OAuthConfig:
    """The v3 client-credentials grant (client id and secret in the form body)."""
    return OAuthConfig(
        client_id=client_id,
        client_secret=client_secret,
        token_url=iam_url.rstrip("/") + APP_TOKEN_PATH,
        client_auth="post",
    )


def connect_params(
    *,
    force_prompt: bool = False,
    mode: ConnectMode | None = None,
    make: str | None = None,
    single_select: bool = False,
    single_select_vin: str | None = None,
    flags: Flags | None = None,
    user: str | None = None,
) -> dict[str, str]:
    """Connect's optional query parameters; a VIN implies ``single_select``."""
    params = {
        "approval_prompt": "force" if force_prompt else None,
        "mode": mode,
        "make": make,
        "single_select": "true" if single_select or single_select_vin else None,
        "single_select_vin": single_select_vin,
        "flags": format_flags(flags),
        "user": user,
    }
    return {key: value for key, value in params.items() if value is not None}


class SmartcarAuth(OAuthClient):
    """A Smartcar application: Connect URL, code exchange, refresh, and v3 application tokens.

    ``scopes`` are optional permissions, ``required_scopes`` mandatory ones. ``hosts`` (or
    ``connect_url`` / ``auth_url`` / ``iam_url``) point it at other hosts, e.g. the simulator's
    ``sim.endpoints("smartcar").hosts``. ``token_manager(store)`` keeps a user's token fresh.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str | None = None,
        scopes: Iterable[str] = DEFAULT_SCOPES,
        required_scopes: Iterable[str] = (),
        mode: ConnectMode = "live",
        hosts: Mapping[str, str] | None = None,
        connect_url: str = CONNECT_URL,
        auth_url: str = AUTH_URL,
        iam_url: str = IAM_URL,
        **options: Unpack[LoginOptions],
    ) -> None:
        config = smartcar_oauth_config(
            client_id,
            client_secret,
            redirect_uri=redirect_uri,
            scopes=scopes,
            required_scopes=required_scopes,
            mode=mode,
            connect_url=origin(hosts, "connect", connect_url),
            auth_url=origin(hosts, "auth", auth_url),
        )
        super().__init__(config, **options)
        self.app_config = app_oauth_config(client_id, client_secret, iam_url=origin(hosts, "iam", iam_url))

    def connect_request(
        self,
        *,
        state: str | None = None,
        force_prompt: bool = False,
        mode: ConnectMode | None = None,
        make: str | None = None,
        single_select: bool = False,
        single_select_vin: str | None = None,
        flags: Flags | None = None,
        user: str | None = None,
    ) -> AuthorizationRequest:
        """A Connect URL (``.url``) plus what :meth:`exchange_code` needs to finish; keep it until then.

        ``force_prompt`` always shows the consent screen; ``make`` skips the brand picker;
        ``single_select_vin`` preselects one vehicle (and implies ``single_select``); ``flags`` are
        feature flags such as ``{"country": "DE"}``; ``user`` is your own id for the user.
        """
        params = connect_params(
            force_prompt=force_prompt,
            mode=mode,
            make=make,
            single_select=single_select,
            single_select_vin=single_select_vin,
            flags=flags,
            user=user,
        )
        return self.authorization_request(state=state, **params)

    def reauthenticate_url(self, vehicle_id: str, *, state: str | None = None, user: str | None = None) -> str:
        """Connect's re-authentication page for a vehicle whose account login failed."""
        if self.config.authorize_url is None or self.config.redirect_uri is None:
            raise ValueError("re-authentication needs a redirect_uri")
        params = {"response_type": "vehicle_id", "client_id": self.config.client_id, "vehicle_id": vehicle_id}
        params["redirect_uri"] = self.config.redirect_uri
        params.update({key: value for key, value in (("state", state), ("user", user)) if value is not None})
        base = self.config.authorize_url.removesuffix(AUTHORIZE_PATH)
        return f"{base}{REAUTHENTICATE_PATH}?{urlencode(params)}"

    def exchange_code(self, request: AuthorizationRequest, callback: str, *, flags: Flags | None = None) -> Token:
        """Finish a Connect login from the redirect URL (or the bare code); ``flags`` as on Connect."""
        return self.run(
            with_flags(oauth_flows.authorization_code_flow(self.config, request, callback, self.clock), flags)
        )

    async def aexchange_code(
        self, request: AuthorizationRequest, callback: str, *, flags: Flags | None = None
    ) -> Token:
        flow = oauth_flows.authorization_code_flow(self.config, request, callback, self.clock)
        return await self.arun(with_flags(flow, flags))

    def refresh(self, token: Token, *, flags: Flags | None = None) -> Token:
        """A new token from ``token``'s refresh token (``ReauthorizationRequiredError`` if it is dead)."""
        return self.run(with_flags(oauth_flows.refresh_flow(self.config, token, self.clock), flags))

    async def arefresh(self, token: Token, *, flags: Flags | None = None) -> Token:
        return await self.arun(with_flags(oauth_flows.refresh_flow(self.config, token, self.clock), flags))

    @staticmethod
    def user_id_of(callback: str) -> str | None:
        """The Smartcar user id a Connect redirect carries (v3 applications), if any."""
        return parse_callback(callback).get("user_id") or None

    def client_credentials(self) -> Token:
        """A v3 application token (client-credentials grant at the IAM host)."""
        return self.run(oauth_flows.client_credentials_flow(self.app_config, self.clock))

    async def aclient_credentials(self) -> Token:
        return await self.arun(oauth_flows.client_credentials_flow(self.app_config, self.clock))

    def app_token_source(self, *, leeway: float | None = None) -> AppTokenSource:
        """A token source of v3 application tokens (:meth:`client_credentials`) that fetches a new one
        before each expires: core's :meth:`~carconnect.core.oauth.OAuthClient.client_credentials_source`
        (``leeway`` as there)."""
        return self.client_credentials_source(leeway=leeway)


__all__ = [
    "REFRESH_TOKEN_LIFETIME",
    "ConnectMode",
    "SmartcarAuth",
    "app_oauth_config",
    "refresh_expires_at",
    "smartcar_oauth_config",
    "with_flags",
]
