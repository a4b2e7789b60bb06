"""Smartcar's unit systems: ``"metric"`` or ``"imperial"``, per client and per read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

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


__all__ = ["UnitSystemLike", "unit_system"]
