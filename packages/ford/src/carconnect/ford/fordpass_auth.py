"""FordPass login (EXPERIMENTAL: the FordPass app's own backend, unofficial and often changed by Ford).

1. PKCE authorization on Azure AD B2C with the app's public client and the custom-scheme redirect
   ``fordapp://userauthorized``. Ford's bot protection and 2FA block automated logins, so the user
   opens :meth:`FordPassAuth.authorization_request` ``.url`` in a browser, logs in, and pastes the
   ``fordapp://userauthorized/?code=...`` URL the browser ended on (DevTools, Network tab); see
   :func:`carconnect.core.oauth.read_pasted_redirect`. No username/password login exists.
2. :meth:`FordPassAuth.exchange_code` redeems the code at B2C (with the Android app's headers), then
   exchanges the B2C token for Ford's CAT token (``cat-with-b2c-access-token``): the CAT token pair is
   what the token store keeps (1 h access, about 30 days refresh).
3. :meth:`FordPassAuth.refresh` renews the CAT pair with ``cat-with-refresh-token`` (JSON, not a form);
   a dead refresh token (``errorCode`` 460) raises :class:`~carconnect.core.ReauthorizationRequiredError`.
4. Autonomic (telemetry and commands) wants its own 5-minute token, an RFC 8693 exchange of the CAT
   access token: :meth:`FordPassAuth.autonomic_source` keeps one fresh.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Unpack
from urllib.parse import urlencode

import httpx

from carconnect.core import (
    ClientCredentialsSource,
    Clock,
    LoginOptions,
    OAuthError,
    ReauthorizationRequiredError,
    Token,
    TokenSource,
)
from carconnect.core.mapping import decode_body, error_from_response
from carconnect.core.oauth import AuthorizationRequest, OAuthClient, OAuthConfig
from carconnect.core.oauth.flows import Flow, check_callback, oauth_error, parse_token, token_request

from .errors import INVALID_TOKEN_CODE, ford_error_mapper
from .regions import Region
from .scopes import FORDPASS_CLIENT_ID, Scope

FORDPASS_TENANT = "4566605f-43a7-400a-946e-89cc9fdb0bd7"
FORDPASS_REDIRECT_URI = "fordapp://userauthorized"
FOUNDATIONAL_URL = "https://api.foundational.ford.com"
CAT_EXCHANGE_URL = FOUNDATIONAL_URL + "/api/token/v2/cat-with-b2c-access-token"
CAT_REFRESH_URL = FOUNDATIONAL_URL + "/api/token/v2/cat-with-refresh-token"
AUTONOMIC_TOKEN_URL = "https://accounts.autonomic.ai/v1/auth/oidc/token"
AUTONOMIC_CLIENT_ID = "fordpass-prod"
TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"
APP_TOKEN_HEADERS = {"User-Agent": "okhttp/4.12.0", "Accept-Encoding": "gzip"}
"""Since October 2025 the B2C token request must look like the Android app's."""
AUTONOMIC_LEEWAY = 30.0


def fordpass_policy(locale: str) -> str:
    """The B2C policy of a locale, e.g. ``B2C_1A_SignInSignUp_en-US``."""
    return f"B2C_1A_SignInSignUp_{locale}"


def fordpass_oauth_config(
    *,
    region: Region = Region.US,
    locale: str = "en-US",
    client_id: str = FORDPASS_CLIENT_ID,
    application_id: str | None = None,
    login_url: str | None = None,
    authorize_url: str | None = None,
    token_url: str | None = None,
) -> OAuthConfig:
    """The FordPass app's B2C client: public (PKCE), custom-scheme redirect, the app's extra parameters."""
    root = f"{(login_url or region.info.login_host).rstrip('/')}/{FORDPASS_TENANT}/{fordpass_policy(locale)}"
    return OAuthConfig(
        client_id=client_id,
        authorize_url=authorize_url or f"{root}/oauth2/v2.0/authorize",
        token_url=token_url or f"{root}/oauth2/v2.0/token",
        redirect_uri=FORDPASS_REDIRECT_URI,
        scopes=(client_id, Scope.OPENID),
        client_auth="none",
        authorize_params={
            "max_age": "3600",
            "ui_locales": locale,
            "language_code": locale,
            "ford_application_id": application_id or region.info.application_id,
            "country_code": region.info.country_code,
        },
        token_headers=APP_TOKEN_HEADERS,
    )


def _json_post(url: str, payload: Mapping[str, str], application_id: str) -> httpx.Request:
    headers = {"Application-Id": application_id, "Content-Type": "application/json", "Accept": "application/json"}
    return httpx.Request("POST", url, content=json.dumps(payload).encode(), headers=headers)


def _b2c_token(response: httpx.Response, now: datetime) -> Token:
    """The B2C token answer: its body decides, whatever the status (B2C does not always answer 200).

    A readable ``access_token`` is the token. Without one, an OAuth ``error`` field or a failure
    status is the server's error (:func:`oauth_error`); a success answer (truncated, not JSON, only
    an ``id_token``) is a :class:`~carconnect.core.ResponseParseError` that quotes none of the body,
    never an ``ApiError`` carrying it.
    """
    body = decode_body(response.content)
    fields: Mapping[str, object] = body if isinstance(body, Mapping) else {}
    has_token = isinstance(fields.get("access_token"), str)
    if not has_token and (isinstance(fields.get("error"), str) or not response.is_success):
        raise oauth_error(response)
    return parse_token(response, now)


def login_flow(auth: FordPassAuth, request: AuthorizationRequest, callback: str, clock: Clock) -> Flow[Token]:
    """B2C code -> B2C token -> CAT token (an unreadable token answer never quotes its body)."""
    code = check_callback(request, callback)
    config = auth.config
    response = yield token_request(
        config,
        "authorization_code",
        code=code,
        redirect_uri=request.redirect_uri,
        code_verifier=request.code_verifier,
        scope=" ".join(config.scopes),
    )
    assert response is not None
    b2c = _b2c_token(response, clock.now())
    response = yield _json_post(auth.cat_exchange_url, {"idpToken": b2c.access_token}, auth.application_id)
    assert response is not None
    if not response.is_success:
        raise error_from_response(response, ford_error_mapper, clock=clock)
    return parse_token(response, clock.now())


def cat_refresh_flow(auth: FordPassAuth, token: Token, clock: Clock) -> Flow[Token]:
    """A new CAT pair from the refresh token (``errorCode`` 460: log in again)."""
    if not token.refresh_token:
        raise ReauthorizationRequiredError("this token has no refresh token: log in again", code="login_required")
    response = yield _json_post(auth.cat_refresh_url, {"refresh_token": token.refresh_token}, auth.application_id)
    assert response is not None
    if response.is_success:
        return parse_token(response, clock.now(), token)
    error = error_from_response(response, ford_error_mapper, clock=clock)
    if response.status_code in (400, 401) and error.code == INVALID_TOKEN_CODE:
        raise ReauthorizationRequiredError(
            error.message, status_code=error.status_code, code=error.code, body=error.body
        ) from error
    raise error


def autonomic_flow(auth: FordPassAuth, cat_access_token: str, clock: Clock) -> Flow[Token]:
    """The RFC 8693 exchange of a CAT access token for a 5-minute Autonomic token."""
    fields = {
        "subject_token": cat_access_token,
        "subject_issuer": "fordpass",
        "client_id": AUTONOMIC_CLIENT_ID,
        "grant_type": TOKEN_EXCHANGE_GRANT,
        "subject_token_type": JWT_TOKEN_TYPE,
    }
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    response = yield httpx.Request(
        "POST", auth.autonomic_token_url, content=urlencode(fields).encode(), headers=headers
    )
    assert response is not None
    if not response.is_success:
        raise oauth_error(response)
    return parse_token(response, clock.now())


class FordPassAuth(OAuthClient):
    """FordPass login and token renewal (experimental; see the module docstring).

    ``login_url`` replaces the region's login host (``https://login.ford.de``, the simulator's
    ``sim.url("ford", "login")``); ``authorize_url``, ``token_url``, ``cat_exchange_url``,
    ``cat_refresh_url`` and ``autonomic_token_url`` replace single endpoints (the simulator's
    ``sim.endpoints("ford", "fordpass")`` has them all).
    """

    def __init__(
        self,
        *,
        region: Region = Region.US,
        locale: str = "en-US",
        application_id: str | None = None,
        client_id: str = FORDPASS_CLIENT_ID,
        login_url: str | None = None,
        authorize_url: str | None = None,
        token_url: str | None = None,
        cat_exchange_url: str = CAT_EXCHANGE_URL,
        cat_refresh_url: str = CAT_REFRESH_URL,
        autonomic_token_url: str = AUTONOMIC_TOKEN_URL,
        **options: Unpack[LoginOptions],
    ) -> None:
        config = fordpass_oauth_config(
            region=region,
            locale=locale,
            client_id=client_id,
            application_id=application_id,
            login_url=login_url,
            authorize_url=authorize_url,
            token_url=token_url,
        )
        super().__init__(config, **options)
        self.region = region
        self.application_id = application_id or region.info.application_id
        self.cat_exchange_url = cat_exchange_url
        self.cat_refresh_url = cat_refresh_url
        self.autonomic_token_url = autonomic_token_url

    def __repr__(self) -> str:
        return f"FordPassAuth(region={self.region.name}, {self.config!r})"

    def exchange_code(self, request: AuthorizationRequest, callback: str) -> Token:
        """Finish the login from the pasted ``fordapp://`` URL (or the bare code): the CAT token."""
        return self.run(login_flow(self, request, callback, self.clock))

    async def aexchange_code(self, request: AuthorizationRequest, callback: str) -> Token:
        return await self.arun(login_flow(self, request, callback, self.clock))

    def refresh(self, token: Token) -> Token:
        """A new CAT token pair (what ``token_manager(store)`` calls ahead of expiry)."""
        return self.run(cat_refresh_flow(self, token, self.clock))

    async def arefresh(self, token: Token) -> Token:
        return await self.arun(cat_refresh_flow(self, token, self.clock))

    def autonomic_token(self, cat_access_token: str) -> Token:
        """A 5-minute Autonomic token for a CAT access token."""
        return self.run(autonomic_flow(self, cat_access_token, self.clock))

    async def aautonomic_token(self, cat_access_token: str) -> Token:
        return await self.arun(autonomic_flow(self, cat_access_token, self.clock))

    def autonomic_source(self, cat: TokenSource) -> ClientCredentialsSource:
        """A token source of Autonomic tokens, exchanged from ``cat``'s CAT token and renewed ahead of expiry.

        Every renewal is a new exchange of the CAT token that ``cat`` gives at that moment: Autonomic
        tokens have no refresh token of their own. A dead CAT login raises ``cat``'s error, and once
        a new CAT token is in ``cat``'s store the next call exchanges that one.
        """
        return ClientCredentialsSource(_AutonomicExchange(self, cat), leeway=AUTONOMIC_LEEWAY, clock=self.clock)


class _AutonomicExchange:
    """The issuer of Autonomic tokens for :class:`~carconnect.core.ClientCredentialsSource`: each
    call exchanges the current CAT token.

    If Autonomic rejects the CAT token (``invalid_grant``), the CAT source is asked for another one once.
    """

    def __init__(self, auth: FordPassAuth, cat: TokenSource) -> None:
        self._auth = auth
        self._cat = cat

    def client_credentials(self) -> Token:
        cat_token = self._cat.get_access_token()
        try:
            return _without_refresh(self._auth.autonomic_token(cat_token))
        except OAuthError as exc:
            if exc.code != "invalid_grant":
                raise
        return _without_refresh(self._auth.autonomic_token(self._cat.get_access_token(cat_token)))

    async def aclient_credentials(self) -> Token:
        cat_token = await self._cat.aget_access_token()
        try:
            return _without_refresh(await self._auth.aautonomic_token(cat_token))
        except OAuthError as exc:
            if exc.code != "invalid_grant":
                raise
        return _without_refresh(await self._auth.aautonomic_token(await self._cat.aget_access_token(cat_token)))


def _without_refresh(token: Token) -> Token:
    """Autonomic's own refresh token is useless (renewal exchanges the CAT token again): not kept."""
    return replace(token, refresh_token=None, refresh_expires_at=None, login_expires_at=None)


__all__ = [
    "FORDPASS_REDIRECT_URI",
    "FordPassAuth",
    "fordpass_oauth_config",
]
