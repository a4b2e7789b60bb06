"""Smartcar's retry rules as pipeline policies: follow the error's ``resolution``, never send a command twice.

* A read (GET, and ``POST /batch``, which only reads) is retried when Smartcar's error says
  ``resolution: RETRY_LATER`` (upstream and internal errors, the application rate limit with a
  ``Retry-After``), honouring ``Retry-After``; an error with another resolution or none
  (``VEHICLE_STATE``, ``PERMISSION``, ``CONTACT_SUPPORT``...) is not retried, nor is any 4xx error
  but a rate limit whatever its resolution (``VALIDATION``, ``PERMISSION``, ``VEHICLE_STATE``: the same
  request fails the same way). A failure without a
  Smartcar body (a gateway page) is left to core's rules (429, 502, 503, 504), ``POST /batch`` included.
* Rate limits are never retried sooner than Smartcar asks. ``RATE_LIMIT:VEHICLE`` (the vehicle
  throttled to protect its 12 V battery) and ``UPSTREAM:RATE_LIMIT`` (the automaker's own limit)
  are never retried automatically, whatever their resolution; a ``RATE_LIMIT:SMARTCAR_API`` (the
  application's bucket, refilled at 2 requests a minute) or any other ``RATE_LIMIT`` is retried
  only after the wait its ``Retry-After`` states, never on backoff alone. The raised
  :class:`~carconnect.core.RateLimitError` carries ``retry_after`` when Smartcar sent one.
  ``BILLING`` errors are never retried either.
* A command (any other POST: lock, unlock, charge, destination, v3 commands) or a deletion (every
  DELETE: disconnect, unsubscribe, charge schedules, connections, users) is never re-sent after it
  may have reached Smartcar, whatever the answer (a second DELETE would fail for a deletion that
  happened); only a connection that could not be opened is tried again, as core does. That is
  :data:`COMMANDS_SENT_ONCE`, carconnect-core's :class:`~carconnect.core.pipeline.CommandsSentOncePolicy`
  with :func:`is_command` and no refusal status: even a 429 is not retried, as Smartcar asks callers
  not to retry commands. :class:`ResolutionPolicy` leaves commands to it.

* A vehicle's own limits are remembered (:class:`VehicleLimitPolicy`): after ``RATE_LIMIT:VEHICLE``
  that vehicle's calls are refused locally until its ``Retry-After`` has passed, and after
  ``BILLING:VEHICLE_REQUEST_LIMIT`` (the monthly per-vehicle quota, whose reset Smartcar does not
  state) for a cool-off (:data:`QUOTA_COOL_OFF` by default), after which one call probes again
  (the others wait at most :data:`PROBE_WINDOW` for its answer). The same error inside an item of a
  ``/batch`` answered 200 counts as if it were the answer (the item's own ``Retry-After``).

The timing (backoff, ``Retry-After`` cap, deadline, budget) is the client's
:class:`~carconnect.core.RetryPolicy`, so a caller's own ``retry=`` keeps every rule above.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from carconnect.core import SYSTEM_CLOCK, ApiError, Clock, Policy, QuotaExceededError, RateLimitError
from carconnect.core.inbody import success_json
from carconnect.core.mapping import decode_body
from carconnect.core.pipeline import CommandsSentOncePolicy, current_exchange
from carconnect.core.retry import parse_retry_after

from .errors import RETRY_LATER, error_object, resolution_of

logger = logging.getLogger("carconnect.smartcar")
logger.addHandler(logging.NullHandler())

READ_ONLY_POSTS = ("/batch",)
GATEWAY_STATUSES = frozenset({429, 502, 503, 504})
"""Answers without a Smartcar body that a read-only POST may retry, like a GET."""
NEVER_RETRIED = (("RATE_LIMIT", "VEHICLE"), ("UPSTREAM", "RATE_LIMIT"), ("BILLING", None))
"""``(type, code)`` pairs (``None``: any code) no automatic retry may answer."""
RATE_LIMITED = 429
"""The one 4xx status a read may be retried after (the other 4xx errors fail again as sent)."""
WAIT_STATED = "RATE_LIMIT"
"""The error type retried only after a wait its ``Retry-After`` states (above 0 s)."""


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_command(request: httpx.Request) -> bool:
    """True for a request that changes something (a DELETE, or a POST other than batch)."""
    return request.method not in READ_METHODS and not request.url.path.endswith(READ_ONLY_POSTS)


COMMANDS_SENT_ONCE = CommandsSentOncePolicy(is_command)
"""A Smartcar command or deletion is never sent again once it may have reached Smartcar, whatever the answer."""


def _type_and_code(error: object) -> tuple[str, str]:
    found = error_object(error)
    if found is None:
        return "", ""
    kind, code = found.get("type"), found.get("code")
    return (kind.upper() if isinstance(kind, str) else ""), (code.upper() if isinstance(code, str) else "")


class ResolutionPolicy(Policy):
    """Smartcar's retry decisions for reads on top of the client's retry timing (see the module
    docstring); commands are left to :data:`COMMANDS_SENT_ONCE`."""

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        if is_command(request) or isinstance(outcome, httpx.TransportError):
            return None
        return self._verdict(request, outcome)

    def _verdict(self, request: httpx.Request, response: httpx.Response) -> bool | None:
        body = decode_body(response.content)
        if error_object(body) is None:
            if request.method == "POST" and response.status_code in GATEWAY_STATUSES:
                return True
            return None
        kind, code = _type_and_code(body)
        if response.is_client_error and response.status_code != RATE_LIMITED:
            return False
        never = any(kind == never_kind and never_code in (None, code) for never_kind, never_code in NEVER_RETRIED)
        if never or (kind == WAIT_STATED and not parse_retry_after(response.headers)):
            logger.info(
                "%s %s: %s%s is not retried automatically (Retry-After: %s)",
                request.method,
                request.url.path,
                kind,
                f":{code}" if code else "",
                response.headers.get("retry-after", "none"),
            )
            return False
        resolution, _ = resolution_of(body)
        return resolution == RETRY_LATER


QUOTA_COOL_OFF = 3600.0
"""Seconds a vehicle's calls are refused locally after ``BILLING:VEHICLE_REQUEST_LIMIT`` before one
call probes whether the quota was lifted (the client's ``quota_cool_off=``)."""
RATE_LIMIT_LONGEST = 86_400.0
"""Seconds a ``RATE_LIMIT:VEHICLE`` answer blocks its vehicle at most: a longer ``Retry-After`` (an
epoch timestamp sent as seconds) counts as a day."""
PROBE_WINDOW = 120.0
"""Seconds a probe of the monthly quota keeps the vehicle's other calls refused (less when the
cool-off is shorter). A probe still unanswered by then counts as one that got no answer (its caller
gave up, its task was cancelled), so the next call probes; twice the client's default timeout."""
VEHICLE_RATE_LIMIT = ("RATE_LIMIT", "VEHICLE")
VEHICLE_REQUEST_LIMIT = ("BILLING", "VEHICLE_REQUEST_LIMIT")

_LIMITS: dict[tuple[str, str], tuple[type[ApiError], bool]] = {
    VEHICLE_RATE_LIMIT: (RateLimitError, False),
    VEHICLE_REQUEST_LIMIT: (QuotaExceededError, True),
}
"""The error a refusal raises for each limit, and whether one call probes once its block ends."""
_VEHICLE = re.compile(r"/vehicles/([^/]+)")


def vehicle_of(request: httpx.Request) -> str | None:
    """The vehicle id in a request's path (``.../vehicles/{id}/...``), if any."""
    found = _VEHICLE.search(request.url.path)
    return found.group(1) if found else None


def is_batch(request: httpx.Request) -> bool:
    """True for ``POST .../batch``: several reads in one request, each answered on its own."""
    return request.method == "POST" and request.url.path.endswith(READ_ONLY_POSTS)


def batch_items(body: Any) -> Iterator[tuple[Any, Mapping[str, str]]]:
    """Each failed item of a ``/batch`` answer body: its JSON body and its own headers (names in
    lower case; values as the JSON gives them, which need not be valid HTTP header values)."""
    items = body.get("responses") if isinstance(body, Mapping) else None
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        code = item.get("code")
        if isinstance(code, int) and not isinstance(code, bool) and 200 <= code < 300:
            continue
        raw = item.get("headers")
        found = raw if isinstance(raw, Mapping) else {}
        yield (
            item.get("body"),
            {str(name).lower(): str(value) for name, value in found.items() if value is not None},
        )


@dataclass
class _Block:
    """One vehicle's calls refused until ``until`` (the clock's ``monotonic()``)."""

    until: float
    kind: str
    code: str
    error: type[ApiError]
    probes: bool
    """Whether, once ``until`` passes, one call probes while the others stay refused (the monthly quota)."""
    probe: httpx.Request | None = None


class VehicleLimitPolicy(Policy):
    """Refuses a vehicle's calls locally, unsent, while Smartcar's answer says its own limit is reached.

    * ``RATE_LIMIT:VEHICLE`` (a 429 with ``Retry-After``; Smartcar asks callers to obey it and not to
      retry): until that wait has passed. Such an answer without ``Retry-After`` blocks nothing.
    * ``BILLING:VEHICLE_REQUEST_LIMIT`` (the monthly per-vehicle quota; Smartcar states no reset): for
      ``cool_off`` seconds. Then the next call goes out as a probe while the vehicle's other calls are
      still refused: any other answer to it lifts the block, the same error starts another cool-off,
      and a probe that got no answer (a transport error, or nothing within :data:`PROBE_WINDOW`, or
      ``cool_off`` if shorter, as when its caller's timeout or a cancelled task ends it) lets the next
      call probe; a late answer to a probe another has replaced lifts nothing.

    A refusal is the error Smartcar's answer was (:class:`~carconnect.core.RateLimitError` or
    :class:`~carconnect.core.QuotaExceededError`, Smartcar's ``code``) with ``retry_after`` the
    seconds left and ``details["local"]`` true. Other vehicles are unaffected. The start of a block is
    logged as one WARNING, each refusal at DEBUG. One entry is kept per vehicle while it is blocked; a
    quota block whose vehicle gets no call for ``cool_off`` seconds after its probe could have gone out
    is forgotten (the vehicle's next call goes out as the probe would have), looked for at most once
    every ``cool_off`` seconds.
    """

    def __init__(self, clock: Clock = SYSTEM_CLOCK, *, cool_off: float = QUOTA_COOL_OFF) -> None:
        if not cool_off > 0:
            raise ValueError("cool_off must be a positive number of seconds")
        self.clock = clock
        self.cool_off = cool_off
        self._blocks: dict[str, _Block] = {}
        self._lock = threading.Lock()
        self._sweep_at = clock.monotonic() + cool_off
        """When blocks that ended long ago are next looked for (the clock's ``monotonic()``)."""

    def __repr__(self) -> str:
        return f"VehicleLimitPolicy(cool_off={self.cool_off:g})"

    @property
    def reads_success_body(self) -> bool:  # type: ignore[override]  # read-only: it depends on the call
        """During the client's own calls: a ``/batch`` answered 200 may hold a vehicle's limit in an
        item. A stream opened through ``http_client_for`` stays unread."""
        return current_exchange.get() is not None

    def on_request(self, request: httpx.Request) -> float:
        if not self._blocks:  # no vehicle is blocked: the common case costs no path parsing
            return 0.0
        vehicle = vehicle_of(request)
        if vehicle is None:
            return 0.0
        with self._lock:
            now = self.clock.monotonic()
            if now >= self._sweep_at:
                self._forget_ended(now)
            block = self._blocks.get(vehicle)
            if block is None:
                return 0.0
            left = block.until - now
            if left <= 0:
                self._ended(vehicle, block, request, now)
                return 0.0
        when = (self.clock.now() + timedelta(seconds=left)).isoformat(timespec="seconds")
        logger.debug("%s %s refused locally: %s:%s", request.method, request.url.path, block.kind, block.code)
        raise block.error(
            f"{block.kind}:{block.code} for vehicle {vehicle}: refused locally until {when}",
            code=block.code,
            retry_after=left,
            details={"type": block.kind, "code": block.code, "local": True, "vehicle_id": vehicle, "resets_at": when},
        )

    def _ended(self, vehicle: str, block: _Block, request: httpx.Request, now: float) -> None:
        """``block`` has run its time (call with the lock held): it goes, or ``request`` becomes its
        probe and the vehicle's other calls stay refused while the probe may still be answered."""
        if not block.probes:
            del self._blocks[vehicle]
            return
        block.until, block.probe = now + min(self.cool_off, PROBE_WINDOW), request
        logger.info("%s %s: probing whether %s:%s is lifted", request.method, request.url.path, block.kind, block.code)

    def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        vehicle = vehicle_of(request)
        if vehicle is None:
            return response
        if not response.is_success:
            found = [self._limit(decode_body(response.content), response.headers)]
        elif is_batch(request):
            found = [self._limit(body, headers) for body, headers in batch_items(success_json(response))]
        else:
            found = []
        limits = [(limit, wait) for limit, wait in found if limit is not None and wait]
        for limit, wait in limits:
            self._block(request, vehicle, limit, wait)
        if not limits:
            self._probe_ended(request, vehicle, lifted=True)
        return response

    def _limit(self, body: Any, headers: Mapping[str, str]) -> tuple[tuple[str, str] | None, float | None]:
        """The vehicle limit an error body states (``None`` for any other error) and the seconds it
        blocks the vehicle: the cool-off for the monthly quota, ``Retry-After`` for the rate limit."""
        limit = _type_and_code(body)
        if limit == VEHICLE_REQUEST_LIMIT:
            return limit, self.cool_off
        if limit == VEHICLE_RATE_LIMIT:
            wait = parse_retry_after(headers, self.clock.now())
            return limit, None if wait is None else min(wait, RATE_LIMIT_LONGEST)
        return None, None

    def on_unsent(self, request: httpx.Request) -> None:
        self._probe_ended(request, vehicle_of(request), lifted=False)

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        self._probe_ended(request, vehicle_of(request), lifted=False)

    def _block(self, request: httpx.Request, vehicle: str, limit: tuple[str, str], seconds: float) -> None:
        """Refuse ``vehicle``'s calls for ``seconds`` after ``request`` was answered with ``limit``
        (type and code), unless a block from another answer already lasts longer. Blocks that ended
        go with it."""
        kind, code = limit
        error, probes = _LIMITS[limit]
        with self._lock:
            now = self.clock.monotonic()
            held = self._blocks.get(vehicle)
            if held is not None and held.probe is not request and held.until >= now + seconds:
                return
            self._forget_ended(now)
            self._blocks[vehicle] = _Block(now + seconds, kind, code, error, probes)
        logger.warning(
            "%s %s: Smartcar answered %s:%s; this vehicle's calls are refused locally for %.0f s",
            request.method,
            request.url.path,
            kind,
            code,
            seconds,
        )

    def _forget_ended(self, now: float) -> None:
        """Drop the blocks that ended (call with the lock held): a rate-limit block as soon as its wait
        has passed, a quota block once ``cool_off`` more has passed with no call for its vehicle."""
        self._blocks = {
            key: kept
            for key, kept in self._blocks.items()
            if kept.until > now or (kept.probes and kept.until + self.cool_off > now)
        }
        self._sweep_at = now + self.cool_off

    def _probe_ended(self, request: httpx.Request, vehicle: str | None, *, lifted: bool) -> None:
        """The probe ``request`` was answered (``lifted``: by anything but the quota) or got no answer
        (the next call probes)."""
        if vehicle is None:
            return
        with self._lock:
            block = self._blocks.get(vehicle)
            if block is None or block.probe is not request:
                return
            if lifted:
                del self._blocks[vehicle]
            else:
                block.until, block.probe = self.clock.monotonic(), None
        if lifted:
            logger.info("%s %s: %s:%s is lifted", request.method, request.url.path, block.kind, block.code)
