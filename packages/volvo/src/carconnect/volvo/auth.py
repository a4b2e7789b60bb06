"""Volvo ID login: authorization code with PKCE and HTTP Basic client authentication.

Volvo ID (PingFederate) offers only the authorization-code grant. Refresh tokens rotate, die after
7 days unused and after 6 months in any case; a refresh answer sometimes carries no new refresh
token, in which case the previous one is kept (carconnect-core does that for every brand).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Unpack

from carconnect.core import LoginOptions, RefreshLifetime
from carconnect.core.oauth import OAuthClient, OAuthConfig, scope_names

from .scopes import DEFAULT_SCOPES, Scope

VOLVO_ID_URL = "https://volvoid.eu.volvocars.com"
AUTHORIZE_PATH = "/as/authorization.oauth2"
TOKEN_PATH = "/as/token.oauth2"
REVOCATION_PATH = "/as/revoke_token.oauth2"
"""Not documented by Volvo (PingFederate's standard path); revocation is best effort."""


REFRESH_LIFETIME = RefreshLifetime(
    idle=timedelta(days=7), absolute=timedelta(days=184), absolute_from=timedelta(days=180)
)
"""Volvo ID: a refresh token unused for 7 days dies, and every login ends after 6 months. carconnect
refuses a login locally only after the longest 6 calendar months (184 days), so it never gives up on a
login Volvo still accepts (Volvo's ``invalid_grant`` ends one it ends sooner), and warns that it ends
counting from the earliest (180 days)."""


def volvo_oauth_config(
    client_id: str,
    client_secret: str,
    *,
    redirect_uri: str,
    scopes: Iterable[str] = DEFAULT_SCOPES,
    base_url: str = VOLVO_ID_URL,
) -> OAuthConfig:
    """The OAuth settings of a Volvo developer-portal application (``openid`` is always requested)."""
    wanted = tuple(dict.fromkeys((Scope.OPENID, *scope_names(scopes))))
    root = base_url.rstrip("/")
    return OAuthConfig(
        client_id=client_id,
        client_secret=client_secret,
        authorize_url=root + AUTHORIZE_PATH,
        token_url=root + TOKEN_PATH,
        revocation_url=root + REVOCATION_PATH,
        redirect_uri=redirect_uri,
        scopes=tuple(str(scope) for scope in wanted),
        client_auth="basic",
        refresh_lifetime=REFRESH_LIFETIME,
    )


class VolvoAuth(OAuthClient):
    """Volvo ID for one application: login URL, code exchange, refresh, and ``token_manager(store)``.

    ``base_url`` points it at another Volvo ID host, e.g. the simulator's ``sim.url("volvo", "auth")``.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str,
        scopes: Iterable[str] = DEFAULT_SCOPES,
        base_url: str = VOLVO_ID_URL,
        **options: Unpack[LoginOptions],
    ) -> None:
        config = volvo_oauth_config(
            client_id, client_secret, redirect_uri=redirect_uri, scopes=scopes, base_url=base_url
        )
        super().__init__(config, **options)


__all__ = [
    "VOLVO_ID_URL",
    "VolvoAuth",
    "volvo_oauth_config",
]
