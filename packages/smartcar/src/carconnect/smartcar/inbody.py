"""Smartcar v3 errors inside success answers: :class:`InBodyErrorPolicy`.

A v3 command answers 200 (finished) or 202 (long-running), and for a long-running command "``status``
in the body may differ from the HTTP status": the answer may be a 2xx whose body is a v3 error
document, ``{"errors": [{"status": "502", "type", "code", ...}]}``. The policy gives such an answer
the status its first error states (from its ``type`` when it states none: ``UPSTREAM`` 502,
``VEHICLE_STATE`` 409...; else 500), as carconnect-ford's in-body status policy does, so Smartcar's
error mapping raises the typed error with Smartcar's code, and the retry rules and ``may_have_run``
follow the stated status as they would the same answer's HTTP status: a command answered with an
``UPSTREAM`` 502 may have run, one refused (``VALIDATION``, ``VEHICLE_STATE``...) did not.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from carconnect.core.inbody import InBodyStatusPolicy

logger = logging.getLogger("carconnect.smartcar")

TYPE_STATUSES = {
    "VALIDATION": 400,
    "CONNECTED_SERVICES_ACCOUNT": 400,
    "AUTHENTICATION": 401,
    "PERMISSION": 403,
    "RESOURCE_NOT_FOUND": 404,
    "VEHICLE_STATE": 409,
    "RATE_LIMIT": 429,
    "BILLING": 430,
    "SERVER": 500,
    "COMPATIBILITY": 501,
    "UPSTREAM": 502,
}
"""The HTTP status of each Smartcar error type, for an in-body error that states no ``status``."""


def in_body_status(body: Any) -> int | None:
    """The error status a 2xx body carries (a v3 ``errors`` document), ``None`` when it holds no error."""
    errors = body.get("errors") if isinstance(body, Mapping) else None
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], Mapping):
        return None
    error = errors[0]
    stated = error.get("status")
    if isinstance(stated, str) and stated.strip().isdigit():
        stated = int(stated)
    if isinstance(stated, int) and not isinstance(stated, bool) and 400 <= stated <= 599:
        return stated
    kind = error.get("type")
    return TYPE_STATUSES.get(kind.upper() if isinstance(kind, str) else "", 500)


class InBodyErrorPolicy(InBodyStatusPolicy):
    """Gives a 2xx answer whose JSON body is a v3 error document the status its error states
    (:func:`in_body_status`)."""

    def __init__(self) -> None:
        super().__init__(in_body_status, logger)
