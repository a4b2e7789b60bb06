"""Ford's pipeline policies: in-body statuses, and commands sent once whatever the retry policy says.

In-body statuses: Ford sometimes answers a failure with HTTP 200 and puts the real status in the
body. Seen in the wild: legacy FordPass bodies whose numeric ``status`` is 401 or 402 (552 means
"command pending" and is left alone), and FordConnect bodies with ``"status": "FAILED"`` plus an
``error`` object. :class:`InBodyStatusPolicy` gives such an answer the status it means, so
carconnect-core's error mapping raises the typed error (an in-body 401 refreshes the token; a read is
replayed, a command is not sent again) instead of handing a failure to the generated parser.

Commands: :data:`COMMANDS_SENT_ONCE` (carconnect-core's
:class:`~carconnect.core.pipeline.CommandsSentOncePolicy` with :func:`is_command`) forbids sending a
command again once it may have reached Ford, even under a ``retry=`` policy that would retry POSTs;
only a 429 (Ford did not take it) may be retried, as the retry policy decides.

Rate limits: a 429 that states no wait is not retried (carconnect-core's retry rules): Ford's limits
recover over tens of seconds, so backoff retries within a second or two would only count against them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx

from carconnect.core.inbody import InBodyStatusPolicy as CoreInBodyStatusPolicy
from carconnect.core.pipeline import CommandsSentOncePolicy, Policy

logger = logging.getLogger("carconnect.ford")

PENDING_STATUS = 552
"""Legacy FordPass in-body status of a command that is still running (not an error)."""

_FORDCONNECT_STATUSES = {"UNAUTHORIZED": 403, "NOT_FOUND": 404, "NOT_ACCEPTABLE": 406}
_POST_READS = (":query", "/expdashboard/")
"""Paths of the FordPass reads that are POSTs (telemetry query, vehicle list): not commands."""


def in_body_status(body: Any) -> int | None:
    """The HTTP status a 2xx JSON body really carries, or ``None`` when it reports no failure."""
    if not isinstance(body, Mapping):
        return None
    status = body.get("status")
    if isinstance(status, int) and not isinstance(status, bool):
        return status if status >= 400 and status != PENDING_STATUS else None
    error = body.get("error")
    if status == "FAILED" and isinstance(error, Mapping):
        return _FORDCONNECT_STATUSES.get(str(error.get("statusCode")), 400)
    return None


class InBodyStatusPolicy(CoreInBodyStatusPolicy):
    """Gives a 2xx answer whose JSON body reports a failure the HTTP status it means (:func:`in_body_status`)."""

    def __init__(self) -> None:
        super().__init__(in_body_status, logger)


def is_command(request: httpx.Request) -> bool:
    """Whether ``request`` asks the vehicle to act (every Ford POST but the FordPass reads)."""
    return request.method == "POST" and not any(marker in request.url.path for marker in _POST_READS)


COMMANDS_SENT_ONCE = CommandsSentOncePolicy(is_command, refused_statuses={429})
"""A Ford command is never sent again once it may have reached Ford; Ford's 429 means it was not taken."""


FORD_POLICIES: tuple[Policy, ...] = (InBodyStatusPolicy(), COMMANDS_SENT_ONCE)
"""The policies of every Ford client (they keep no state, so every client shares them)."""
