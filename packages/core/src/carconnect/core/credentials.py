"""What a user may pass as credentials, and how it becomes a :class:`TokenSource`."""

from __future__ import annotations

from .clock import SYSTEM_CLOCK, Clock
from .errors import AuthenticationError
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


class MissingCredentials:
    """The token source of a credential a client was not given: its calls fail before any request
    leaves, with :class:`AuthenticationError` (``code="missing_credentials"``) saying what to pass."""

    def __init__(self, needed: str = "pass credentials to the client, or call through client.for_user(credentials)"):
        self.needed = needed

    def __repr__(self) -> str:
        return f"MissingCredentials({self.needed!r})"

    def get_access_token(self, rejected: str | None = None) -> str:
        raise AuthenticationError(f"no credentials: {self.needed}", code="missing_credentials")

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)
