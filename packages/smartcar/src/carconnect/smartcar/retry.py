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

The timing (backoff, ``Retry-After`` cap, deadline, budget) is the client's
:class:`~carconnect.core.RetryPolicy`, so a caller's own ``retry=`` keeps every rule above.
"""

from __future__ import annotations

import logging

import httpx

from carconnect.core import Policy
from carconnect.core.mapping import decode_body
from carconnect.core.pipeline import CommandsSentOncePolicy
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
