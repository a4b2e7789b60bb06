"""Where the bearer token of a request comes from.

:class:`TokenManager` is the default: it reads a :class:`~carconnect.core.stores.TokenStore`,
refreshes ahead of expiry (single-flight across threads, tasks and processes) and persists the new
token before anyone uses it. :class:`AccessTokenCallback` lets an application own tokens itself
(Home Assistant style): carconnect only asks it for the current access token.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Protocol, runtime_checkable

from .clock import SYSTEM_CLOCK, Clock
from .errors import ReauthorizationRequiredError
from .stores import MemoryTokenStore, TokenStore
from .tokens import Token


@runtime_checkable
class TokenSource(Protocol):
    """Gives the access token to send. ``rejected`` is a token the server just answered 401 to:
    return a different one if you can, or the same one to let the 401 stand."""

    def get_access_token(self, rejected: str | None = None) -> str: ...

    async def aget_access_token(self, rejected: str | None = None) -> str: ...


class Refresher(Protocol):
    """Exchanges a token's refresh token for a new token (an OAuth client does this)."""

    def refresh(self, token: Token) -> Token: ...

    async def arefresh(self, token: Token) -> Token: ...


class AccessTokenCallback:
    """An application-owned token: carconnect calls ``get`` (sync clients) or ``aget`` (async clients)
    for every request, with the rejected token after a 401, and never stores or refreshes anything."""

    def __init__(
        self,
        get: Callable[[], str] | None = None,
        aget: Callable[[], Awaitable[str]] | None = None,
    ) -> None:
        if get is None and aget is None:
            raise ValueError("give get, aget or both")
        self._get, self._aget = get, aget

    def get_access_token(self, rejected: str | None = None) -> str:
        if self._get is None:
            raise TypeError("this AccessTokenCallback has no sync getter; use the async client")
        return self._get()

    async def aget_access_token(self, rejected: str | None = None) -> str:
        if self._aget is not None:
            return await self._aget()
        return self.get_access_token(rejected)

    def __repr__(self) -> str:
        return "AccessTokenCallback()"


class TokenManager:
    """Keeps one account's token valid.

    * A token within ``leeway`` seconds of expiry is refreshed before use.
    * Concurrent callers (threads and asyncio tasks alike) share one refresh: the first becomes the
      leader, the others wait for its result.
    * The leader holds the store's lock, reloads the stored token (another process may have refreshed
      already), refreshes only if it is still stale, and saves the new token before releasing it.
    * ``invalid_grant`` surfaces as :class:`ReauthorizationRequiredError`; nothing is deleted.
    """

    def __init__(
        self,
        store: TokenStore | Token,
        refresher: Refresher | None = None,
        *,
        leeway: float = 60.0,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.store: TokenStore = MemoryTokenStore(store) if isinstance(store, Token) else store
        self.refresher = refresher
        self.leeway = leeway
        self.clock = clock
        self.refresh_count = 0
        self._token: Token | None = None
        self._guard = threading.Lock()
        self._inflight: concurrent.futures.Future[Token] | None = None

    def __repr__(self) -> str:
        return f"TokenManager(store={self.store!r}, token={self._token!r})"

    @property
    def token(self) -> Token | None:
        """The token in use (loaded from the store on first use)."""
        return self._token or self.store.load()

    def _usable(self, token: Token | None, rejected: str | None) -> bool:
        return (
            token is not None
            and token.access_token != rejected
            and not token.expires_within(self.leeway, self.clock.now())
        )

    def _join(self, rejected: str | None) -> tuple[concurrent.futures.Future[Token], bool]:
        """The refresh to wait for, and whether the caller must perform it (is the leader)."""
        with self._guard:
            if self._token is None:
                self._token = self.store.load()
            if self._usable(self._token, rejected):
                done: concurrent.futures.Future[Token] = concurrent.futures.Future()
                done.set_result(self._token)  # type: ignore[arg-type]
                return done, False
            if self._inflight is None:
                self._inflight = concurrent.futures.Future()
                return self._inflight, True
            return self._inflight, False

    def _settle(self, future: concurrent.futures.Future[Token], outcome: Token | BaseException) -> None:
        with self._guard:
            if isinstance(outcome, Token):
                self._token = outcome
            self._inflight = None
        if isinstance(outcome, Token):
            future.set_result(outcome)
        elif isinstance(outcome, Exception):
            future.set_exception(outcome)
        else:
            future.cancel()  # the leader was cancelled or interrupted: waiters try again

    def _stale_base(self, rejected: str | None) -> tuple[Token | None, Token | None]:
        """Under the store lock: (usable stored token, token to refresh from)."""
        stored = self.store.load()
        if self._usable(stored, rejected):
            return stored, None
        base = stored or self._token
        if base is None or not base.refresh_token or self.refresher is None:
            raise ReauthorizationRequiredError(
                "no valid token and nothing to refresh it with: log in again", code="login_required"
            )
        return None, base

    def _saved(self, token: Token) -> Token:
        self.store.save(token)
        self.refresh_count += 1
        return token

    def _lead(self, rejected: str | None) -> Token:
        with self.store.lock():
            token, base = self._stale_base(rejected)
            if base is None:
                assert token is not None
                return token
            assert self.refresher is not None
            return self._saved(self.refresher.refresh(base))

    async def _alead(self, rejected: str | None) -> Token:
        async with _locked(self.store):
            token, base = self._stale_base(rejected)
            if base is None:
                assert token is not None
                return token
            assert self.refresher is not None
            return self._saved(await self.refresher.arefresh(base))

    def get_access_token(self, rejected: str | None = None) -> str:
        while True:
            future, leader = self._join(rejected)
            if leader:
                try:
                    token = self._lead(rejected)
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
                    token = await self._alead(rejected)
                except BaseException as exc:
                    self._settle(future, exc)
                    raise
                self._settle(future, token)
            try:
                # shield: our own cancellation must not cancel the refresh other callers wait for.
                return (await asyncio.shield(asyncio.wrap_future(future))).access_token
            except asyncio.CancelledError:
                if not future.cancelled():
                    raise


@contextlib.asynccontextmanager
async def _locked(store: TokenStore) -> AsyncIterator[None]:
    """Hold ``store.lock()`` from async code; waiting for it happens in a worker thread so the event
    loop keeps running while another thread or process refreshes."""
    manager = store.lock()
    entering = asyncio.ensure_future(asyncio.to_thread(manager.__enter__))
    try:
        await asyncio.shield(entering)
    except asyncio.CancelledError:
        entering.add_done_callback(lambda _: manager.__exit__(None, None, None))
        raise
    try:
        yield
    finally:
        manager.__exit__(None, None, None)
