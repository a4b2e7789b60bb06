"""Logins of the two official Ford APIs: FordConnect Query and FordConnect.

Both are confidential authorization-code flows on Azure AD B2C: the client secret goes in the form
body, refresh tokens rotate (carconnect-core keeps the newest one), and no username/password grant
exists. FordConnect Query accepts a ``state`` of at most 16 characters, so its login URLs carry a
16-character state. FordPass (the unofficial app backend) is in :mod:`carconnect.ford.fordpass_auth`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Literal, Unpack

from carconnect.core import LoginOptions, RefreshLifetime
from carconnect.core.oauth import OAuthClient, OAuthConfig, scope_names

from ._base import CONNECT_APPLICATION_ID
from .scopes import CONNECT_DEFAULT_SCOPES, QUERY_SCOPES

QUERY_URL = "https://api.vehicle.ford.com"
"""Host of FordConnect Query's login, token endpoint and API."""
QUERY_AUTHORIZE_PATH = "/fcon-public/v1/auth/init"
QUERY_TOKEN_PATH = "/dah2vb2cprod.onmicrosoft.com/oauth2/v2.0/token?p=B2C_1A_FCON_AUTHORIZE"
QUERY_MAX_STATE_LENGTH = 16

CONNECT_AUTHORIZE_URL = "https://fordconnect.cv.ford.com/common/login/"
CONNECT_TOKEN_URL = (
    "https://dah2vb2cprod.b2clogin.com/914d88b1-3523-4bf6-9be4-1b96b4f6f919/oauth2/v2.0/token"
    "?p=B2C_1A_signup_signin_common"
)
CONNECT_REDIRECT_URI = "https://localhost:3000"
"""The redirect URI personal FordConnect apps were registered with."""

Make = Literal["F", "L"]
"""``F`` for Ford, ``L`` for Lincoln (FordConnect account linking)."""


def query_oauth_config(
    client_id: str,
    client_secret: str,
    *,
    redirect_uri: str,
    scopes: Iterable[str] = QUERY_SCOPES,
    base_url: str = QUERY_URL,
    authorize_url: str | None = None,
    token_url: str | None = None,
) -> OAuthConfig:
    """The OAuth settings of a FordConnect Query application (developer.ford.com)."""
    root = base_url.rstrip("/")
    return OAuthConfig(
        client_id=client_id,
        client_secret=client_secret,
        authorize_url=authorize_url or root + QUERY_AUTHORIZE_PATH,
        token_url=token_url or root + QUERY_TOKEN_PATH,
        redirect_uri=redirect_uri,
        scopes=scope_names(scopes),
        client_auth="post",
        max_state_length=QUERY_MAX_STATE_LENGTH,
        pkce=False,
    )


def connect_oauth_config(
    client_id: str,
    client_secret: str,
    *,
    redirect_uri: str = CONNECT_REDIRECT_URI,
    scopes: Iterable[str] = CONNECT_DEFAULT_SCOPES,
    make: Make = "F",
    application_id: str = CONNECT_APPLICATION_ID,
    authorize_url: str = CONNECT_AUTHORIZE_URL,
    token_url: str = CONNECT_TOKEN_URL,
) -> OAuthConfig:
    """The OAuth settings of a FordConnect application (account linking with ``make`` and ``application_id``)."""
    return OAuthConfig(
        client_id=client_id,
        client_secret=client_secret,
        authorize_url=authorize_url,
        token_url=token_url,
        redirect_uri=redirect_uri,
        scopes=scope_names(scopes),
        client_auth="post",
        authorize_params={"make": make, "application_id": application_id},
        pkce=False,
        refresh_lifetime=RefreshLifetime(idle=timedelta(days=90)),
    )


class FordAuth(OAuthClient):
    """FordConnect Query login for one application: login URL, code exchange, refresh, ``token_manager``.

    ``base_url`` points it at another host with Ford's paths, e.g. the simulator's
    ``sim.url("ford", "auth")``; ``authorize_url`` / ``token_url`` replace single endpoints.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str,
        scopes: Iterable[str] = QUERY_SCOPES,
        base_url: str = QUERY_URL,
        authorize_url: str | None = None,
        token_url: str | None = None,
        **options: Unpack[LoginOptions],
    ) -> None:
        config = query_oauth_config(
            client_id,
            client_secret,
            redirect_uri=redirect_uri,
            scopes=scopes,
            base_url=base_url,
            authorize_url=authorize_url,
            token_url=token_url,
        )
        super().__init__(config, **options)


class FordConnectAuth(OAuthClient):
    """FordConnect login (Ford stopped issuing credentials in November 2024; existing apps keep working).

    ``authorize_url`` / ``token_url`` point it elsewhere, e.g. the simulator's
    ``sim.endpoints("ford", "ford-connect")``.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str = CONNECT_REDIRECT_URI,
        scopes: Iterable[str] = CONNECT_DEFAULT_SCOPES,
        make: Make = "F",
        application_id: str = CONNECT_APPLICATION_ID,
        authorize_url: str = CONNECT_AUTHORIZE_URL,
        token_url: str = CONNECT_TOKEN_URL,
        **options: Unpack[LoginOptions],
    ) -> None:
        config = connect_oauth_config(
            client_id,
            client_secret,
            redirect_uri=redirect_uri,
            scopes=scopes,
            make=make,
            application_id=application_id,
            authorize_url=authorize_url,
            token_url=token_url,
        )
        super().__init__(config, **options)


__all__ = [
    "CONNECT_APPLICATION_ID",
    "CONNECT_REDIRECT_URI",
    "QUERY_URL",
    "FordAuth",
    "FordConnectAuth",
    "connect_oauth_config",
    "query_oauth_config",
]
