"""Brand adapters for the CLI, for the brands installed in this environment."""

from __future__ import annotations

import importlib
import importlib.util

from carconnect.core.brands import installed_brands

from .base import BrandAdapter, Target, VehicleRow


def available() -> tuple[str, ...]:
    """Installed brands (``carconnect.core.brands.installed_brands()``) that the CLI has an adapter for."""
    return tuple(name for name in installed_brands() if importlib.util.find_spec(f"{__name__}.{name}") is not None)


def adapter(brand: str, api: str | None = None) -> BrandAdapter:
    """The adapter of ``brand`` (imported on demand so the CLI starts fast), for ``api`` when the brand
    has several (``None``: its default)."""
    if brand not in available():
        raise KeyError(brand)
    module = importlib.import_module(f"{__name__}.{brand}")
    found: BrandAdapter = module.ADAPTER
    return found.variant(api)


__all__ = ["BrandAdapter", "Target", "VehicleRow", "adapter", "available"]
