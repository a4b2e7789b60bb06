"""Smartcar's unit systems: ``"metric"`` or ``"imperial"``, per client and per read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import httpx

from carconnect.core import Policy

from ._generated.vehicles_v2 import models as v2_models

if TYPE_CHECKING:
    from ._generated.vehicles_v2.models import UnitSystem

    UnitSystemLike = UnitSystem | Literal["metric", "imperial"]
else:

    def __getattr__(name: str) -> object:
        if name == "UnitSystemLike":  # built on first use: it needs the generated enum
            return v2_models.UnitSystem | Literal["metric", "imperial"]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def unit_system(value: UnitSystemLike) -> UnitSystem:
    """``"metric"`` / ``"imperial"`` as the enum (anything else raises ``ValueError``)."""
    unit = v2_models.UnitSystem(value)
    if not unit.is_known:
        raise ValueError("unit_system must be 'metric' or 'imperial'")
    return unit


class UnitSystemHeader(Policy):
    """Sends the client's ``sc-unit-system`` with every read (``GET`` under one of ``read_urls``: the
    v2 and v3 vehicle APIs), as Smartcar's SDKs do; a read that sets its own keeps it."""

    def __init__(self, read_urls: Sequence[str], unit: UnitSystem) -> None:
        self.read_urls = tuple(url.rstrip("/") + "/" for url in read_urls)
        self.unit = str(unit)

    def on_request(self, request: httpx.Request) -> float:
        is_read = request.method == "GET" and str(request.url).startswith(self.read_urls)
        if is_read and "sc-unit-system" not in request.headers:
            request.headers["sc-unit-system"] = self.unit
        return 0.0


__all__ = ["UnitSystemHeader", "UnitSystemLike", "unit_system"]
