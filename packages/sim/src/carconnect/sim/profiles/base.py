"""The shape of a brand profile: hosts, OAuth authorization servers, demo clients and API bases."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Literal
from urllib.parse import urlencode

from .errors import ErrorStyle

ClientAuthMethod = Literal["client_secret_basic", "client_secret_post", "none"]
GrantType = Literal["authorization_code", "refresh_token", "client_credentials", "device_code"]
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

DAY = 86400


@dataclasses.dataclass(frozen=True)
class EndpointRef:
    """A vendor path on one of the brand's hosts (``route`` when the Starlette pattern differs)."""

    host: str
    path: str
    route: str | None = None
    query: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def route_path(self) -> str:
        return self.route or self.path

    def url(self, host_base: str) -> str:
        suffix = f"?{urlencode(dict(self.query))}" if self.query else ""
        return f"{host_base}{self.path}{suffix}"


@dataclasses.dataclass(frozen=True)
class DemoClient:
    """A client registered in the simulator out of the box (ids and secrets are public constants)."""

    client_id: str
    client_secret: str | None
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...]
    api_key: str | None = None
    """Volvo ``vcc-api-key``."""
    application_id: str | None = None
    """Ford ``Application-Id`` header value."""
    management_token: str | None = None
    """Smartcar application management token (webhook signatures, management API)."""

    @property
    def redirect_uri(self) -> str:
        return self.redirect_uris[0]

    @property
    def scope(self) -> str:
        return " ".join(self.scopes)

    @property
    def confidential(self) -> bool:
        return self.client_secret is not None

    def __repr__(self) -> str:
        return f"DemoClient(client_id={self.client_id!r}, confidential={self.confidential})"


@dataclasses.dataclass(frozen=True)
class AuthServer:
    """One OAuth 2.0 authorization server as a vendor runs it, quirks included."""

    name: str
    brand: str
    audience: str
    """Label carried by the access tokens it issues; API hosts accept a set of audiences."""
    token: EndpointRef
    clients: tuple[DemoClient, ...]
    client_auth: tuple[ClientAuthMethod, ...]
    grant_types: tuple[GrantType, ...]
    access_ttl: int
    refresh_ttl: int | None = None
    """Lifetime of each refresh token from issue (``None``: no refresh tokens at all)."""
    grant_max_age: int | None = None
    """Hard limit on a grant's age, however often it is refreshed."""
    code_ttl: int = 600
    authorize: EndpointRef | None = None
    device_authorization: EndpointRef | None = None
    verification: EndpointRef | None = None
    revocation: EndpointRef | None = None
    userinfo: EndpointRef | None = None
    discovery: EndpointRef | None = None
    pkce_required: bool = False
    allowed_scopes: frozenset[str] | None = None
    required_scopes: tuple[str, ...] = ()
    scope_prefix_stripped: str | None = None
    """Smartcar marks mandatory permissions with ``required:``; the granted scope drops it."""
    scope_error: str = "invalid_scope"
    include_scope: bool = True
    id_token: bool = False
    """Issue an ``id_token`` when ``openid`` is among the scopes."""
    response_style: Literal["standard", "b2c"] = "standard"
    user_id_field: str | None = None
    """Non-standard token field carrying the user id (BMW ``gcid``)."""
    redirect_user_id_param: str | None = None
    """Extra redirect parameter carrying the user id (Smartcar ``user_id``)."""
    state_max_length: int | None = None
    redirect_uri_optional: bool = False
    one_vehicle_per_grant: bool = False
    force_consent_params: Mapping[str, str] = dataclasses.field(default_factory=lambda: {"prompt": "consent"})
    accepts_json_body: bool = False
    device_ttl: int = 300
    device_interval: int = 5
    device_status: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """HTTP status per device-poll error; RFC 8628 says 400 for all of them."""
    verification_uri_complete: bool = True
    refresh_reuse_window: int = 0
    """Seconds after its first use during which a rotated refresh token still refreshes (the
    ``refresh_reuse_window`` option overrides it); a use after that is reuse and ends the grant."""
    reused_refresh_error: tuple[int, str] = (400, "invalid_grant")
    invalid_refresh_description: str = "refresh token is invalid, expired or revoked"

    def client(self, client_id: str) -> DemoClient | None:
        return next((client for client in self.clients if client.client_id == client_id), None)

    def device_error_status(self, error: str) -> int:
        return self.device_status.get(error, 401 if error == "invalid_client" else 400)


@dataclasses.dataclass(frozen=True)
class HostProfile:
    """A vendor host mounted at ``/<brand>/<name>``."""

    name: str
    real_host: str
    errors: ErrorStyle
    audiences: tuple[str, ...] = ()
    """Token audiences :meth:`BrandContext.authenticate` accepts here by default."""
    token_header: str = "authorization"
    """``authorization`` (``Bearer <token>``) or a bare-token header such as Ford's ``auth-token``."""
    alias_of: str | None = None
    echo_headers: tuple[str, ...] = ()
    """Request headers every answer of the host repeats when the request carries them."""


@dataclasses.dataclass(frozen=True)
class BrandProfile:
    """Everything the framework knows about a brand before its API routes plug in."""

    name: str
    hosts: tuple[HostProfile, ...]
    servers: tuple[AuthServer, ...]
    apis: Mapping[str, tuple[str, str]]
    """API name -> (host name, base path): the base URLs clients are configured with."""

    def host(self, name: str) -> HostProfile:
        for host in self.hosts:
            if host.name == name:
                return host
        raise KeyError(f"{self.name} has no host {name!r}; hosts: {', '.join(h.name for h in self.hosts)}")

    def canonical_host(self, name: str) -> HostProfile:
        host = self.host(name)
        return self.host(host.alias_of) if host.alias_of else host

    def server(self, name: str | None = None) -> AuthServer:
        if name is None:
            return self.servers[0]
        for server in self.servers:
            if server.name == name:
                return server
        raise KeyError(f"{self.name} has no authorization server {name!r}")
