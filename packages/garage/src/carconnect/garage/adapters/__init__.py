"""Per-brand adapters, found through the brand registry: ``carconnect.garage.adapters.<brand>`` for each
installed brand package whose client is handed to the garage."""

from __future__ import annotations

import importlib
from typing import Any

from carconnect.core.brands import installed_brands

from .base import Adapter


def brand_of(client: Any) -> str:
    """The registered brand whose package defines ``client``'s class (``TypeError`` for any other object)."""
    module = type(client).__module__
    for name, brand in installed_brands().items():
        if module == brand.module or module.startswith(brand.module + "."):
            return name
    raise TypeError(f"{type(client).__name__} is not a client of an installed carconnect brand")


def adapter_for(client: Any, **options: Any) -> Adapter:
    """The adapter of an async brand client (``LookupError`` when the garage has none for its brand);
    ``options`` go to the brand's adapter (see each ``adapters.<brand>.adapt``)."""
    name = brand_of(client)
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{name}":
            raise
        raise LookupError(f"carconnect-garage has no adapter for brand {name!r}") from None
    adapter: Adapter = module.adapt(client, **options)
    return adapter


__all__ = ["Adapter", "adapter_for", "brand_of"]
