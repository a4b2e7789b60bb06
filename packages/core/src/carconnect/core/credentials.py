"""What a user may pass as credentials, and how it becomes a :class:`TokenSource`."""

from __future__ import annotations

from .clock import SYSTEM_CLOCK, Clock
from .sources import AccessTokenCallback, TokenManager, TokenSource
from .tokens import Token

Credentials = TokenSource | Token | str
"""A token source (e.g. ``auth.token_manager(store)``), a :class:`Token`, or a bare access token."""


def as_token_source(credentials: Credentials, clock: Clock = SYSTEM_CLOCK) -> TokenSource:
    """Normalise what a user passes as credentials (a fixed token is used as-is, never refreshed)."""
    if isinstance(credentials, str):
        access_token = credentials
        return AccessTokenCallback(get=lambda: access_token)
    if isinstance(credentials, Token):
        return TokenManager(credentials, clock=clock)
    return credentials
