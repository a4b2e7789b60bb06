"""A token source for client-credentials tokens: fetch again on expiry, one fetch at a time.

Core's ``TokenManager`` refreshes with a refresh token, which a client-credentials grant never
issues. :class:`AppTokenSource` instead runs the grant again when the cached token is within
``leeway`` of expiry or was just rejected. Concurrent callers (threads and asyncio tasks alike) share
one fetch: the first becomes the leader, the others wait for its result.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from typing import Protocol

from carconnect.core import SYSTEM_CLOCK, Clock, Token


class AppTokenIssuer(Protocol):
    """Runs a client-credentials grant (``SmartcarAuth`` does)."""

    def client_credentials(self) -> Token: ...

    async def aclient_credentials(self) -> Token: ...


class AppTokenSource:
    """An application token, fetched on first use and again before it expires (sync or async)."""

    def __init__(self, issuer: AppTokenIssuer, *, leeway: float = 60.0, clock: Clock = SYSTEM_CLOCK) -> None:
        self.issuer = issuer
        self.leeway = leeway
        self.clock = clock
        self.fetch_count = 0
        self._token: Token | None = None
        self._guard = threading.Lock()
        self._inflight: concurrent.futures.Future[Token] | None = None

    def __repr__(self) -> str:
        return f"AppTokenSource(token={self._token!r}, fetch_count={self.fetch_count})"

    @property
    def token(self) -> Token | None:
        """The cached token, if any."""
        return self._token

    def _usable(self, rejected: str | None) -> Token | None:
        token = self._token
        if token is None or token.access_token == rejected or token.expires_within(self.leeway, self.clock.now()):
            return None
        return token

    def _join(self, rejected: str | None) -> tuple[concurrent.futures.Future[Token], bool]:
        """The fetch to wait for, and whether the caller must run it (is the leader)."""
        with self._guard:
            token = self._usable(rejected)
            if token is not None:
                done: concurrent.futures.Future[Token] = concurrent.futures.Future()
                done.set_result(token)
                return done, False
            if self._inflight is None:
                self._inflight = concurrent.futures.Future()
                return self._inflight, True
            return self._inflight, False

    def _settle(self, future: concurrent.futures.Future[Token], outcome: Token | BaseException) -> None:
        with self._guard:
            if isinstance(outcome, Token):
                self._token = outcome
                self.fetch_count += 1
            self._inflight = None
        if isinstance(outcome, Token):
            future.set_result(outcome)
        elif isinstance(outcome, Exception):
            future.set_exception(outcome)
        else:
            future.cancel()  # the leader was cancelled or interrupted: waiters try again

    def get_access_token(self, rejected: str | None = None) -> str:
        while True:
            future, leader = self._join(rejected)
            if leader:
                try:
                    token = self.issuer.client_credentials()
                except BaseException as exc:
                    self._settle(future, exc)
                    raise
                self._settle(future, token)
            with contextlib.suppress(concurrent.futures.CancelledError):
                return future.result().access_token

    async def aget_access_token(self, rejected: str | None = None) -> str:
        while True:
            future, leader = self._join(rejected)
            if leader:
                try:
                    token = await self.issuer.aclient_credentials()
                except BaseException as exc:
                    self._settle(future, exc)
                    raise
                self._settle(future, token)
            try:
                # shield: our own cancellation must not cancel the fetch other callers wait for.
                return (await asyncio.shield(asyncio.wrap_future(future))).access_token
            except asyncio.CancelledError:
                if not future.cancelled():
                    raise
