"""Brand adapters for the CLI, looked up by name."""

from __future__ import annotations

import importlib

from .base import BrandAdapter, Target, VehicleRow

BRANDS = ("volvo", "bmw", "ford", "smartcar")


def adapter(brand: str) -> BrandAdapter:
    """The adapter of ``brand`` (imported on demand so the CLI starts fast)."""
    if brand not in BRANDS:
        raise KeyError(brand)
    module = importlib.import_module(f"{__name__}.{brand}")
    found: BrandAdapter = module.ADAPTER
    return found


__all__ = ["BRANDS", "BrandAdapter", "Target", "VehicleRow", "adapter"]
