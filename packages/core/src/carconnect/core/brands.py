"""The brand registry: every installed brand package announces itself through an entry point.

A brand's ``pyproject.toml`` declares ``[project.entry-points."carconnect.brands"]`` with
``<name> = "carconnect.<name>._brand:BRAND"``; :func:`installed_brands` finds every one without
importing the brand's clients. The CLI, the reliability suite, the benchmarks and the cross-brand
layer list brands through it instead of naming them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

ENTRY_POINT_GROUP = "carconnect.brands"


@dataclass(frozen=True)
class Brand:
    """What a brand package registers: its name and where its public classes live."""

    name: str
    """Lower-case brand name: ``volvo``, ``bmw``, ``ford``, ``smartcar``."""
    title: str
    """The vendor's name as people write it."""
    module: str
    """The package that exports the classes below (``carconnect.volvo``)."""
    client: str
    """Name of the sync client class."""
    async_client: str
    """Name of the async client class."""
    auth: str
    """Name of the login-flow class."""

    def load(self, attribute: str) -> Any:
        """Import :attr:`module` and return one of its attributes (``brand.load(brand.client)``)."""
        return getattr(importlib.import_module(self.module), attribute)


def installed_brands() -> dict[str, Brand]:
    """Every brand package installed in this environment, by name, in name order."""
    found: dict[str, Brand] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        brand = entry.load()
        if not isinstance(brand, Brand):
            raise TypeError(f"entry point {entry.name!r} of {ENTRY_POINT_GROUP!r} is not a carconnect Brand")
        found[brand.name] = brand
    return dict(sorted(found.items()))


def brand(name: str) -> Brand:
    """The installed brand called ``name``; :class:`LookupError` naming the package to install."""
    brands = installed_brands()
    try:
        return brands[name]
    except KeyError:
        known = ", ".join(brands) or "none"
        raise LookupError(
            f"brand {name!r} is not installed (pip install carconnect-{name}); installed: {known}"
        ) from None
