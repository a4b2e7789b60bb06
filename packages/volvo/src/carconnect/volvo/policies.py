"""Volvo's rule about a busy car: a 503 that says the car is in use or asleep is not retried blindly.

Volvo answers ``{"error": {"message": "SERVICE_UNAVAILABLE", "description": "Not allowed, car is in
use or asleep"}}`` when the car cannot serve the call right now. Sending it again at once changes
nothing, so the call ends at the first such answer with a
:class:`~carconnect.core.VehicleStateError` (see :func:`~carconnect.volvo.errors.volvo_error_mapper`);
a plain gateway 503 is still retried as any other.
"""

from __future__ import annotations

import logging

import httpx

from carconnect.core import Policy
from carconnect.core.mapping import decode_body

from .errors import is_vehicle_busy

logger = logging.getLogger("carconnect.volvo")


class VehicleBusyPolicy(Policy):
    """Forbids a retry after an answer saying the car is in use or asleep."""

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        if isinstance(outcome, httpx.Response) and outcome.is_error and is_vehicle_busy(decode_body(outcome.content)):
            logger.info("%s %s: the car is in use or asleep; not retried", request.method, request.url.path)
            return False
        return None
