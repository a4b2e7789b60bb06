"""Per-brand OAuth 2.0 authorization servers: authorize, token, device, revocation."""

from __future__ import annotations

from .bearer import Principal, authenticate, bearer_token
from .device import decide_device
from .pkce import make_pair, s256, verifier_matches
from .routes import oauth_routes
from .store import AuthorizationCode, DeviceAuthorization, Grant, IssuedToken, OAuthStore

__all__ = [
    "AuthorizationCode",
    "DeviceAuthorization",
    "Grant",
    "IssuedToken",
    "OAuthStore",
    "Principal",
    "authenticate",
    "bearer_token",
    "decide_device",
    "make_pair",
    "oauth_routes",
    "s256",
    "verifier_matches",
]
