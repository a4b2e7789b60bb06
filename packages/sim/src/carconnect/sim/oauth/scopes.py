"""Scope parsing and checks per authorization server."""

from __future__ import annotations

from ..errors import OAuthFailure
from ..profiles.base import AuthServer, DemoClient


def parse_scopes(server: AuthServer, client: DemoClient, raw: str | None) -> tuple[str, ...]:
    """The granted scopes for a request; no scope means everything the client registered."""
    requested = (raw or "").split()
    if not requested:
        return client.scopes
    prefix = server.scope_prefix_stripped
    scopes = tuple(dict.fromkeys(s[len(prefix) :] if prefix and s.startswith(prefix) else s for s in requested))
    allowed = server.allowed_scopes if server.allowed_scopes is not None else None
    unknown = [scope for scope in scopes if allowed is not None and scope not in allowed]
    if unknown:
        raise OAuthFailure(server.scope_error, f"scope not allowed for this client: {' '.join(unknown)}")
    missing = [scope for scope in server.required_scopes if scope not in scopes]
    if missing:
        raise OAuthFailure(server.scope_error, f"required scope missing: {' '.join(missing)}")
    return scopes


def narrow_scopes(granted: tuple[str, ...], raw: str | None) -> tuple[str, ...]:
    """A refresh request may ask for fewer scopes than the grant holds, never more."""
    if not raw:
        return granted
    requested = tuple(dict.fromkeys(raw.split()))
    extra = [scope for scope in requested if scope not in granted]
    if extra:
        raise OAuthFailure("invalid_scope", f"scope exceeds the original grant: {' '.join(extra)}")
    return requested
