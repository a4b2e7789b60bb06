"""Client-side rate limiting: stay under Volvo's 100 requests and 10 command invocations a minute.

Volvo counts calls per Volvo ID and application and answers 429 beyond the limits. A
:class:`RateLimiter` decides when each request may leave (a sliding window per limit, shared by
threads and asyncio tasks); :class:`RateLimitPolicy`, one of the client's policies, asks it before
every attempt and has the client wait for that moment, so retries are counted too and a polling loop
slows down instead of earning a 429.

Commands count against both limits. By default one limiter covers the whole account (stricter than
per vehicle); share one limiter between clients of the same account and application. Calls made
through a ``client.for_user(credentials, key=...)`` view count under that user's key, as Volvo
counts per Volvo ID.

Many workers or machines share the limits through Redis: ``RateLimiter.shared(limiter)`` counts in a
:class:`carconnect.core.shared.SlidingWindowLimiter` (the ``redis`` extra of carconnect-core), so the
workers together never exceed Volvo's limits for any user.

A limiter also carries the application's :class:`~carconnect.volvo.policies.QuotaBlock`
(:meth:`RateLimiter.quota_for`): the clients sharing a limiter refuse calls locally once Volvo said the
daily call volume is used up, and the workers of a shared limiter see that block in Redis, one block
per application (by default per VCC API key).
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
import weakref
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

import httpx

from carconnect.core import SYSTEM_CLOCK, Clock, Policy, RateLimitError
from carconnect.core.retry import UNSENT_ERRORS
from carconnect.core.users import user_key

from .policies import QuotaBlock

if TYPE_CHECKING:
    from redis import Redis

logger = logging.getLogger("carconnect.volvo")

REQUESTS_PER_MINUTE = 100
COMMANDS_PER_MINUTE = 10
WINDOW_SECONDS = 61.0
"""A minute plus a second of slack for network jitter between our clock and Volvo's."""

_FIRST_SWEEP = 256
"""Windows kept before the first sweep of empty ones; then twice as many as the last sweep left."""

_VEHICLE = re.compile(r"/vehicles/([^/?]+)")
_COMMAND = re.compile(r"/vehicles/[^/]+/commands/[^/]+/?$")


def is_command(request: httpx.Request) -> bool:
    """A command invocation: ``POST .../vehicles/{vin}/commands/{name}``."""
    return request.method == "POST" and bool(_COMMAND.search(request.url.path))


def vehicle_of(request: httpx.Request) -> str | None:
    found = _VEHICLE.search(request.url.path)
    return found.group(1) if found else None


class _Window:
    """Send times (past and reserved, kept sorted) of one limit; a new time must keep every window under it."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds = limit, seconds
        self._times: list[float] = []

    def forget_before(self, now: float) -> None:
        del self._times[: bisect_right(self._times, now - self.seconds)]

    def candidates(self, now: float) -> list[float]:
        """Moments worth trying: now, and whenever a counted send leaves the window."""
        return [now, *(time + self.seconds for time in self._times if time + self.seconds > now)]

    def allows(self, at: float) -> bool:
        """Whether a send at ``at`` keeps every window of ``seconds`` that contains it under the limit.

        Such a window lies in ``(at - seconds, at + seconds)``: when fewer than the limit are sent
        there, it fits at once. Otherwise each window ``[x, x + seconds)`` with ``x`` a send time in
        ``(at - seconds, at]`` (or ``at`` itself) is counted: a window starting anywhere else holds
        no more than one of those.
        """
        times, seconds = self._times, self.seconds
        low, high = bisect_right(times, at - seconds), bisect_left(times, at + seconds)
        if high - low < self.limit:
            return True
        starts = [at, *times[low : bisect_right(times, at, low, high)]]
        busiest = max(bisect_left(times, x + seconds, low, high) - bisect_left(times, x, low, high) for x in starts)
        return busiest < self.limit

    def take(self, at: float) -> None:
        insort(self._times, at)

    def __bool__(self) -> bool:
        return bool(self._times)

    def give_back(self, at: float) -> None:
        """Remove one slot taken at ``at`` (gone already when it left the window)."""
        index = bisect_left(self._times, at)
        if index < len(self._times) and self._times[index] == at:
            del self._times[index]


class SlotBackend(Protocol):
    """Where shared limits are counted: :class:`carconnect.core.shared.SlidingWindowLimiter` fits."""

    @property
    def limit(self) -> int: ...

    @property
    def window(self) -> float: ...

    @property
    def max_wait(self) -> float | None: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def redis(self) -> Redis:
        """The Redis client the backend counts in (the application's quota block is kept there too)."""
        ...

    @property
    def prefix(self) -> str:
        """The prefix of the backend's Redis keys."""
        ...

    def reserve(
        self, key: str, now: datetime | None = None, *, also: Mapping[str, int] | None = None, slot: str | None = None
    ) -> float: ...

    def release(self, slot: str, keys: Iterable[str]) -> None: ...


class RateLimiter:
    """When may a request go? One object shared by every client of one account and application.

    ``max_wait``: a request that would have to wait longer raises :class:`~carconnect.core.RateLimitError`
    (``code="client_rate_limit"``, ``retry_after`` set) without being sent. ``per_vehicle`` keeps a
    separate count per VIN instead of one for the account. An application's
    :class:`~carconnect.volvo.policies.QuotaBlock` (:meth:`quota_for`) is shared by every client of
    that application (VCC API key) sharing this limiter.
    """

    def __init__(
        self,
        *,
        requests_per_minute: int = REQUESTS_PER_MINUTE,
        commands_per_minute: int = COMMANDS_PER_MINUTE,
        window: float = WINDOW_SECONDS,
        per_vehicle: bool = False,
        max_wait: float | None = 120.0,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        if requests_per_minute < 1 or commands_per_minute < 1:
            raise ValueError("limits must be at least 1 per minute")
        self.requests_per_minute = requests_per_minute
        self.commands_per_minute = commands_per_minute
        self.window = window
        self.per_vehicle = per_vehicle
        self.max_wait = max_wait
        self.clock = clock
        self._quotas: dict[str, QuotaBlock] = {}
        self._windows: dict[tuple[str | None, str, str | None], _Window] = {}
        self._sweep_at = _FIRST_SWEEP
        self._swept = self.clock.monotonic()
        """When :meth:`_sweep` last ran (it also runs once a window length has passed since)."""
        self._lock = threading.Lock()
        self._taken: weakref.WeakKeyDictionary[httpx.Request, tuple[list[_Window], float]]
        self._taken = weakref.WeakKeyDictionary()
        """The slot of each request's latest attempt, until it is given back."""

    blocking = False
    """Whether :meth:`reserve` does network I/O (a shared limiter): async clients then call it off the loop."""

    @staticmethod
    def shared(
        backend: SlotBackend,
        *,
        key: str | None = None,
        commands_per_minute: int = COMMANDS_PER_MINUTE,
        per_vehicle: bool = False,
        application: str | None = None,
    ) -> SharedRateLimiter:
        """A limiter counting in ``backend`` (a Redis ``SlidingWindowLimiter``), shared by every worker.

        ``backend.limit`` is the request limit per window; commands count against it and against
        ``commands_per_minute``. Calls of a ``for_user`` view count under the view's key, other calls
        under ``key``, the client's own Volvo ID account (``volvo:<key>`` in the backend). Without
        ``key``, a call outside a view raises :class:`ValueError`: every client sharing the backend
        would otherwise count under one key, and one account's calls would stall the others.
        After Volvo's quota 403 every worker of the same application sees the block (Redis key
        ``volvo-quota:<application>`` under the backend's prefix): by default the application is the
        client's VCC API key, named by the first 16 hex digits of its SHA-256 (the key itself is never
        written), so applications sharing a Redis never block each other. ``application`` names it
        instead, for every client of this limiter whatever its key.
        """
        return SharedRateLimiter(
            backend,
            key=key,
            commands_per_minute=commands_per_minute,
            per_vehicle=per_vehicle,
            application=application,
        )

    def quota_for(self, application: str) -> QuotaBlock:
        """The quota block of ``application`` (a client's VCC API key digest), one object for every
        client of that application sharing this limiter; made on first use."""
        with self._lock:
            if application not in self._quotas:
                self._quotas[application] = self._new_quota(application)
            return self._quotas[application]

    def _new_quota(self, application: str) -> QuotaBlock:
        return QuotaBlock(self.clock)

    def __repr__(self) -> str:
        return (
            f"RateLimiter(requests_per_minute={self.requests_per_minute}, "
            f"commands_per_minute={self.commands_per_minute}, per_vehicle={self.per_vehicle})"
        )

    @property
    def reason(self) -> str:
        """The limits this limiter keeps, as the record of a wait names them:
        ``Volvo's limits of 100 calls and 10 commands a minute`` (``per vehicle`` when it counts so)."""
        calls, commands = self.requests_per_minute, self.commands_per_minute
        per = "a minute" if 60 <= self.window <= WINDOW_SECONDS else f"{self.window:g} s"
        scope = " per vehicle" if self.per_vehicle else ""
        return (
            f"Volvo's limits of {calls} call{'s' * (calls != 1)} and {commands} command{'s' * (commands != 1)} "
            f"{per}{scope}"
        )

    def _window(self, user: str | None, kind: str, vin: str | None) -> _Window:
        key = (user, kind, vin if self.per_vehicle else None)
        if key not in self._windows:
            limit = self.commands_per_minute if kind == "command" else self.requests_per_minute
            self._windows[key] = _Window(limit, self.window)
        return self._windows[key]

    def _sweep(self, now: float) -> None:
        """Forget the windows with no slot left in them (users and views come and go); the dict is
        built anew, since a dict keeps its largest size."""
        for window in self._windows.values():
            window.forget_before(now)
        self._windows = {key: window for key, window in self._windows.items() if window}
        self._sweep_at = max(_FIRST_SWEEP, 2 * len(self._windows))
        self._swept = now

    @staticmethod
    def _first_free(windows: list[_Window], now: float) -> float:
        """The earliest moment after ``now`` that every window allows."""
        candidates = sorted({moment for window in windows for moment in window.candidates(now)})
        return next(moment for moment in candidates if all(window.allows(moment) for window in windows))

    def reserve(self, request: httpx.Request) -> float:
        """Take the request's slot now and return the seconds to wait before sending it.

        The slot is counted for the user of the running call (a ``for_user`` view's key), if any.
        """
        vin, user = vehicle_of(request), user_key()
        with self._lock:
            self._taken.pop(request, None)  # the previous attempt went out: its slot stays
            now = self.clock.monotonic()
            if len(self._windows) + 2 > self._sweep_at or now - self._swept >= self.window:
                self._sweep(now)  # before this call's windows are looked up
            windows = [self._window(user, "request", vin)]
            if is_command(request):
                windows.append(self._window(user, "command", vin))
            for window in windows:
                window.forget_before(now)
            at = now if all(window.allows(now) for window in windows) else self._first_free(windows, now)
            wait = at - now
            if self.max_wait is not None and wait > self.max_wait:
                raise RateLimitError(
                    f"client-side rate limit: the next slot is {wait:.0f} s away",
                    code="client_rate_limit",
                    retry_after=wait,
                )
            for window in windows:
                window.take(at)
            self._taken[request] = (windows, at)
        return wait

    def release(self, request: httpx.Request) -> None:
        """Give back the slot of the request's latest attempt, which was not sent after all."""
        with self._lock:
            taken = self._taken.pop(request, None)
            if taken is not None:
                windows, at = taken
                for window in windows:
                    window.give_back(at)


class SharedRateLimiter(RateLimiter):
    """A :class:`RateLimiter` whose windows live in a shared backend (see :meth:`RateLimiter.shared`).

    Redis keys (under the backend's prefix): ``volvo:<user>`` for requests and
    ``volvo:<user>:commands`` for commands, with ``:<vin>`` after the user when ``per_vehicle``, and
    ``volvo-quota:<application>`` for the quota block of each application (``application``, else each
    client's VCC API key digest). The backend's clock and ``max_wait`` apply.
    """

    blocking = True

    def __init__(
        self,
        backend: SlotBackend,
        *,
        key: str | None,
        commands_per_minute: int,
        per_vehicle: bool,
        application: str | None = None,
    ) -> None:
        if application == "":
            raise ValueError("application must name the application of the VCC API key")
        super().__init__(
            requests_per_minute=backend.limit,
            commands_per_minute=commands_per_minute,
            window=backend.window,
            per_vehicle=per_vehicle,
            max_wait=backend.max_wait,
            clock=backend.clock,
        )
        self.backend = backend
        self.key = key
        self.application = application
        self._slots: weakref.WeakKeyDictionary[httpx.Request, tuple[str, list[str]]] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"RateLimiter.shared({self.backend!r}, commands_per_minute={self.commands_per_minute})"

    def quota_for(self, application: str) -> QuotaBlock:
        """The block in Redis of the application this limiter names, else of ``application`` (a
        client's VCC API key digest); one object per name, so its clients share its reads."""
        return super().quota_for(self.application or application)

    def _new_quota(self, application: str) -> QuotaBlock:
        from .quota_shared import SharedQuotaBlock  # loaded with the shared backend, which needs redis

        return SharedQuotaBlock(self.backend, application)

    def reserve(self, request: httpx.Request) -> float:
        """Take the request's slot in the backend (both windows at once for a command); seconds to wait."""
        name = f"volvo:{user_key() or self.key or ''}"  # "volvo:" names no account: the backend refuses it
        vin = vehicle_of(request)
        if self.per_vehicle and vin is not None:
            name = f"{name}:{vin}"
        also = {f"{name}:commands": self.commands_per_minute} if is_command(request) else {}
        slot = secrets.token_hex(8)
        with self._lock:
            self._slots.pop(request, None)  # the previous attempt went out: its slot stays
        wait = self.backend.reserve(name, also=also, slot=slot)
        with self._lock:
            self._slots[request] = (slot, [name, *also])
        return wait

    def release(self, request: httpx.Request) -> None:
        with self._lock:
            taken = self._slots.pop(request, None)
        if taken is not None:
            slot, keys = taken
            self.backend.release(slot, keys)


class RateLimitPolicy(Policy):
    """Asks the :class:`RateLimiter` for each attempt's slot and waits for it before the attempt leaves.

    Every attempt counts (retries and the replay after a refreshed token too), so a polling loop slows
    down instead of earning a 429. A wait beyond the limiter's ``max_wait`` refuses the request unsent
    with a :class:`~carconnect.core.RateLimitError`, logged at DEBUG only (the error says why).
    """

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter
        self.blocking = limiter.blocking  # a shared limiter asks Redis: off the event loop

    def __repr__(self) -> str:
        return f"RateLimitPolicy({self.limiter!r})"

    @property
    def reason(self) -> str:
        """Why an attempt waits: the limiter's limits (``Volvo's limits of 100 calls and 10 commands a minute``)."""
        return self.limiter.reason

    def on_request(self, request: httpx.Request) -> float:
        try:
            return self.limiter.reserve(request)
        except RateLimitError as refused:
            logger.debug("%s %s refused: %s", request.method, request.url.path, refused.message)
            raise

    def on_unsent(self, request: httpx.Request) -> None:
        self.limiter.release(request)

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        if isinstance(error, UNSENT_ERRORS):  # Volvo never saw it: the slot is free again
            self.limiter.release(request)
