"""Logging in to BMW CarData: the GCDM device authorization grant with PKCE.

BMW's login server (GCDM) knows CarData clients as public clients: the client id (a UUID the user
creates in the BMW/MINI portal) goes in the form body, there is no secret. The device request
carries a PKCE challenge, which RFC 8628 does not, and polling answers use BMW's own status codes
(403 ``authorization_pending``, 401 ``expired_token``...): core decides by the ``error`` string.
Token answers add ``gcid`` (the account id, kept in ``Token.extras``) and an ``id_token`` (the
streaming password). Refresh tokens live 14 days and rotate; a refresh answered ``invalid_grant``
or ``invalid_request`` (an already rotated token) means the device flow must be run again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Unpack

from carconnect.core import LoginOptions, RefreshLifetime, Token
from carconnect.core.oauth import DeviceAuthorization, DevicePollStatus, OAuthClient, OAuthConfig, scope_names

GCDM_URL = "https://customer.bmwgroup.com"
"""BMW's login server (GCDM)."""
DEVICE_CODE_PATH = "/gcdm/oauth/device/code"
TOKEN_PATH = "/gcdm/oauth/token"

SCOPE_AUTHENTICATE_USER = "authenticate_user"
SCOPE_OPENID = "openid"
"""Needed for the ``id_token`` (the streaming password)."""
SCOPE_CARDATA_API = "cardata:api:read"
"""The REST API; the client must be subscribed to "CarData API" in the portal first."""
SCOPE_CARDATA_STREAMING = "cardata:streaming:read"
"""The MQTT stream; the client must be subscribed to "CarData Stream" in the portal first."""
ALL_SCOPES = (SCOPE_AUTHENTICATE_USER, SCOPE_OPENID, SCOPE_CARDATA_API, SCOPE_CARDATA_STREAMING)
DEFAULT_SCOPES = ALL_SCOPES
"""What BMW's integration guide recommends. Asking for a scope the client is not subscribed to fails
with ``invalid_request``: pass ``scopes=API_SCOPES`` for a client without the stream."""
API_SCOPES = (SCOPE_AUTHENTICATE_USER, SCOPE_OPENID, SCOPE_CARDATA_API)

REAUTH_ERRORS = frozenset({"invalid_grant", "invalid_request"})
"""Refresh errors that mean the refresh token is dead (BMW answers a rotated one ``invalid_request``)."""

STREAMING_HOST = "customer.streaming-cardata.bmwgroup.com"
STREAMING_PORT = 9000


REFRESH_LIFETIME = RefreshLifetime(idle=timedelta(days=14))
"""BMW CarData: a refresh token lives 14 days; each refresh starts a new one."""


def oauth_config(client_id: str, *, scopes: Sequence[str] = DEFAULT_SCOPES, base_url: str = GCDM_URL) -> OAuthConfig:
    """GCDM's endpoints and quirks for a CarData client id (normalised: trimmed, lower case)."""
    base = base_url.rstrip("/")
    return OAuthConfig(
        client_id=client_id.strip().lower(),
        token_url=f"{base}{TOKEN_PATH}",
        device_authorization_url=f"{base}{DEVICE_CODE_PATH}",
        scopes=scope_names(scopes),
        client_auth="none",
        device_params={"response_type": "device_code"},
        reauth_errors=REAUTH_ERRORS,
        refresh_lifetime=REFRESH_LIFETIME,
    )


class BmwAuth(OAuthClient):
    """The OAuth client of a BMW CarData client id.

    ``base_url`` points it at another GCDM host, e.g. the simulator's ``sim.url("bmw", "auth")``.
    Log in with :meth:`login` (or :meth:`start_device_authorization` + :meth:`poll_device_token`),
    then keep the token fresh with :meth:`token_manager`.
    """

    def __init__(
        self,
        client_id: str,
        *,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        base_url: str = GCDM_URL,
        **options: Unpack[LoginOptions],
    ) -> None:
        super().__init__(
            oauth_config(client_id, scopes=scopes, base_url=base_url),
            **options,
        )

    def start_device_authorization(self, *, pkce: bool = True) -> DeviceAuthorization:
        """Begin a device login (PKCE is mandatory at BMW): show ``user_code`` and the URI to the user."""
        return super().start_device_authorization(pkce=pkce)

    async def astart_device_authorization(self, *, pkce: bool = True) -> DeviceAuthorization:
        return await super().astart_device_authorization(pkce=pkce)

    def login(
        self,
        show: Callable[[DeviceAuthorization], None],
        on_progress: Callable[[DevicePollStatus], None] | None = None,
    ) -> Token:
        """The whole device login: ``show`` tells the user where to approve, then poll until they did."""
        device = self.start_device_authorization()
        show(device)
        return self.poll_device_token(device, on_progress)

    async def alogin(
        self,
        show: Callable[[DeviceAuthorization], None],
        on_progress: Callable[[DevicePollStatus], None] | None = None,
    ) -> Token:
        device = await self.astart_device_authorization()
        show(device)
        return await self.apoll_device_token(device, on_progress)


@dataclass(frozen=True, repr=False)
class StreamingCredentials:
    """MQTT login of the CarData stream: the ``gcid`` as user name, the ``id_token`` as password."""

    username: str
    password: str
    host: str = STREAMING_HOST
    port: int = STREAMING_PORT

    def __repr__(self) -> str:
        return f"StreamingCredentials(username={self.username!r}, password='***', host={self.host!r})"

    def topic(self, vin: str | None = None) -> str:
        """``<gcid>/<vin>``, or ``<gcid>/+`` for every vehicle."""
        return f"{self.username}/{vin or '+'}"


def gcid_of(token: Token) -> str | None:
    """The BMW account id (``gcid``) a token was issued for."""
    gcid = token.extras.get("gcid")
    return str(gcid) if gcid else None


def streaming_credentials(token: Token) -> StreamingCredentials:
    """The MQTT credentials carried by a CarData token (needs the ``openid`` scope)."""
    gcid = gcid_of(token)
    if gcid is None or not token.id_token:
        raise ValueError("this token carries no gcid and id_token: log in with the openid scope")
    return StreamingCredentials(username=gcid, password=token.id_token)


__all__ = [
    "ALL_SCOPES",
    "API_SCOPES",
    "DEFAULT_SCOPES",
    "GCDM_URL",
    "SCOPE_AUTHENTICATE_USER",
    "SCOPE_CARDATA_API",
    "SCOPE_CARDATA_STREAMING",
    "SCOPE_OPENID",
    "BmwAuth",
    "StreamingCredentials",
    "gcid_of",
    "oauth_config",
    "streaming_credentials",
]
