"""Smartcar's unit systems: ``"metric"`` or ``"imperial"``, per client and per read."""

from __future__ import annotations

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


class V3UnitSystem(Policy):
    """Sends the client's ``sc-unit-system`` with every v3 read (``GET`` under ``v3_url``), as Smartcar's SDKs do.

    v2 reads send the header themselves (each may choose its unit system); a header already set wins.
    """

    def __init__(self, v3_url: str, unit: UnitSystem) -> None:
        self.v3_url = v3_url.rstrip("/") + "/"
        self.unit = str(unit)

    def on_request(self, request: httpx.Request) -> float:
        if request.method == "GET" and str(request.url).startswith(self.v3_url):
            request.headers.setdefault("sc-unit-system", self.unit)
        return 0.0


__all__ = ["UnitSystemLike", "V3UnitSystem", "unit_system"]
