"""Volvo's rules as policies: a busy car is not retried blindly, a spent quota is not called again.

Volvo answers ``{"error": {"message": "SERVICE_UNAVAILABLE", "description": "Not allowed, car is in
use or asleep"}}`` when the car cannot serve the call right now. Sending it again at once changes
nothing, so the call ends at the first such answer with a
:class:`~carconnect.core.VehicleStateError` (see :func:`~carconnect.volvo.errors.volvo_error_mapper`);
a plain gateway 503 is still retried as any other.

Volvo's gateway answers 403 "Out of call volume quota. Quota will be replenished in HH:MM:SS." once
the application's daily call volume (10,000 calls) is used up, and Volvo has blocked applications
that keep calling. :class:`QuotaPolicy` remembers that answer in a :class:`QuotaBlock` and refuses
every later call locally, unsent, until the stated time has passed.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx

from carconnect.core import SYSTEM_CLOCK, CarConnectError, Clock, Policy, QuotaExceededError
from carconnect.core.mapping import decode_body

from .errors import is_vehicle_busy, quota_wait

logger = logging.getLogger("carconnect.volvo")


class VehicleBusyPolicy(Policy):
    """Forbids a retry after an answer saying the car is in use or asleep."""

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        if isinstance(outcome, httpx.Response) and outcome.is_error and is_vehicle_busy(decode_body(outcome.content)):
            logger.info("%s %s: the car is in use or asleep; not retried", request.method, request.url.path)
            return False
        return None


class QuotaBlock:
    """Until when Volvo said the application's daily call volume is used up, kept in this process.

    Every client sharing a :class:`~carconnect.volvo.RateLimiter` shares its block
    (``limiter.quota_for(...)``); the block of :meth:`RateLimiter.shared <carconnect.volvo.RateLimiter.shared>`
    lives in Redis, one per application, so every worker of that application sees it.
    """

    blocking = False
    """Whether reading or setting the block does network I/O (async clients then do it off the loop)."""

    def __init__(self, clock: Clock = SYSTEM_CLOCK) -> None:
        self.clock = clock
        self._until: float | None = None
        """The clock's ``monotonic()`` when the quota refills."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def block(self, seconds: float) -> None:
        """Volvo said the quota refills in ``seconds``: refuse calls until then."""
        self._until = self.clock.monotonic() + seconds

    def seconds_left(self) -> float | None:
        """Seconds until the quota refills, ``None`` when calls may go."""
        if self._until is None:
            return None
        left = self._until - self.clock.monotonic()
        return left if left > 0 else None


class QuotaPolicy(Policy):
    """Refuses every call locally, unsent, while Volvo's answer says the application's quota is used up.

    After a 403 quota answer the policy blocks ``quota`` for the time the answer states
    (:func:`~carconnect.volvo.errors.quota_wait`), and logs one WARNING. Until then each attempt raises
    :class:`~carconnect.core.QuotaExceededError` with ``retry_after`` the seconds left and
    ``details["local"]`` true, logged at DEBUG. A block that cannot be recorded (Redis gone) is
    logged as a warning and leaves Volvo's error as it is.
    """

    def __init__(self, quota: QuotaBlock) -> None:
        self.quota = quota
        self.blocking = quota.blocking  # a shared block asks Redis: off the event loop

    def __repr__(self) -> str:
        return f"QuotaPolicy({self.quota!r})"

    def on_request(self, request: httpx.Request) -> float:
        left = self.quota.seconds_left()
        if left is None:
            return 0.0
        when = (self.quota.clock.now() + timedelta(seconds=left)).isoformat(timespec="seconds")
        logger.debug("%s %s refused locally: Volvo's call volume quota is used up", request.method, request.url.path)
        raise QuotaExceededError(
            f"Volvo's daily call volume quota for this application is used up; refused locally until {when}",
            retry_after=left,
            details={"local": True, "resets_at": when},
        )

    def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        wait = quota_wait(response.status_code, decode_body(response.content), response.headers, self.quota.clock.now())
        if wait is None:
            return response
        try:
            self.quota.block(wait)
        except (CarConnectError, OSError) as exc:  # Volvo's answer goes to the caller all the same
            logger.warning("could not record Volvo's spent call volume quota: %s", exc)
            return response
        logger.warning("Volvo reports the application's call volume quota used up; calls are refused for %.0f s", wait)
        return response
