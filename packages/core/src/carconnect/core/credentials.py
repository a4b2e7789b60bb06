"""What a user may pass as credentials, and how it becomes a :class:`TokenSource`."""

from __future__ import annotations

import hashlib
import logging
import threading

from .clock import SYSTEM_CLOCK, Clock
from .errors import AuthenticationError
from .sources import AccessTokenCallback, TokenManager, TokenSource, refresh_leeway
from .tokens import Token

logger = logging.getLogger("carconnect.core.tokens")

Credentials = TokenSource | Token | str
"""A token source (e.g. ``auth.token_manager(store)``), a :class:`Token`, or a bare access token."""

NOT_REFRESHED = "no_refresher"
"""The ``code`` of the :class:`AuthenticationError` a :class:`Token` passed as credentials raises once
its access token has expired (or was refused): it has a refresh token, but no refresher to spend it."""

USE_A_TOKEN_MANAGER = (
    "pass auth.token_manager(token) (every brand's auth has it: BmwAuth, FordConnectAuth, SmartcarAuth, "
    "VolvoAuth...) or TokenManager(token, auth) as credentials to have it refreshed"
)


def as_token_source(credentials: Credentials, clock: Clock = SYSTEM_CLOCK) -> TokenSource:
    """Normalise what a user passes as credentials.

    A string is used as the access token on every call. A :class:`Token` is used as it is and never
    refreshed. One with a refresh token becomes a :class:`TokenWithoutRefresher` (a WARNING now, and
    ``AuthenticationError`` with ``code="no_refresher"`` once it needs a refresh); one without raises
    :class:`ReauthorizationRequiredError` once it expires, as nothing can refresh it.
    """
    if isinstance(credentials, str):
        access_token = credentials
        return AccessTokenCallback(get=lambda: access_token)
    if isinstance(credentials, Token):
        if credentials.refresh_token:
            return TokenWithoutRefresher(credentials, clock=clock)
        return TokenManager(credentials, clock=clock)
    return credentials


_WARNED_AT_MOST = 10_000
_warned: dict[str, None] = {}
_warned_guard = threading.Lock()


def _first_time(token: Token) -> bool:
    """Whether this process sees ``token``'s refresh token passed without a refresher for the first
    time (a service that makes a view per request warns once per login, not per request). Only a
    digest of the refresh token is kept, for the latest logins seen."""
    digest = hashlib.sha256((token.refresh_token or "").encode()).hexdigest()
    with _warned_guard:
        if digest in _warned:
            return False
        _warned[digest] = None
        if len(_warned) > _WARNED_AT_MOST:
            del _warned[next(iter(_warned))]
    return True


class TokenWithoutRefresher(TokenManager):
    """The token source of a :class:`Token` that has a refresh token but was passed without a refresher.

    Construction logs one WARNING saying what to pass instead (DEBUG for a refresh token this process
    warned about before). The access token is used until it is
    within the refresh leeway of its expiry (or the vendor refuses it); from then on every call raises
    :class:`AuthenticationError` with ``code="no_refresher"`` (:data:`NOT_REFRESHED`) before anything is
    sent, saying the token was not refreshed because no refresher was given. That is not
    :class:`ReauthorizationRequiredError`: the login may well be alive, and a token manager with a
    refresher (``auth.token_manager(token)``) refreshes it. Once the refresh token's own end has passed,
    the login is over and calls raise :class:`ReauthorizationRequiredError` as any token manager's do.
    """

    def __init__(self, token: Token, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(token, clock=clock)
        expiry = f"at {token.expires_at.isoformat()}" if token.expires_at is not None else "when the vendor refuses it"
        level = logging.WARNING if _first_time(token) else logging.DEBUG
        logger.log(
            level,
            "a Token with a refresh token was passed as credentials without a refresher: its access token is "
            "used until shortly before it expires (%s) and never refreshed, then calls fail with "
            "AuthenticationError (code %r); %s",
            expiry,
            NOT_REFRESHED,
            USE_A_TOKEN_MANAGER,
        )

    def __repr__(self) -> str:
        return f"TokenWithoutRefresher(token={self.token!r})"

    def _check_refreshable_elsewhere(self, rejected: str | None) -> None:
        """Raise the ``no_refresher`` error when the token needs a refresh this source cannot do."""
        token = self.token
        if token is None or not token.refresh_token:
            return
        now = self.clock.now()
        deadline = token.refresh_deadline
        if deadline is not None and deadline <= now:
            return  # the login is over: the token manager says to log in again
        if token.access_token == rejected:
            what = "was refused by the vendor"
        elif token.expires_within(refresh_leeway(token, self.leeway), now):
            assert token.expires_at is not None
            tense = "expired" if token.expires_at <= now else "expires"
            what = f"{tense} at {token.expires_at.isoformat()}"
        else:
            return
        raise AuthenticationError(
            f"the access token {what} and was not refreshed: it was passed as a Token without a refresher, "
            f"so its refresh token is never used; {USE_A_TOKEN_MANAGER}",
            code=NOT_REFRESHED,
        )

    def get_access_token(self, rejected: str | None = None) -> str:
        self._check_refreshable_elsewhere(rejected)
        return super().get_access_token(rejected)

    async def aget_access_token(self, rejected: str | None = None) -> str:
        self._check_refreshable_elsewhere(rejected)
        return await super().aget_access_token(rejected)


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
