"""Formatting and local checks of CarData request parameters (nothing malformed spends a call)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from carconnect.core import BadRequestError

from .errors import INVALID_CONTAINER_ERROR_ID, INVALID_VIN_ERROR_ID

_VIN = re.compile(r"[A-Z0-9]{17}")
"""BMW's VIN format: 17 upper-case letters and digits (``CU-120`` otherwise)."""
CONTAINER_ID_LENGTH = 13
"""The length of every CarData container id (``CU-121`` otherwise)."""


def cardata_instant(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.000Z`` in UTC, the form CarData expects (a naive datetime is taken as UTC)."""
    instant = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return instant.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def cardata_vin(vin: object) -> str:
    """``vin`` when BMW would accept its format, else :class:`~carconnect.core.BadRequestError`
    (code ``CU-120``, ``details["local"]``) before anything is sent or counted against the quota."""
    if isinstance(vin, str) and _VIN.fullmatch(vin):
        return vin
    hint = " (BMW wants upper case)" if isinstance(vin, str) and _VIN.fullmatch(vin.upper()) else ""
    raise BadRequestError(
        f"invalid VIN format: 17 upper-case letters and digits expected{hint}; not sent",
        code=INVALID_VIN_ERROR_ID,
        details={"local": True, "parameter": "vin"},
    )


def cardata_container_id(container_id: object) -> str:
    """``container_id`` when it has the length of a CarData container id, else
    :class:`~carconnect.core.BadRequestError` (code ``CU-121``, ``details["local"]``) before anything
    is sent or counted against the quota."""
    if isinstance(container_id, str) and len(container_id) == CONTAINER_ID_LENGTH:
        return container_id
    raise BadRequestError(
        f"invalid container id: {CONTAINER_ID_LENGTH} characters expected, as containers() lists them; not sent",
        code=INVALID_CONTAINER_ERROR_ID,
        details={"local": True, "parameter": "container_id"},
    )
