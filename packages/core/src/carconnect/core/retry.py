"""When to send a request again, and how long to wait first: :class:`RetryPolicy` (no I/O).

The policy pipeline (:mod:`carconnect.core.pipeline`) asks it after every failed attempt; brand
policies can forbid a retry it would allow (BMW's quota, commands), never the other way round
unless they say so explicitly (Smartcar's ``RETRY_LATER``). Rules by default:

* Idempotent requests (GET, HEAD, OPTIONS, TRACE, PUT, DELETE: :data:`IDEMPOTENT_METHODS`) are
  retried on connection errors, timeouts and on 429 (with a stated wait), 502, 503 and 504.
* Anything else (a POST is a remote command: lock, start, honk) is retried only when it provably
  never reached the server (the connection could not be opened) or the server said it did not process
  it (429 or 503 carrying ``Retry-After``). A read timeout on a command is never retried.
* A 429 that states no wait (no ``Retry-After``, nothing in the vendor's body) is not retried, not
  even where a brand policy forces retries (a read-only POST answered by a bare gateway): the
  vendors' limits recover over a minute to a day, and a backoff retry within seconds would only
  count against them. The caller gets the :class:`~carconnect.core.RateLimitError`.
* ``Retry-After`` (seconds, HTTP date or ``retry-after-ms``) is honoured up to ``retry_after_cap``;
  a longer wait is not retried at all, the error goes to the caller with ``retry_after`` set. A
  retry never comes sooner than the policy's own backoff for that attempt, so ``Retry-After: 0`` or
  a date in the past does not make every retry immediate; a negative value is ignored. On a 429 a
  stated wait of 0 (or a date in the past) counts as no stated wait: the limit it reports does not
  recover within the backoff, so it is not retried.
* A total ``deadline`` bounds all attempts, and a shared :class:`RetryBudget` stops retry storms.
"""

from __future__ import annotations

import logging
import math
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from .clock import Clock

logger = logging.getLogger("carconnect.core.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
UNSENT_ERRORS = (*NEVER_SENT_ERRORS, httpx.ProxyError, httpx.UnsupportedProtocol)
"""Transport errors that leave a request unsent: the retry-safe ones, a proxy that refused the tunnel
and a URL httpx cannot send to (neither is retried: it would fail again)."""
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
"""Methods that only read (RFC 9110 §9.2.1): an error about one of them never leaves an outcome unknown."""


def may_have_run(request: httpx.Request | None, *, status: int | None = None, error: Exception | None = None) -> bool:
    """Whether the vendor may have carried out ``request`` (see ``CarConnectError.may_have_run``):
    a request that can change something, answered with ``status`` 5xx, or 2xx with a body that could
    not be read, or left without an answer by ``error`` after it went out."""
    if request is None or request.method in SAFE_METHODS:
        return False
    if error is not None:
        return not isinstance(error, UNSENT_ERRORS)
    return status is not None and (status >= 500 or 200 <= status < 300)


def parse_retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date), else ``None``.

    A value that is not a finite, non-negative number of seconds (``nan``, ``inf``, ``-5``) or a date
    is ignored. A date in the past means 0. ``now`` is the moment a date is read against (the
    client's clock; the system clock when omitted).
    """
    millis = _seconds(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    from email.utils import parsedate_to_datetime  # HTTP dates are rare; seconds are the norm

    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def _seconds(text: str | None) -> float | None:
    """``text`` as a finite number of at least 0; ``None`` for anything else (a negative number too)."""
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


class RetryBudget:
    """A token bucket shared by every request of a client: each request earns ``ratio`` of a retry,
    each retry spends one, and the bucket never holds more than ``capacity``. When a backend is down,
    retries therefore stay a small fraction of the traffic instead of multiplying it.

    When the budget first refuses a retry it logs one WARNING; it logs again only after it has
    refilled completely since (an outage that keeps it near empty is one warning, not one per retry).
    """

    def __init__(self, ratio: float = 0.2, capacity: float = 20.0) -> None:
        if ratio < 0 or capacity < 1:
            raise ValueError("a retry budget needs ratio >= 0 and capacity >= 1")
        self.ratio = ratio
        self.capacity = capacity
        self._balance = capacity
        self._spent = False
        """Whether a retry was refused since the budget was last full (logged once)."""
        self._lock = threading.Lock()

    def record_request(self) -> None:
        with self._lock:
            self._balance = min(self.capacity, self._balance + self.ratio)
            if self._balance >= self.capacity:
                self._spent = False

    def try_spend(self) -> bool:
        with self._lock:
            if self._balance >= 1.0:
                self._balance -= 1.0
                return True
            newly_spent, self._spent = not self._spent, True
        if newly_spent:
            logger.warning(
                "the retry budget is spent: no request is retried until it refills "
                "(each request adds %g of a retry, up to %g)",
                self.ratio,
                self.capacity,
            )
        return False

    @property
    def balance(self) -> float:
        return self._balance


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a request again."""

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.5
    """Each delay is multiplied by a random factor in ``[1 - jitter, 1]``."""
    retry_after_cap: float = 60.0
    deadline: float | None = 60.0
    """Seconds from the first attempt after which no retry starts."""
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    budget: RetryBudget | None = field(default_factory=RetryBudget, compare=False)
    rng: Callable[[], float] = field(default=random.random, compare=False)
    """Source of jitter in ``[0, 1)`` (inject a fixed one in tests)."""

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if self.backoff_base < 0 or self.backoff_max < self.backoff_base:
            raise ValueError("backoff needs 0 <= backoff_base <= backoff_max")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")
        if self.retry_after_cap < 0:
            raise ValueError("retry_after_cap must be 0 or more")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be positive (None for no deadline)")

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries (brand rules cannot turn retries back on)."""
        return cls(max_retries=0, budget=None)

    def backoff(self, attempt: int) -> float:
        """The delay before retry number ``attempt + 1`` (exponential, capped, jittered)."""
        delay = min(self.backoff_base * (2.0**attempt), self.backoff_max)
        return delay * (1 - self.jitter * self.rng())

    def delay_after_error(self, request: httpx.Request, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or ``None`` to give up."""
        if not isinstance(error, httpx.TransportError):
            return None
        never_sent = isinstance(error, NEVER_SENT_ERRORS)
        retryable = never_sent or (
            request.method in self.idempotent_methods
            and isinstance(error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
        )
        return self.backoff(attempt) if retryable else None

    def delay_after_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        attempt: int,
        clock: Clock,
        *,
        forced: bool = False,
        stated_wait: float | None = None,
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to return it.

        ``forced``: a brand policy declared the answer retryable whatever its status and method.
        ``stated_wait``: the wait the vendor stated in its error body ("try again in 40 seconds"),
        which counts as ``Retry-After`` when no header says it. A stated wait shorter than
        :meth:`backoff` for this attempt (0, a date in the past) is lengthened to it, except on a
        429, where a wait of 0 counts as none.
        """
        status = response.status_code
        retry_after = parse_retry_after(response.headers, clock.now())
        if retry_after is None:
            retry_after = stated_wait
        if status == 429 and retry_after == 0:
            retry_after = None  # "retry now" from a rate limit: no wait the limit will keep
        if not forced:
            if status not in self.retry_statuses:
                return None
            unprocessed = status in (429, 503) and retry_after is not None
            if request.method not in self.idempotent_methods and not unprocessed:
                return None
        if retry_after is None:
            return None if status == 429 else self.backoff(attempt)  # forced or not
        if retry_after > self.retry_after_cap:
            return None
        return max(retry_after, self.backoff(attempt))

    def allows(self, attempt: int, delay: float, elapsed: float) -> bool:
        """Whether a retry after ``delay`` still fits the retry count, the deadline and the budget."""
        if attempt >= self.max_retries:
            return False
        if self.deadline is not None and elapsed + delay > self.deadline:
            return False
        return self.budget is None or self.budget.try_spend()
