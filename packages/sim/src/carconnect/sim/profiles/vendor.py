"""Named vendor error answers: the exact bodies each vendor documents, sent by the ``vendor`` fault.

Each brand profile lists its :class:`VendorError` shapes (an invalid API key, a quota, a car asleep,
a dead refresh token...). ``sim.faults.add("vendor", brand="volvo", shape="invalid-api-key")`` answers
with one of them wherever the fault matches; ``where`` says whether the vendor sends it from its API
or from its token endpoint. Bodies are built per answer, so request ids and timestamps are fresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from starlette.responses import Response

from .errors import json_response

Where = Literal["api", "token"]
Body = Callable[[datetime], Any]


def seconds_to_midnight(now: datetime) -> int:
    """Seconds until the next UTC midnight (when a daily quota refills), at least 1."""
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(int((midnight - now).total_seconds()), 1)


@dataclass(frozen=True)
class VendorError:
    """One documented error answer of a vendor."""

    name: str
    status: int
    body: Body
    meaning: str
    """What the vendor means by it (and so what a client should do)."""
    where: Where = "api"
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_after: int | None = None
    """Seconds sent as ``Retry-After`` (a fault's own ``retry_after`` replaces it)."""

    def response(self, now: datetime, retry_after: int | None = None) -> Response:
        headers = dict(self.headers)
        wait = retry_after if retry_after is not None else self.retry_after
        if wait is not None:
            headers["Retry-After"] = str(wait)
        return json_response(self.status, self.body(now), headers or None)


def oauth_body(error: str, description: str) -> Body:
    """An RFC 6749 token-endpoint error body."""
    return lambda now: {"error": error, "error_description": description}


def catalog(*errors: VendorError) -> Mapping[str, VendorError]:
    """The shapes of one brand by name; names are unique."""
    named = {error.name: error for error in errors}
    if len(named) != len(errors):
        raise ValueError("vendor error names must be unique per brand")
    return named
