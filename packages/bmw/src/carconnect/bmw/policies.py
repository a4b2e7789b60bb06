"""BMW's rules as policies of the CarData client: the daily quota, and pictures asked for as pictures.

:class:`QuotaPolicy` charges every attempt that leaves to the account's
:class:`~carconnect.bmw.quota.QuotaBudget` (the replay after a refreshed token too), refunds an
attempt that provably never left (a refused connection, or a call cancelled or refused by another
policy before it was sent), blocks the budget when BMW answers ``CU-429``, and forbids every
automatic retry of a call BMW answered or may have received: each would spend one of the 50 daily
calls, so the error goes to the caller at once with the calls left. Only a request that never
reached BMW (a refused connection) is sent again. BMW counts per account: calls made through a
``client.for_user(credentials, key=...)`` view are charged to that account's own budget.

A ``CU-429`` within :data:`RESET_GRACE` after the budget's daily reset says BMW's day has not begun
yet (its clock is behind ours), not that the new day is spent: that call is refunded and the account
held back for :data:`PROBE_AFTER` only, after which a call probes BMW again (a ``CU-429`` later than
that blocks until the next reset as usual). The hold is this process's.

A refusal is the caller's :class:`~carconnect.core.QuotaExceededError`, so it is logged at DEBUG,
except the first one of each account's exhaustion window (and BMW's own ``CU-429``), which is one
WARNING: a service that keeps polling a spent budget logs that once a window, not once a call.

:class:`ImageAcceptPolicy` asks the image endpoint for ``*/*`` (core asks for JSON by default, and
BMW may then answer JSON instead of the picture).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

import httpx

from carconnect.core import CarConnectError, ErrorDetails, ErrorMapper, Policy, QuotaExceededError
from carconnect.core.mapping import decode_body
from carconnect.core.retry import NEVER_SENT_ERRORS, UNSENT_ERRORS
from carconnect.core.sources import TokenSource
from carconnect.core.users import current_user, for_whom

from .errors import QUOTA_ERROR_ID, is_quota_error
from .quota import QuotaBudget

if TYPE_CHECKING:
    from .quota_rules import QuotaStatus

logger = logging.getLogger("carconnect.bmw")

QUOTA_STATUSES = frozenset({403, 429})
IMAGE_PATH_SUFFIX = "/image"
IMAGE_ACCEPT = "*/*"


def _call(request: httpx.Request) -> str:
    """How records name a call and whose account it spends: ``GET /customers/vehicles/<VIN>/basicData``
    (the path names the vehicle), then `` for user <key>`` for a ``for_user`` view named with ``key=``."""
    return f"{request.method} {request.url.path}{for_whom()}"


def _worth_retrying(outcome: httpx.Response | httpx.TransportError) -> bool:
    """What the default rules might retry: timeouts, broken connections, 429 and 5xx."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code == 429 or outcome.status_code >= 500
    return True


_FIRST_SWEEP = 256
"""Named-budget lookups before the first sweep of idle budgets; then twice as many as the last sweep
left held (at least this many), so a sweep costs O(1) per lookup."""
SWEEP_EVERY = 3600.0
"""Seconds on the budget's clock after which a lookup sweeps idle budgets whatever the traffic (the
daily reset makes them idle, and a quiet service must still let them go)."""

_LEDGER_FAULTS = (CarConnectError, OSError)
"""What a budget's ledger raises when its file or Redis fails."""

RESET_GRACE = timedelta(minutes=5)
"""How long after the budget's reset a ``CU-429`` is taken for BMW's day not having begun yet."""
PROBE_AFTER = timedelta(minutes=1)
"""How long such a ``CU-429`` holds the account back before a call probes BMW again."""


def _reset_just_before(budget: QuotaBudget, now: datetime) -> datetime | None:
    """When the budget's window began anew, if that was within :data:`RESET_GRACE` before ``now``:
    a call made then would already have stopped counting (a rolling window never begins anew)."""
    began = budget.reset.expires_at(now - RESET_GRACE)
    return began if began <= now else None


class QuotaState(NamedTuple):
    """The budget as an error answer found it: what a CarData error reports with the vendor's words."""

    calls_left: int
    limit: int
    frees_in: float | None
    """Seconds until a call is possible again (``None``: one is possible now)."""


class QuotaPolicy(Policy):
    """Counts every attempt against the account's budget and retries nothing that may have reached BMW.

    ``budget`` is the client's own account; each ``for_user`` user gets a budget with the same rules
    (:meth:`QuotaBudget.for_account`). A user named with ``key=`` keeps one budget while it holds an
    unexpired call or a block, or while anything references it; once idle (:meth:`QuotaBudget.idle`)
    the policy lets go of it in a sweep amortised over budget lookups, and the next call makes a
    new one that acts exactly the same. An unnamed user's budget lives as long as its token source.
    """

    def __init__(self, budget: QuotaBudget) -> None:
        self.budget = budget
        self.blocking = budget.blocking  # a file-backed ledger is written off the event loop
        self._accounts: weakref.WeakValueDictionary[str, QuotaBudget] = weakref.WeakValueDictionary()
        """Every named account's budget still alive: one per key, whoever holds it."""
        self._held: dict[str, QuotaBudget] = {}
        """The named budgets this policy keeps alive: used since the last sweep, or not idle then."""
        self._sweep_at = _FIRST_SWEEP
        self._lookups = 0
        self._swept = budget.clock.monotonic()
        self._unnamed: weakref.WeakKeyDictionary[TokenSource, QuotaBudget] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        self._receipts: weakref.WeakKeyDictionary[httpx.Request, tuple[QuotaBudget, object]]
        self._receipts = weakref.WeakKeyDictionary()
        """The budget and receipt of each request's latest attempt, for a refund of exactly that call."""
        self._noted: weakref.WeakKeyDictionary[QuotaBudget, QuotaStatus] = weakref.WeakKeyDictionary()
        """Each budget's state as its latest error answer found it (read where the ledger may be read)."""
        self._warned: weakref.WeakKeyDictionary[QuotaBudget, str] = weakref.WeakKeyDictionary()
        """Per account's budget, the exhaustion window (when it frees up, ISO 8601) already reported by
        a WARNING; it goes with the budget."""
        self._probe_at: weakref.WeakKeyDictionary[QuotaBudget, datetime] = weakref.WeakKeyDictionary()
        """Per account's budget held back after a ``CU-429`` just past its reset: when to probe again."""

    def __repr__(self) -> str:
        return f"QuotaPolicy({self.budget!r})"

    def budget_for(self, key: str | None) -> QuotaBudget:
        """The budget of the account named ``key`` (``None``: the client's own)."""
        if key is None:
            return self.budget
        with self._lock:
            self._lookups += 1
            if self._lookups > self._sweep_at or self.budget.clock.monotonic() - self._swept >= SWEEP_EVERY:
                self._sweep()
            found = self._accounts.get(key)
            if found is None:
                found = self._accounts[key] = self.budget.for_account(key)
            self._held[key] = found
            return found

    def _sweep(self) -> None:
        """Let go of the named budgets that are idle (call with the lock held); the dict is built anew,
        since a dict keeps its largest size.

        One still referenced elsewhere stays its account's budget (``_accounts`` finds it) until
        dropped; a call spent on it after this sweep holds it again (:meth:`_hold`).
        """
        self._held = {key: budget for key, budget in self._held.items() if not budget.idle()}  # a new dict
        self._sweep_at = max(_FIRST_SWEEP, 2 * len(self._held))
        self._lookups = 0
        self._swept = self.budget.clock.monotonic()

    def _hold(self, key: str | None, budget: QuotaBudget) -> None:
        """Keep the named budget alive after a change to it (a sweep may have let go of it meanwhile)."""
        if key is not None:
            with self._lock:
                self._held[key] = budget

    def current(self) -> QuotaBudget:
        """The budget of the account the running call is made for.

        A user named with ``key=`` keeps one budget while it is not idle (see the class); an unnamed
        one (a view of a token source) keeps it while that source lives, so views made per request
        cost nothing after.
        """
        return self._current()[0]

    def _current(self) -> tuple[QuotaBudget, str | None]:
        """:meth:`current`, and the key it is held under when the sweep may let go of it."""
        scope = current_user()
        if scope is None or scope.named:
            key = scope.key if scope is not None else None
            return self.budget_for(key), key
        with self._lock:
            try:
                found = self._unnamed.get(scope.source)
                if found is None:
                    found = self._unnamed[scope.source] = self.budget.for_account(scope.key)
            except TypeError:  # a source that takes no weak reference: kept by key instead
                found = None
        if found is not None:
            return found, None
        return self.budget_for(scope.key), scope.key

    def on_request(self, request: httpx.Request) -> float:
        budget, key = self._current()
        with self._lock:
            self._receipts.pop(request, None)  # the previous attempt went out: it stays counted
        self._check_probe(request, budget)
        try:
            receipt = budget.spend()
        except QuotaExceededError as refused:
            window = str(refused.details.get("resets_at", "unknown"))
            if self._first_of_window(window, budget):
                logger.warning(
                    "%s: refused locally: %s (later refusals until then are logged at DEBUG)",
                    _call(request),
                    refused.message,
                )
            else:
                logger.debug("%s: refused locally: %s", _call(request), refused.message)
            raise
        self._hold(key, budget)
        with self._lock:
            self._receipts[request] = (budget, receipt)
        return 0.0

    def _check_probe(self, request: httpx.Request, budget: QuotaBudget) -> None:
        """Refuse the call while ``budget`` is held back after a ``CU-429`` just past its reset (logged
        at DEBUG: that ``CU-429`` was the WARNING)."""
        with self._lock:
            probe_at = self._probe_at.get(budget)
        if probe_at is None:
            return
        now = budget.clock.now()
        if now >= probe_at:
            with self._lock:
                self._probe_at.pop(budget, None)
            return
        refused = QuotaExceededError(
            f"BMW reported the CarData quota used up just after our daily reset; refused locally until "
            f"{probe_at.isoformat()}, when a call asks BMW again",
            code=QUOTA_ERROR_ID,
            retry_after=(probe_at - now).total_seconds(),
            details={"local": True, "limit": budget.limit, "resets_at": probe_at.isoformat()},
        )
        logger.debug("%s: refused locally: %s", _call(request), refused.message)
        raise refused

    def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        budget, key = self._current()
        exhausted = response.status_code in QUOTA_STATUSES and is_quota_error(decode_body(response.content))
        began = _reset_just_before(budget, budget.clock.now()) if exhausted else None
        if began is not None:
            return self._probe_later(request, response, budget, key, began)
        window = "unknown"
        try:
            if exhausted:
                budget.mark_exhausted()
                self._hold(key, budget)
            self._noted[budget] = status = budget.status()
            if status.resets_at is not None:
                window = status.resets_at.isoformat()
        except _LEDGER_FAULTS as exc:  # BMW's answer goes to the caller all the same
            logger.warning("%s: could not read or update the CarData quota ledger: %s", _call(request), exc)
            self._noted.pop(budget, None)
        if exhausted:
            if self._first_of_window(window, budget):
                logger.warning(
                    "%s: BMW reports the daily CarData quota used up; this account's calls are refused until %s",
                    _call(request),
                    window,
                )
            else:
                logger.debug("%s: BMW reports the daily quota used up", _call(request))
        return response

    def _probe_later(
        self, request: httpx.Request, response: httpx.Response, budget: QuotaBudget, key: str | None, began: datetime
    ) -> httpx.Response:
        """BMW's ``CU-429`` came just after the budget's reset at ``began``: BMW's day has not begun
        yet. Its call is refunded (BMW refused it before its new day) and the account held back for
        :data:`PROBE_AFTER` (unless the budget does not enforce), not blocked until the next reset."""
        from .quota_rules import QuotaStatus

        now = budget.clock.now()
        probe_at = now + PROBE_AFTER
        if budget.enforce:
            with self._lock:
                self._probe_at[budget] = probe_at
            self._hold(key, budget)
        try:
            self._refund(request)
            self._noted[budget] = QuotaStatus(budget.limit, budget.status().used, 0, probe_at, True)
        except _LEDGER_FAULTS as exc:
            logger.warning("%s: could not read or update the CarData quota ledger: %s", _call(request), exc)
            self._noted.pop(budget, None)
        logger.log(
            logging.WARNING if self._first_of_window(f"just after {began.isoformat()}", budget) else logging.DEBUG,
            "%s: BMW reports the daily CarData quota used up %.0f s after our reset at %s: BMW's day has not "
            "begun yet, so this account's calls wait only until %s and then ask again",
            _call(request),
            (now - began).total_seconds(),
            began.isoformat(),
            probe_at.isoformat(),
        )
        return response

    def _first_of_window(self, window: str, budget: QuotaBudget) -> bool:
        """Whether ``budget``'s account has not been warned of this exhaustion window yet (``window``:
        when it frees up, ISO 8601, or ``unknown``, which is never noted); it is noted as warned."""
        if window == "unknown":
            return True
        with self._lock:
            if self._warned.get(budget) == window:
                return False
            self._warned[budget] = window
            return True

    def noted_state(self) -> QuotaState | None:
        """The running call's budget as its latest error answer found it (no ledger I/O here)."""
        budget = self.current()
        status = self._noted.get(budget)
        if status is None:
            return None
        return QuotaState(status.remaining, status.limit, status.seconds_until_free(budget.clock.now()))

    def on_unsent(self, request: httpx.Request) -> None:
        self._refund(request)

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        if isinstance(error, UNSENT_ERRORS):
            self._refund(request)
        else:
            with self._lock:
                self._receipts.pop(request, None)

    def _refund(self, request: httpx.Request) -> None:
        """Take back the call the request's latest attempt was charged (it never reached BMW)."""
        with self._lock:
            spent = self._receipts.pop(request, None)
        if spent is not None:
            budget, receipt = spent
            budget.refund(receipt)

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        if isinstance(outcome, NEVER_SENT_ERRORS):
            return None
        if _worth_retrying(outcome):
            state = self.noted_state() if isinstance(outcome, httpx.Response) else None
            left = f" ({state.calls_left} left)" if state is not None else ""
            logger.info(
                "%s: not retried, every CarData call counts against the daily quota%s",
                _call(request),
                left,
            )
        return False


class ImageAcceptPolicy(Policy):
    """``Accept: */*`` on the vehicle image endpoint."""

    def on_request(self, request: httpx.Request) -> float:
        if request.url.path.endswith(IMAGE_PATH_SUFFIX):
            request.headers["Accept"] = IMAGE_ACCEPT
        return 0.0


def with_quota_state(mapper: ErrorMapper, state_of: Callable[[], QuotaState | None]) -> ErrorMapper:
    """``mapper``, with the state of the running call's budget (``state_of()``) in every CarData error.

    ``details["calls_left"]`` and ``details["limit"]`` hold the budget's state; a quota error's
    ``retry_after`` is when the budget lets a call go again (BMW states no wait of its own). Without
    a state (the ledger could not be read) the error is the vendor's alone.
    """

    def mapped(status_code: int, body: object, headers: httpx.Headers) -> ErrorDetails | None:
        found = mapper(status_code, body, headers) or ErrorDetails()
        state = state_of()
        if state is None:
            return found
        found = replace(found, details={**found.details, "calls_left": state.calls_left, "limit": state.limit})
        if found.error_class is QuotaExceededError and state.frees_in is not None:
            found = replace(found, retry_after=state.frees_in)
        return found

    return mapped
