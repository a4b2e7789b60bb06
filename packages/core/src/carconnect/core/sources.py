"""Where the bearer token of a request comes from.

:class:`TokenManager` is the default: it reads a :class:`~carconnect.core.stores.TokenStore`,
refreshes ahead of expiry (single-flight across threads, tasks and processes) and persists the new
token before anyone uses it. :class:`AccessTokenCallback` lets an application own tokens itself
(Home Assistant style): carconnect only asks it for the current access token.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import logging
import threading
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .clock import SYSTEM_CLOCK, Clock
from .errors import (
    ApiError,
    CarConnectError,
    OAuthError,
    RateLimitError,
    ReauthorizationRequiredError,
    ResponseParseError,
    ServerError,
    TransportError,
    UnusableTokenAnswer,
)
from .forks import reset_in_forked_child
from .stores import (
    LOOP_HELD,
    LeasedTokenStore,
    LeaseLostError,
    MemoryTokenStore,
    StoreUnavailableError,
    TokenStore,
    TokenStoreError,
    UnreadableTokenError,
    mark_held,
    release_orphans,
    store_label,
)
from .tasks import mark_read, own_task, run_blocking, token_work
from .tokens import UNUSABLE_ACCESS_TOKEN, Token

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

logger = logging.getLogger("carconnect.core.tokens")

KEEP_ALIVE_WITHIN = timedelta(days=2)
"""Default margin of :meth:`TokenManager.keep_alive`: refresh when the refresh token dies sooner."""
WARN_WITHIN = timedelta(days=3)
"""Default margin for the warning that a login is about to end."""
SAVE_RETRY_FOR = 30.0
"""Default seconds :class:`TokenManager` keeps trying to save a refreshed token, holding the store lock."""
DEFAULT_LEEWAY = 60.0
"""Default seconds before its expiry at which a token is refreshed (:func:`refresh_leeway`)."""
SPENT_REMEMBERED = 8
"""How many of the refresh tokens it spent last a :class:`TokenManager` remembers."""
RETRY_FIRST = 5.0
"""Seconds a token request the login server refused for now (without ``Retry-After``) is left alone
first; the pause doubles with each further refusal, up to :data:`RETRY_MAX`."""
RETRY_MAX = 300.0
"""The longest pause :data:`RETRY_FIRST` grows to."""
RETRY_AFTER_MAX = 86400.0
"""The longest ``Retry-After`` of a login server that is honoured (a longer one counts as this)."""


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


LEADER_CHECK = 1.0
"""Seconds between the checks of a waiting caller that the event loop of an async leader is still open."""


_CANCELLING = threading.Lock()


def _cancel(future: concurrent.futures.Future[Token]) -> None:
    """Cancel ``future`` unless it has ended, and wake everything waiting for it
    (``concurrent.futures.wait`` too, which a cancellation alone does not)."""
    with _CANCELLING:
        if not future.done() and future.cancel():
            future.set_running_or_notify_cancel()


class SingleFlight:
    """One token acquisition at a time for any mix of threads and asyncio tasks.

    The first caller that finds no usable token becomes the leader and runs ``lead``; the others wait
    for its result (threads block on a ``concurrent.futures.Future``, tasks await it without blocking
    the loop). A failed leader hands them its error. In :meth:`aget`, ``lead`` runs as a task of its
    own that every caller, the leader included, awaits through :func:`asyncio.shield`: cancelling a
    caller never cancels the acquisition. A cancelled acquisition (a sync leader interrupted, or the
    task cancelled as its event loop closes) lets the waiters try again. A child forked during an
    acquisition does not wait for it (the leader is not in the child): its first caller leads anew.
    Likewise an acquisition whose task's event loop was closed without cancelling it (it never ends)
    is dropped: the next caller leads anew, and callers already waiting for it (checking every
    :data:`LEADER_CHECK` seconds) try again.
    """

    def __init__(self) -> None:
        self.token: Token | None = None
        self.count = 0
        """How many times a leader produced a token."""
        self._guard = threading.Lock()
        self._inflight: concurrent.futures.Future[Token] | None = None
        self._leader_loop: asyncio.AbstractEventLoop | None = None
        """The event loop of the task running the acquisition in flight (``None``: a thread runs it)."""
        reset_in_forked_child(self, SingleFlight._forget_inflight)

    def _forget_inflight(self) -> None:
        self._guard = threading.Lock()
        self._inflight = None
        self._leader_loop = None

    def _join(self, usable: Callable[[], Token | None]) -> tuple[concurrent.futures.Future[Token], bool]:
        import concurrent.futures  # only when a token is missing or stale: not at import

        with self._guard:
            found = usable()
            if found is not None:
                done: concurrent.futures.Future[Token] = concurrent.futures.Future()
                done.set_result(found)
                return done, False
            if self._inflight is not None:
                self._drop_if_orphaned(self._inflight)
            if self._inflight is None:
                self._inflight = concurrent.futures.Future()
                self._leader_loop = None
                return self._inflight, True
            return self._inflight, False

    def _drop_if_orphaned(self, future: concurrent.futures.Future[Token]) -> None:
        """Drop ``future``, the acquisition in flight, when its task's event loop was closed (call
        with the guard held): its waiters see it cancelled and try again."""
        loop = self._leader_loop
        if self._inflight is future and loop is not None and loop.is_closed():
            logger.warning("a token refresh was left running on an event loop closed without ending it: started anew")
            self._inflight, self._leader_loop = None, None
            _cancel(future)

    def _settle(self, future: concurrent.futures.Future[Token], outcome: Token | BaseException) -> None:
        import concurrent.futures

        with self._guard:
            if isinstance(outcome, Token):
                self.token = outcome
                self.count += 1
            if self._inflight is future:
                self._inflight, self._leader_loop = None, None
        with contextlib.suppress(concurrent.futures.InvalidStateError):  # dropped meanwhile (cancelled)
            if isinstance(outcome, Token):
                future.set_result(outcome)
            elif isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                _cancel(future)

    def get(self, usable: Callable[[], Token | None], lead: Callable[[], Token]) -> Token:
        import concurrent.futures

        found = usable()  # the common case, without a lock or a future: the token is fresh
        if found is not None:
            return found
        while True:
            future, leader = self._join(usable)
            if leader:
                try:
                    token = lead()
                except BaseException as exc:
                    self._settle(future, exc)
                    raise
                self._settle(future, token)
            while not concurrent.futures.wait([future], timeout=LEADER_CHECK).done:
                with self._guard:
                    self._drop_if_orphaned(future)
            try:
                return future.result()
            except BaseException:
                if not future.cancelled():  # a cancelled leader: try again
                    raise

    async def aget(self, usable: Callable[[], Token | None], lead: Callable[[], Awaitable[Token]]) -> Token:
        found = usable()
        if found is not None:
            return found
        import asyncio  # loaded already wherever a coroutine runs; not at import

        while True:
            future, leader = self._join(usable)
            if leader:
                self._start(future, lead)
            try:
                # not cancelled with a caller: a caller's cancellation must not cancel the acquisition
                # (a refresh token the server has already rotated would be lost) nor the other callers
                # waiting for it; asyncio.wait, as shield, leaves what it waits for running.
                outcome = asyncio.wrap_future(future)
                outcome.add_done_callback(mark_read)  # read even when every caller was cancelled
                while not (await asyncio.wait({outcome}, timeout=LEADER_CHECK))[0]:
                    with self._guard:
                        self._drop_if_orphaned(future)
                return outcome.result()
            except asyncio.CancelledError:
                if not future.cancelled():
                    raise

    def _start(self, future: concurrent.futures.Future[Token], lead: Callable[[], Awaitable[Token]]) -> None:
        """Run ``lead`` as a task of its own that settles ``future`` when it ends."""
        import asyncio

        try:
            task = own_task(lead())
        except BaseException as exc:
            self._settle(future, exc)
            raise
        with self._guard:
            if self._inflight is future:
                self._leader_loop = task.get_loop()

        def settle(done: asyncio.Future[Token]) -> None:
            if done.cancelled():
                self._settle(future, asyncio.CancelledError())
            elif (error := done.exception()) is not None:
                self._settle(future, error)
            else:
                self._settle(future, done.result())

        task.add_done_callback(settle)


def refresh_leeway(token: Token, leeway: float | None = None) -> float:
    """Seconds before ``token``'s expiry from which it is refreshed before use.

    ``leeway`` when given. By default :data:`DEFAULT_LEEWAY`, or half the token's lifetime when that
    is shorter and known (:attr:`Token.lifetime`), so a short-lived token (two minutes or less) is used
    for half its life rather than refreshed before every call.
    """
    if leeway is not None:
        return leeway
    lifetime = token.lifetime
    return DEFAULT_LEEWAY if lifetime is None else min(DEFAULT_LEEWAY, lifetime / 2)


def _fresh(token: Token | None, rejected: str | None, leeway: float | None, clock: Clock) -> Token | None:
    if token is None or token.access_token == rejected:
        return None
    if token.expires_within(refresh_leeway(token, leeway), clock.now()):
        return None
    return token


TRANSIENT_OAUTH_CODES = frozenset({"temporarily_unavailable", "server_error"})
"""OAuth ``error`` codes by which a login server refuses a token request for now."""


def refused_for_now(exc: BaseException) -> bool:
    """Whether a failed token request was refused only for now: a rate limit, a server error, no
    answer (:class:`TransportError`), or an OAuth ``temporarily_unavailable`` / ``server_error``.
    A refresh token refused for good (:class:`ReauthorizationRequiredError`) is not."""
    if isinstance(exc, ReauthorizationRequiredError):
        return False
    if isinstance(exc, TransportError | RateLimitError | ServerError):
        return True
    return isinstance(exc, OAuthError) and exc.code in TRANSIENT_OAUTH_CODES


def _bare(exc: CarConnectError) -> CarConnectError:
    """A copy of ``exc`` without its traceback, cause and context (kept, it would keep them alive),
    to raise again later; ``exc`` itself, its traceback dropped, when it cannot be copied."""
    try:
        bare = copy.copy(exc)
    except Exception:
        return exc.with_traceback(None)
    return bare if type(bare) is type(exc) else exc.with_traceback(None)


class _RefreshPause:
    """What a token source remembers of a token request the login server refused for now.

    Until :attr:`until` it sends no token request while it can use the access token it holds (not
    expired, nor refused by the vendor). Once that token is gone, only a wait the server stated
    (``Retry-After``) holds requests back: a copy of the remembered error is raised until it ends;
    a pause of the source's own choosing (:data:`RETRY_FIRST` seconds doubling with each refusal in
    a row up to :data:`RETRY_MAX`, no longer than the access token lives) ends with the token, and
    the next call asks again. Kept in memory, per token source.
    """

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.error: CarConnectError | None = None
        self.until: datetime | None = None
        self.refresh_token: str | None = None
        """The refresh token whose refresh was refused (``None`` for a client-credentials token)."""
        self.refused_access: str | None = None
        """The access token the vendor refused last: never served as a live token."""
        self.failures = 0
        """Token requests refused for now in a row."""
        self.stated = False
        """Whether the server stated the pause (``Retry-After``)."""
        self._next = RETRY_FIRST

    def failed(self, exc: CarConnectError, token: Token | None) -> datetime:
        """Remember ``exc``, a refusal for now of a request for a token replacing ``token``; when
        the next request may be sent."""
        now = self.clock.now()
        retry_after = getattr(exc, "retry_after", None)
        self.stated = isinstance(retry_after, int | float) and retry_after > 0
        if self.stated:
            pause = min(float(retry_after), RETRY_AFTER_MAX)  # type: ignore[arg-type]
        else:
            pause = self._next
            expires_at = token.expires_at if token is not None else None
            if expires_at is not None and expires_at > now:
                pause = min(pause, (expires_at - now).total_seconds())
        self._next = min(self._next * 2, RETRY_MAX)
        self.failures += 1
        self.error = _bare(exc)
        self.refresh_token = token.refresh_token if token is not None else None
        self.until = now + timedelta(seconds=pause)
        return self.until

    def reset(self) -> int:
        """Forget the pause (a token was obtained, or refused for good); how many refusals it ended."""
        failures, self.failures = self.failures, 0
        self.error, self.until, self.refresh_token, self._next = None, None, None, RETRY_FIRST
        self.stated = False
        return failures

    def waiting(self, token: Token | None = None) -> bool:
        """Whether no token request is to be sent yet (for ``token``: refreshing that one)."""
        if self.until is None or self.clock.now() >= self.until:
            return False
        return token is None or token.refresh_token == self.refresh_token

    def holds_back(self, live: Token | None) -> bool:
        """Whether a caller without a token request waits (the pause lasts) when ``live`` is the
        token it can use: always with one, without one only for a wait the server stated."""
        return live is not None or self.stated

    def live(self, token: Token | None, rejected: str | None) -> Token | None:
        """``token`` when its access token may still be sent: not expired, not refused by the vendor
        (now, ``rejected``, or before), and a credential at all."""
        if token is None or token.access_token in (rejected, self.refused_access, UNUSABLE_ACCESS_TOKEN):
            return None
        if token.expires_at is not None and token.expires_at <= self.clock.now():
            return None
        return token

    def refused(self, rejected: str | None) -> None:
        """Note an access token the vendor refused (``None``: none)."""
        if rejected is not None:
            self.refused_access = rejected

    def remembered(self) -> CarConnectError:
        """A copy of the remembered error to raise, its ``retry_after`` the seconds left to wait."""
        assert self.error is not None
        assert self.until is not None
        error = _bare(self.error)
        if isinstance(error, ApiError):
            error.retry_after = max((self.until - self.clock.now()).total_seconds(), 0.0)
        return error

    def describe(self, live: Token | None) -> str:
        """What happens until the next request, for a log record."""
        assert self.until is not None
        until = f"not tried again before {self.until.isoformat()}"
        if live is None:
            return until
        valid = f"until {live.expires_at.isoformat()}" if live.expires_at is not None else "(no known expiry)"
        return f"{until}; the access token, valid {valid}, is used meanwhile"


class _Backoff:
    """Pauses between attempts, 0.1 s doubling to 2 s, until ``total`` seconds of ``clock`` have passed."""

    def __init__(self, clock: Clock, total: float) -> None:
        self.clock = clock
        self.deadline = clock.monotonic() + total
        self.failures = 0
        self._pause = 0.1

    def next_pause(self) -> float | None:
        """Count a failure: the seconds to wait before the next attempt, or ``None`` when time is up."""
        self.failures += 1
        remaining = self.deadline - self.clock.monotonic()
        if remaining <= 0:
            return None
        pause = min(self._pause, remaining)
        self._pause = min(self._pause * 2, 2.0)
        return pause


class TokenManager:
    """Keeps one account's token valid.

    * A token within ``leeway`` seconds of expiry is refreshed before use. By default that is 60 s,
      or half the token's lifetime when that is shorter (:func:`refresh_leeway`).
    * Concurrent callers (threads and asyncio tasks alike) share one refresh (:class:`SingleFlight`).
    * The leader holds the store's lock, reloads the stored token (another process may have refreshed
      already), refreshes only if it is still stale, and saves the new token before releasing it.
    * A save that fails is tried again, the lock still held (a Redis lease stays renewed), for up to
      ``save_retry_for`` seconds of ``clock`` (keep it below a ``RedisTokenStore``'s ``hold``); then
      the call raises :class:`TokenStoreError` (:class:`StoreUnavailableError` when the store did not
      answer). The new token stays in this manager, since the vendor has rotated the refresh token:
      later calls use it and, under the store's lock, save it first, but only while the store still
      holds the token it was refreshed from. Until it is saved, other processes that refresh from the
      store fail with :class:`ReauthorizationRequiredError`.
    * A token deleted from the store (a logout) stays deleted, also while a refresh is in flight or a
      refreshed token waits to be saved: the refreshed token is dropped, a refresh the logout
      interrupted raises :class:`ReauthorizationRequiredError`, and once the token in memory is stale
      the call raises it instead of refreshing. A newer token stored by someone else (a new login)
      likewise wins over a refreshed token this manager has not saved, and the call uses it. The
      store is read again, under its lock, right before each save of a refreshed token.
    * On a store whose lock is a lease (:class:`~carconnect.core.stores.LeasedTokenStore`), the lease
      is confirmed right before the refresh is sent. A holder whose lease ran out (it stalled) sends
      nothing: it uses the token another worker stored meanwhile, or raises :class:`LeaseLostError`.
      A stall between that check and the server reading the request is not covered.
    * A store that went back to an older token (Redis restarted from an older snapshot, or failed
      over to a replica that had not caught up) is not trusted with a refresh token this manager
      already spent (it remembers the last :data:`SPENT_REMEMBERED`): sending it again could make the
      vendor revoke the login. The manager saves the newer token it holds again, under the store's
      lock, logs a warning, and goes on with it. A token it never held (a new login) is used as is,
      and an empty store is still a logout.
    * A refresh that fails is logged as a warning naming the store, and the error raised (its class
      and fields kept) says that refreshing the token of that store failed. A refresh answer without
      a usable access token but with a new refresh token (:class:`UnusableTokenAnswer`) has its
      ``rotated`` token saved as a refreshed one is (the old refresh token counts as spent) before
      the error is raised: the next call refreshes with the new refresh token.
    * A refresh the login server refuses for now (:func:`refused_for_now`: a rate limit, a server
      error, no answer) starts a pause, in memory, per manager: the server's ``Retry-After``, else
      5 s doubling with each refusal in a row up to 5 min (and no longer than the access token
      lives). Until it ends no refresh of that token is sent: the access token is used while it has
      not expired (a token inside the refresh margin is still good) nor been rejected by the vendor,
      and after that the call raises a copy of the remembered error (its ``retry_after`` the seconds
      left) once the store, read again under its lock, holds nothing fresher. The first refusal of
      a run is logged as a warning, the next ones at DEBUG level, the refresh that works again at INFO.
    * ``invalid_grant`` surfaces as :class:`ReauthorizationRequiredError`; nothing is deleted.
    * A refresh token past its known expiry raises :class:`ReauthorizationRequiredError` without a
      request; one within ``warn_within`` of it is logged as a warning once, whether the call uses
      the token in memory, one found in the store or one it just refreshed (then only the login's
      absolute end counts); :meth:`keep_alive` refreshes a login that would otherwise idle out.
    """

    def __init__(
        self,
        store: TokenStore | Token,
        refresher: Refresher | None = None,
        *,
        leeway: float | None = None,
        clock: Clock = SYSTEM_CLOCK,
        warn_within: timedelta = WARN_WITHIN,
        save_retry_for: float = SAVE_RETRY_FOR,
    ) -> None:
        self.store: TokenStore = MemoryTokenStore(store) if isinstance(store, Token) else store
        if hasattr(self.store, "holds_lease") and not isinstance(self.store, LeasedTokenStore):
            raise TypeError(
                f"{type(self.store).__name__} has holds_lease() but no renew_lease(): a leased store's check "
                "before each refresh is renew_lease(); rename it, or refreshes would not check the lease"
            )
        self.refresher = refresher
        self.leeway = leeway
        self.clock = clock
        self.warn_within = warn_within
        self.save_retry_for = save_retry_for
        self.refresh_count = 0
        """Refreshes this manager performed (a token found fresh in the store does not count)."""
        self._flight = SingleFlight()
        self._warned: datetime | None = None
        self._unsaved: Token | None = None
        """A refreshed token the store could not take: used, and saved again on the next call."""
        self._unsaved_from: str | None = None
        """The refresh token :attr:`_unsaved` was refreshed from (spent at the vendor)."""
        self._dead_refresh_token: str | None = None
        """A refresh token the server refused: never sent again (a new login stores another)."""
        self._spent: deque[str] = deque(maxlen=SPENT_REMEMBERED)
        """The refresh tokens this manager spent last (the vendor rotated them): never sent again."""
        self._keeping: dict[timedelta, asyncio.Future[bool]] = {}
        """The :meth:`akeep_alive` run in flight for each margin."""
        self._pause = _RefreshPause(clock)
        """The last refresh the login server refused for now, and until when none is sent."""

    def __repr__(self) -> str:
        return f"TokenManager(store={self.store!r}, token={self._flight.token!r})"

    @property
    def _label(self) -> str:
        return store_label(self.store)

    @property
    def token(self) -> Token | None:
        """The token in use (loaded from the store on first use)."""
        return self._flight.token or self.store.load()

    @property
    def refresh_expires_at(self) -> datetime | None:
        """When the login ends unless it is refreshed (``None``: the vendor does not say)."""
        token = self.token
        return token.refresh_deadline if token is not None else None

    def _in_memory(self, rejected: str | None) -> Callable[[], Token | None]:
        """The token in memory if it is usable, without touching the store."""

        def usable() -> Token | None:
            token = _fresh(self._flight.token, rejected, self.leeway, self.clock)
            if token is None and self._pause.waiting(self._flight.token):
                token = self._pause.live(self._flight.token, rejected)  # a refresh refused for now
            self._warn_if_ending(token)  # a stale token is refreshed now: its idle end moves
            return token

        return usable

    def _sync_with_store(self) -> None:
        """Save (or drop) a token kept in memory under the store's lock, and load the stored token
        when none is in memory. A lock that cannot be taken leaves the kept token for a later call."""
        if self._unsaved is not None:
            with contextlib.suppress(TokenStoreError, OSError), _lock_store(self.store):
                self._save_unsaved()
        if self._flight.token is None:
            self._flight.token = self.store.load()

    async def _async_with_store(self) -> None:
        """Async twin of :meth:`_sync_with_store`: the lock is waited for on the event loop, the store
        is used from worker threads."""
        import asyncio

        if self._unsaved is not None:
            with contextlib.suppress(TokenStoreError, OSError):
                async with _locked(self.store):
                    await run_blocking(self._save_unsaved)
        if self._flight.token is None:
            self._flight.token = await asyncio.to_thread(self.store.load)

    def _warn_if_ending(self, token: Token | None, *, idle: bool = True) -> None:
        """Log once per deadline that ``token``'s login ends within ``warn_within``: its absolute end,
        counted from the earliest it may come (:attr:`Token.login_ends_from`), which only a new login
        moves, and (``idle``) its idle end, which only a token used without a refresh can reach and a
        refresh (:meth:`keep_alive`) moves."""
        if token is None:
            return
        latest = token.login_expires_at
        earliest = latest
        if latest is not None and token.login_ends_from is not None and token.login_ends_from < latest:
            earliest = token.login_ends_from
        idle_end = token.refresh_expires_at if idle else None
        if idle_end is not None and (earliest is None or idle_end < earliest):
            deadline, start, idles = idle_end, idle_end, True
        elif latest is not None and earliest is not None:
            deadline, start, idles = latest, earliest, False
        else:
            return
        if deadline == self._warned or start - self.warn_within > self.clock.now():
            return
        self._warned = deadline
        if idles:
            logger.warning(
                "the login in %s idles out at %s; refresh it (keep_alive) or log in again",
                self._label,
                deadline.isoformat(),
            )
        elif start < deadline:
            logger.warning(
                "the login in %s ends at the latest at %s, possibly from %s; log in again (no refresh moves it)",
                self._label,
                deadline.isoformat(),
                start.isoformat(),
            )
        else:
            logger.warning(
                "the login in %s ends at %s; log in again (no refresh moves it)", self._label, deadline.isoformat()
            )

    def _stale_base(self, rejected: str | None) -> tuple[Token | None, Token | None]:
        """Under the store lock: (usable stored token, token to refresh from).

        An empty store is a logout (or no login yet), even when a token is still in memory: only a
        refreshed token this manager could not save (the store failed) is refreshed without being
        stored.
        """
        self._save_unsaved()
        stored = self._unsaved or self._unspent(self.store.load())
        if _fresh(stored, rejected, self.leeway, self.clock) is not None:
            return stored, None
        if stored is None:
            had_token, self._flight.token = self._flight.token is not None, None
            reason = f"the token was deleted from {self._label} (logged out)" if had_token else "no token is stored"
            raise ReauthorizationRequiredError(f"{reason}: log in again", code="login_required")
        if not stored.refresh_token or self.refresher is None:
            raise ReauthorizationRequiredError(
                "no valid token and nothing to refresh it with: log in again", code="login_required"
            )
        self._check_refreshable(stored)
        return None, stored

    def _check_refreshable(self, base: Token) -> None:
        """Raise :class:`ReauthorizationRequiredError` when ``base``'s refresh token cannot be spent."""
        _check_not_expired(base, self.clock.now())
        if base.refresh_token == self._dead_refresh_token:
            raise ReauthorizationRequiredError(
                "the refresh token was refused by the server: log in again", code="refresh_token_refused"
            )

    def _refreshed(self, base: Token) -> Token:
        """Refresh ``base`` and save the result; a failed refresh is reported (:meth:`_refresh_failed`)."""
        assert self.refresher is not None
        if isinstance(self.store, LeasedTokenStore) and not self.store.renew_lease():
            return self._lease_ended(base)
        with token_work(self):
            try:
                token = self.refresher.refresh(base)
                self._refresh_works()
            except UnusableTokenAnswer as exc:
                self._refresh_failed(base, exc)
                if exc.rotated is not None:
                    try:
                        self._saved(exc.rotated, base)
                    except CarConnectError as unsaved:
                        self._rotated_unsaved(unsaved)
                raise
            except CarConnectError as exc:
                self._refresh_failed(base, exc)
                raise
            return self._saved(token, base)

    async def _arefreshed(self, base: Token) -> Token:
        """Async twin of :meth:`_refreshed`; the store is used from worker threads."""
        import asyncio

        assert self.refresher is not None
        if isinstance(self.store, LeasedTokenStore) and not await asyncio.to_thread(self.store.renew_lease):
            return await asyncio.to_thread(self._lease_ended, base)
        with token_work(self):
            try:
                token = await self.refresher.arefresh(base)
                self._refresh_works()
            except UnusableTokenAnswer as exc:
                self._refresh_failed(base, exc)
                if exc.rotated is not None:
                    try:
                        await self._asaved(exc.rotated, base)
                    except CarConnectError as unsaved:
                        self._rotated_unsaved(unsaved)
                raise
            except CarConnectError as exc:
                self._refresh_failed(base, exc)
                raise
            return await self._asaved(token, base)

    def _refresh_failed(self, base: Token, exc: CarConnectError) -> None:
        """Log a failed refresh of ``base`` and make ``exc`` (raised next, its class and fields kept)
        say whose token it was; a refresh token the server refused is remembered as dead.

        A refresh refused for now (:func:`refused_for_now`) starts or extends a pause
        (:class:`_RefreshPause`): the first refusal of a run is logged as a warning, the next ones at
        DEBUG level. Any other failure ends the pause and is logged as a warning.
        """
        if isinstance(exc, ReauthorizationRequiredError):
            self._dead_refresh_token = base.refresh_token
        context = f"refreshing the token in {self._label} failed"
        reason = str(exc)  # a record holding the exception would keep its traceback (a timed-out connection) alive
        if isinstance(exc, ApiError | ResponseParseError):
            exc.message = f"{context}: {exc.message}"
        exc.args = (f"{context}: {exc.args[0]}", *exc.args[1:]) if exc.args else (context,)
        if not refused_for_now(exc):
            self._pause.reset()
            logger.warning("%s: %s: %s", context, type(exc).__name__, reason)
            return
        self._pause.failed(exc, base)
        level = logging.WARNING if self._pause.failures == 1 else logging.DEBUG
        detail = self._pause.describe(self._pause.live(base, None))
        logger.log(level, "%s: %s: %s; %s", context, type(exc).__name__, reason, detail)

    def _refresh_works(self) -> None:
        """A refresh succeeded: end the pause after refusals for now, saying so when there was one."""
        if failures := self._pause.reset():
            logger.info("refreshing the token in %s works again, after %d refused for now", self._label, failures)

    def _held_back(self, base: Token, rejected: str | None) -> Token | None:
        """Under the store lock, before refreshing ``base``: ``None`` to refresh now. While the login
        server's pause after a refresh of ``base`` refused for now lasts, nothing is sent: ``base``
        itself when its access token is still live, else the remembered error is raised again."""
        if not self._pause.waiting(base):
            return None
        live = self._pause.live(base, rejected)
        if not self._pause.holds_back(live):
            return None  # the token is needed now, and the server asked for no wait
        detail = self._pause.describe(live)
        logger.debug("the token in %s is not refreshed now (refused for now before): %s", self._label, detail)
        if live is None:
            raise self._pause.remembered()
        return live

    def _live_after(self, exc: CarConnectError, base: Token, rejected: str | None) -> Token | None:
        """``base``, when its refresh just failed with ``exc``, a refusal for now, and its access
        token is still live; else ``None`` (``exc`` is raised)."""
        if not refused_for_now(exc) or not self._pause.waiting(base):
            return None
        return self._pause.live(base, rejected)

    def _rotated_unsaved(self, exc: CarConnectError) -> None:
        """Log why the rotated token of an unusable refresh answer was not saved (a logout, a newer
        login, a store that kept failing: :meth:`_save_once`); the answer's error is raised next."""
        logger.warning(
            "the new refresh token of an unusable answer was not saved in %s: %s: %s",
            self._label,
            type(exc).__name__,
            str(exc),
        )

    def _lease_ended(self, base: Token) -> Token:
        """The store's lease ran out before the refresh of ``base`` was sent (this holder stalled):
        send nothing, and use the token another worker stored meanwhile if there is one."""
        logger.warning("the refresh lease of %s ran out before the refresh was sent: not sent", self._label)
        stored = self.store.load()
        if stored is not None and stored.refresh_token != base.refresh_token and not self._spent_here(stored):
            usable = _fresh(stored, None, self.leeway, self.clock)
            if usable is not None:
                self._flight.token = usable
                return usable
        raise LeaseLostError(
            f"the refresh lease of {self._label} ran out before the refresh was sent; nothing was sent: try again"
        )

    def _kept(self, token: Token, base: Token) -> _Backoff:
        """Keep a refreshed token until it is saved (it is used once saved, or once saving it gave
        up); the backoff for saving it."""
        self.refresh_count += 1
        if base.refresh_token and base.refresh_token != token.refresh_token:
            self._spent.append(base.refresh_token)
        if self._unsaved is None or base.refresh_token != self._unsaved.refresh_token:
            self._unsaved_from = base.refresh_token  # else: refreshed from a kept token, stored is older
        self._unsaved = token
        return _Backoff(self.clock, self.save_retry_for)

    def _saved(self, token: Token, base: Token) -> Token:
        """Persist a refreshed token before it is used, trying again while the store fails.

        The vendor has already rotated the refresh token, so the new one is the only live one: it is
        kept in memory while the store fails (see the class docs). A store that no longer holds the
        token the refresh started from (a logout, a new login), or refuses the write
        (:class:`LeaseLostError`), is handled by :meth:`_superseded`.
        """
        retry = self._kept(token, base)
        while True:
            outcome = self._save_once(token, retry)
            if isinstance(outcome, Token):
                return outcome
            self.clock.sleep(outcome)

    async def _asaved(self, token: Token, base: Token) -> Token:
        """Async twin of :meth:`_saved`: saves in worker threads, waits on the event loop. A save
        that has begun ends before a cancellation (the event loop's shutdown too) takes effect."""
        retry = self._kept(token, base)
        while True:
            outcome = await run_blocking(self._save_once, token, retry)
            if isinstance(outcome, Token):
                return outcome
            await self.clock.asleep(outcome)

    def _save_once(self, token: Token, retry: _Backoff) -> Token | float:
        """One save of a refreshed token, under the store's lock: the token to use, or the seconds to
        wait before trying again. The store is read first: the token is saved only while the store
        holds the one it was refreshed from (or one spent before it), or something that is no token
        at all (damaged meanwhile: the refreshed token, the only live one, replaces it)."""
        try:
            try:
                stored: Token | None = self.store.load()
            except UnreadableTokenError:
                logger.warning(
                    "%s holds no token this carconnect can read: the refreshed token replaces it", self._label
                )
            else:
                if stored is None or not self._older_than_unsaved(stored):
                    return self._superseded(stored)
            self.store.save(token)
        except LeaseLostError as lost:
            return self._superseded(self.store.load(), lost)
        except (TokenStoreError, OSError) as exc:
            pause = retry.next_pause()
            if pause is None:
                self._flight.token = token  # the only live token: later calls use it and save it first
                raise self._unsaved_error(exc) from exc
            if retry.failures == 1:
                logger.warning(
                    "could not save the refreshed token in %s (%s: %s): trying again for up to %g s",
                    self._label,
                    type(exc).__name__,
                    _reason(exc),
                    self.save_retry_for,
                )
            return pause
        self._unsaved = None
        self._flight.token = token
        logger.info("refreshed the token in %s (expires %s)", self._label, token.expires_at)
        return token

    def _unsaved_error(self, exc: Exception) -> TokenStoreError:
        """The error raised when the save of a refreshed token kept failing (the WARNING logged when
        the first save failed is the only record: the error carries the rest)."""
        message = (
            f"could not save the refreshed token in {self._label} within {self.save_retry_for:g} s "
            f"({type(exc).__name__}: {_reason(exc)}): this process keeps it and saves it on its next call; "
            "until then other processes cannot refresh this login"
        )
        return StoreUnavailableError(message) if isinstance(exc, StoreUnavailableError) else TokenStoreError(message)

    def _superseded(self, stored: Token | None, lost: LeaseLostError | None = None) -> Token:
        """The refreshed token in memory is not saved: the store holds ``stored``, written since this
        holder took the lock (by a write made outside it, or, with ``lost``, another holder that took
        the lease and made the store refuse the save).

        When the store refused the save but still holds the spent token (the other holder's refresh
        of it failed), or one spent before it, the one in memory is the only live token: it is kept,
        used, and saved on the next call. When the store is empty (a logout during the refresh), it
        is dropped and :class:`ReauthorizationRequiredError` is raised. When a newer token was stored,
        it is dropped and the stored one is used if it is fresh (otherwise :class:`LeaseLostError` is
        raised: the next call refreshes the stored one).
        """
        unsaved = self._unsaved
        if lost is not None and unsaved is not None and stored is not None and self._older_than_unsaved(stored):
            logger.warning("the lease of %s ended before the refreshed token was saved: kept in memory", self._label)
            self._flight.token = unsaved
            return unsaved
        self._unsaved = None
        if stored is None:
            logger.warning("the token was deleted from %s during its refresh: dropped the refreshed one", self._label)
            raise ReauthorizationRequiredError(
                f"the token was deleted from {self._label} (logged out) while it was being refreshed: log in again",
                code="login_required",
            )
        logger.warning("a newer token was stored in %s meanwhile: dropped this refreshed one", self._label)
        self._flight.token = stored
        usable = _fresh(stored, None, self.leeway, self.clock)
        if usable is None:
            raise lost or LeaseLostError(
                f"a newer token was stored in {self._label} while this one was refreshed, and it is stale: try again"
            )
        return usable

    def _save_unsaved(self) -> None:
        """Under the store's lock: save the refreshed token kept in memory, if any, when the store
        still holds the token it was refreshed from.

        Another stored token (a new login, another worker's refresh) replaces it in memory; an empty
        store (a logout) drops it, its access token being used until it is stale, as after any
        logout. A store that fails keeps it for a later call.
        """
        token = self._unsaved
        if token is None:
            return
        try:
            if self._drops_unsaved(self.store.load()):
                return
            self.store.save(token)
        except LeaseLostError:  # written meanwhile, outside the lock: what is stored now decides
            with contextlib.suppress(TokenStoreError, OSError):
                self._drops_unsaved(self.store.load())
            return
        except (TokenStoreError, OSError):
            return
        self._unsaved = None
        logger.info("saved the token kept in memory to %s", self._label)

    def _drops_unsaved(self, stored: Token | None) -> bool:
        """Drop the kept token unless ``stored`` is the token it was refreshed from (or one this manager
        spent before); whether it did."""
        if stored is not None and self._older_than_unsaved(stored):
            return False
        self._unsaved = None
        if stored is None:
            logger.warning("the token was deleted from %s (logged out): dropped the unsaved refreshed one", self._label)
        else:
            logger.warning("a newer token was stored in %s meanwhile: dropped the unsaved refreshed one", self._label)
            self._flight.token = stored
        return True

    def _older_than_unsaved(self, stored: Token) -> bool:
        """Whether ``stored`` is the token the kept one was refreshed from, or one spent before it."""
        return stored.refresh_token == self._unsaved_from or self._spent_here(stored)

    def _spent_here(self, stored: Token) -> bool:
        """Whether ``stored``'s refresh token is one of the last this manager spent (the vendor
        rotated it): the token the manager holds is newer than ``stored``."""
        return stored.refresh_token is not None and stored.refresh_token in self._spent

    def _unspent(self, stored: Token | None) -> Token | None:
        """Under the store's lock: ``stored``, or, when its refresh token is one this manager already
        spent, the newer token the manager holds, saved over it.

        The store then went back to an older token (a Redis restart from an older snapshot, a failover
        to a replica that had not caught up): the spent refresh token is not sent again, since a vendor
        that detects its reuse revokes the whole login. A write made meanwhile outside the lock (a
        login, a logout) refuses the save and is used instead. Without a token of its own to put back
        (it saw a logout since), the manager raises :class:`ReauthorizationRequiredError`.
        """
        if stored is None or not self._spent_here(stored):
            return stored
        own = self._flight.token
        if own is None or self._spent_here(own):
            raise ReauthorizationRequiredError(
                f"{self._label} went back to a token whose refresh token this process already spent, "
                "and it holds no newer one: log in again",
                code="login_required",
            )
        logger.warning(
            "%s went back to an older token, whose refresh token this process already spent: "
            "saved the newer token it holds instead",
            self._label,
        )
        try:
            self.store.save(own)
        except LeaseLostError:
            written = self.store.load()
            if written is not None and self._spent_here(written):
                raise
            return written
        return own

    def _keep_alive_base(self, within: timedelta) -> Token | None:
        """Under the store lock: the token to refresh now, or ``None`` when the login is not idling out.

        A refreshed token the store could not take (it failed) comes first: it is the only live one.
        """
        self._save_unsaved()
        stored = self._unsaved or self._unspent(self.store.load())
        if stored is None or self.refresher is None or not stored.refresh_token:
            return None
        self._check_refreshable(stored)
        if not self._idles_out_within(stored, within):
            self._flight.token = stored
            self._warn_if_ending(stored, idle=False)  # a refresh cannot move the absolute end
            return None
        return stored

    def _idles_out_within(self, token: Token, within: timedelta) -> bool:
        """Whether ``token``'s refresh token would idle out within ``within``. When its idle end is not
        known (a token stored without it), one whose access token has expired is refreshed: that
        keeps the login alive and records the end the vendor states."""
        now = self.clock.now()
        if token.refresh_expires_at is not None:
            return token.refresh_expires_at - within <= now
        return token.expires_at is not None and token.expires_at <= now

    def keep_alive(self, within: timedelta = KEEP_ALIVE_WITHIN) -> bool:
        """Refresh only if the refresh token would idle out within ``within``; ``True`` if it refreshed.

        A login whose absolute end (which no refresh moves) is within ``warn_within`` is logged as a
        warning once. Safe to run from a scheduler in many processes sharing the store: the first one refreshes,
        the others find the new token under the store's lock and do nothing.
        """
        with _lock_store(self.store):
            base = self._keep_alive_base(within)
            if base is None:
                return False
            self._warn_if_ending(self._refreshed(base), idle=False)
            return True

    async def akeep_alive(self, within: timedelta = KEEP_ALIVE_WITHIN) -> bool:
        """Async twin of :meth:`keep_alive`; the store is read and written from worker threads.

        The work runs as a task of its own: cancelling the caller never aborts a refresh in flight.
        Calls with the same ``within`` while one runs on this event loop wait for it and share its
        answer.
        """
        import asyncio

        running = self._keeping.get(within)
        if running is None or running.done() or running.get_loop() is not asyncio.get_running_loop():
            running = self._keeping[within] = own_task(self._akeep_alive(within))
            running.add_done_callback(functools.partial(self._kept_alive, within))
        return await asyncio.shield(running)

    def _kept_alive(self, within: timedelta, done: asyncio.Future[bool]) -> None:
        if self._keeping.get(within) is done:
            del self._keeping[within]

    async def _akeep_alive(self, within: timedelta) -> bool:
        import asyncio

        async with _locked(self.store):
            base = await asyncio.to_thread(self._keep_alive_base, within)
            if base is None:
                return False
            self._warn_if_ending(await self._arefreshed(base), idle=False)
            return True

    def _lead(self, rejected: str | None) -> Token:
        self._pause.refused(rejected)
        with _lock_store(self.store):
            token, base = self._stale_base(rejected)
            if base is None:
                assert token is not None
                self._warn_if_ending(token)  # used as stored, without a refresh
                return token
            held = self._held_back(base, rejected)
            if held is not None:
                self._warn_if_ending(held)  # used without a refresh
                return held
            try:
                token = self._refreshed(base)
            except CarConnectError as exc:
                live = self._live_after(exc, base, rejected)
                if live is None:
                    raise
                self._warn_if_ending(live)
                return live
        self._warn_if_ending(token, idle=False)  # a refresh cannot move the absolute end
        return token

    async def _alead(self, rejected: str | None) -> Token:
        import asyncio

        self._pause.refused(rejected)
        async with _locked(self.store):
            token, base = await asyncio.to_thread(self._stale_base, rejected)
            if base is None:
                assert token is not None
                self._warn_if_ending(token)  # used as stored, without a refresh
                return token
            held = self._held_back(base, rejected)
            if held is not None:
                self._warn_if_ending(held)  # used without a refresh
                return held
            try:
                token = await self._arefreshed(base)
            except CarConnectError as exc:
                live = self._live_after(exc, base, rejected)
                if live is None:
                    raise
                self._warn_if_ending(live)
                return live
        self._warn_if_ending(token, idle=False)  # a refresh cannot move the absolute end
        return token

    def get_access_token(self, rejected: str | None = None) -> str:
        if self._unsaved is not None or self._flight.token is None:
            self._sync_with_store()
        return self._flight.get(self._in_memory(rejected), lambda: self._lead(rejected)).access_token

    async def aget_access_token(self, rejected: str | None = None) -> str:
        """Async twin of :meth:`get_access_token`; the store is read and written from worker threads."""
        if self._unsaved is not None or self._flight.token is None:
            await self._async_with_store()
        return (await self._flight.aget(self._in_memory(rejected), lambda: self._alead(rejected))).access_token

    def stored_access_token(self, refused: str) -> str | None:
        """The access token of a login stored since (by another process), when the store holds a usable
        one other than ``refused``: this manager takes it. Nothing is refreshed and no lock is taken;
        ``None`` when the store holds nothing newer (or a token whose refresh token this manager spent)."""
        stored = _fresh(self.store.load(), refused, self.leeway, self.clock)
        if stored is None or self._spent_here(stored):
            return None
        self._flight.token = stored
        return stored.access_token

    async def astored_access_token(self, refused: str) -> str | None:
        """:meth:`stored_access_token`, the store read from a worker thread."""
        import asyncio

        return await asyncio.to_thread(self.stored_access_token, refused)


def _reason(exc: BaseException) -> str:
    """Why a token store failed, for a message: the error's own text (carconnect's store errors and
    the operating system's carry no secret), shortened."""
    return " ".join(str(exc).split())[:300] or "no reason given"


def _check_not_expired(token: Token, now: datetime) -> None:
    deadline = token.refresh_deadline
    if deadline is not None and deadline <= now:
        raise ReauthorizationRequiredError(
            f"the login expired at {deadline.isoformat()}: log in again", code="refresh_token_expired"
        )


class ClientCredentialsIssuer(Protocol):
    """Runs a client-credentials grant (an :class:`~carconnect.core.oauth.OAuthClient` does)."""

    def client_credentials(self) -> Token: ...

    async def aclient_credentials(self) -> Token: ...


class ClientCredentialsSource:
    """An application token (no refresh token exists): fetched on first use, and again when it is
    within ``leeway`` of expiry (by default 60 s, or half its lifetime when that is shorter:
    :func:`refresh_leeway`) or was rejected; one fetch at a time (:class:`SingleFlight`).

    A fetch the login server refuses for now (:func:`refused_for_now`: a rate limit, a server error,
    no answer) starts a pause, the server's ``Retry-After`` or 5 s doubling up to 5 min
    (:class:`_RefreshPause`): until it ends nothing is fetched while the token held is live (not
    expired, nor rejected); without it, the remembered error is raised again (its ``retry_after``
    the seconds left) while a ``Retry-After`` the server stated lasts. The first refusal of a run is
    logged as a warning, the next ones at DEBUG level, and the first fetch that works again at INFO
    level.
    """

    def __init__(
        self, issuer: ClientCredentialsIssuer, *, leeway: float | None = None, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.issuer = issuer
        self.leeway = leeway
        self.clock = clock
        self._flight = SingleFlight()
        self._pause = _RefreshPause(clock)
        self._fetches = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsSource(token={self._flight.token!r}, fetch_count={self.fetch_count})"

    @property
    def token(self) -> Token | None:
        return self._flight.token

    @property
    def fetch_count(self) -> int:
        """Tokens fetched from the login server."""
        return self._fetches

    def _usable(self, rejected: str | None) -> Callable[[], Token | None]:
        def usable() -> Token | None:
            token = _fresh(self._flight.token, rejected, self.leeway, self.clock)
            if token is None and self._pause.waiting():
                token = self._pause.live(self._flight.token, rejected)
            return token

        return usable

    def _before_fetch(self, rejected: str | None) -> None:
        """Note ``rejected``; during a pause, raise the remembered error instead of fetching."""
        self._pause.refused(rejected)
        if self._pause.waiting() and self._pause.holds_back(None):
            logger.debug("no application token is fetched now (refused for now before): %s", self._pause.describe(None))
            raise self._pause.remembered()

    def _fetched(self, token: Token) -> Token:
        self._fetches += 1
        if failures := self._pause.reset():
            logger.info("fetching the application token works again, after %d refused for now", failures)
        return token

    def _fetch_failed(self, exc: CarConnectError, rejected: str | None) -> Token | None:
        """Log a failed fetch; during the pause a refusal for now starts, the token held when its
        access token is still live (``None``: ``exc`` is raised)."""
        held = self._flight.token
        if not refused_for_now(exc):
            self._pause.reset()
            return None
        self._pause.failed(exc, held)
        live = self._pause.live(held, rejected)
        level = logging.WARNING if self._pause.failures == 1 else logging.DEBUG
        logger.log(
            level,
            "fetching the application token failed: %s: %s; %s",
            type(exc).__name__,
            str(exc),
            self._pause.describe(live),
        )
        return live

    def _fetch(self, rejected: str | None) -> Token:
        self._before_fetch(rejected)
        try:
            token = self.issuer.client_credentials()
        except CarConnectError as exc:
            live = self._fetch_failed(exc, rejected)
            if live is None:
                raise
            return live
        return self._fetched(token)

    async def _afetch(self, rejected: str | None) -> Token:
        self._before_fetch(rejected)
        try:
            token = await self.issuer.aclient_credentials()
        except CarConnectError as exc:
            live = self._fetch_failed(exc, rejected)
            if live is None:
                raise
            return live
        return self._fetched(token)

    def get_access_token(self, rejected: str | None = None) -> str:
        return self._flight.get(self._usable(rejected), lambda: self._fetch(rejected)).access_token

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return (await self._flight.aget(self._usable(rejected), lambda: self._afetch(rejected))).access_token


@runtime_checkable
class _PollableLock(Protocol):
    """A store lock that can be tried once without blocking (a Redis lease, a file lock)."""

    def try_enter(self) -> float | None:
        """``None`` once the lock is held, else the seconds to wait before trying again."""
        ...


@runtime_checkable
class _LoopBoundLock(Protocol):
    """A store lock that can be told the event loop whose task holds it (a Redis lease)."""

    def hold_for(self, loop: asyncio.AbstractEventLoop) -> None:
        """Give the lock back by itself once ``loop`` was closed with it still held."""
        ...


def _lock_store(store: TokenStore) -> contextlib.AbstractContextManager[None]:
    """``store.lock()`` for a thread, after releasing what tasks of closed event loops held of it."""
    release_orphans(store)
    return store.lock()


@contextlib.asynccontextmanager
async def _locked(store: TokenStore) -> AsyncIterator[None]:
    """Hold ``store.lock()`` from async code; taking and releasing it happen in worker threads so the
    event loop keeps running while another thread or process refreshes.

    A lock that can be tried without blocking (:class:`_PollableLock`) is waited for on the event
    loop, one attempt per worker thread call, so waiters never fill the loop's thread pool (the
    holder needs a thread to save and release). Any other lock is waited for in a worker thread.
    A caller cancelled while waiting gives the lock back as soon as it is taken; a lock it never
    took (the wait failed) it leaves alone. While held, the lock is marked as held in the calling
    task's context (:func:`~carconnect.core.stores.mark_held`), which the worker threads it starts
    with :func:`asyncio.to_thread` or :func:`~carconnect.core.tasks.run_blocking` inherit: they act
    as the holder (a Redis lease's fence), other tasks and threads do not.

    The held lock is recorded with the task's event loop: when that loop is closed without ending
    the task, the next caller locking the same store object in this process releases it first (and
    a Redis lease, told the loop, is given back by its renewal). A store call that task had started
    in a worker thread may still be finishing then. A task closed without a running loop (collected
    after its loop was closed) releases its lock itself.
    """
    import asyncio

    loop = asyncio.get_running_loop()
    if LOOP_HELD.has_orphans(store):
        await asyncio.shield(asyncio.to_thread(release_orphans, store))
    manager = store.lock()
    guard = threading.Lock()
    entered = abandoned = released = False

    def attempt() -> float | None:
        nonlocal entered
        if isinstance(manager, _PollableLock):
            if (pause := manager.try_enter()) is not None:
                return pause
        else:
            manager.__enter__()
        with guard:
            entered = not abandoned
        if not entered:
            manager.__exit__(None, None, None)
        return None

    def release() -> None:
        nonlocal released
        with guard:
            if released:
                return
            released = True
        manager.__exit__(None, None, None)

    try:
        while True:
            pause = await asyncio.shield(asyncio.to_thread(attempt))
            if pause is None:
                break
            await asyncio.sleep(pause)  # held by another process: nothing local signals its release
    except asyncio.CancelledError:
        with guard:
            abandoned = True
            taken = entered
        if taken:
            release()
        raise
    mark_held(manager)
    LOOP_HELD.add(release, store, loop)
    if isinstance(manager, _LoopBoundLock):
        manager.hold_for(loop)
    try:
        yield
    finally:
        mark_held(manager, held=False)
        LOOP_HELD.discard(release)
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is not loop:  # closed by the garbage collector after its loop was closed
            release()
        else:
            await asyncio.shield(asyncio.to_thread(release))
