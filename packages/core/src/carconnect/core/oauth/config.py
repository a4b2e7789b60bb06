"""Static description of one OAuth client registration at one authorization server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..tokens import RefreshLifetime

ClientAuthMethod = Literal["basic", "post", "none"]
"""How the client authenticates at the token endpoint: HTTP Basic, form body, or public client."""


@dataclass(frozen=True, repr=False)
class OAuthConfig:
    """Endpoints, client credentials and per-vendor quirks of an OAuth client.

    ``client_secret`` never appears in a repr. ``token_headers`` are sent with every token-endpoint
    request (some vendors want an API key there); ``authorize_params`` / ``device_params`` are
    added to the authorization URL / device authorization request. ``reauth_errors`` are the
    ``error`` values of a refresh that mean the refresh token is dead.
    """

    client_id: str
    token_url: str
    client_secret: str | None = None
    authorize_url: str | None = None
    device_authorization_url: str | None = None
    revocation_url: str | None = None
    redirect_uri: str | None = None
    scopes: tuple[str, ...] = ()
    client_auth: ClientAuthMethod = "basic"
    authorize_params: Mapping[str, str] = field(default_factory=dict)
    device_params: Mapping[str, str] = field(default_factory=dict)
    token_headers: Mapping[str, str] = field(default_factory=dict)
    send_scope_on_refresh: bool = False
    reauth_errors: frozenset[str] = frozenset({"invalid_grant"})
    max_state_length: int | None = None
    pkce: bool = True
    """Send a PKCE challenge (S256) with authorization-code logins; off for vendors that do not document it."""
    refresh_lifetime: RefreshLifetime | None = None
    """The vendor's documented refresh-token lifetimes, used when a token answer does not state them."""

    def __repr__(self) -> str:
        secret = "'***'" if self.client_secret else "None"
        return (
            f"OAuthConfig(client_id={self.client_id!r}, client_secret={secret}, token_url={self.token_url!r}, "
            f"client_auth={self.client_auth!r}, scopes={self.scopes!r})"
        )
