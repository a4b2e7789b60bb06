"""Namespaces whose names load on first use (PEP 562), so importing a brand package stays cheap.

The brands' ``models`` modules re-export hundreds of generated attrs classes; building them all costs
more than importing httpx. :func:`reexport` gives such a module a ``__getattr__`` that imports a name's
module only when the name is first used, and a ``__dir__`` listing everything. Type checkers read
the module's ``if TYPE_CHECKING:`` imports instead and see ordinary names.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, MutableMapping
from types import ModuleType
from typing import Any

Source = ModuleType | str
"""A module holding names (with an ``__all__``), or its absolute name to import when first needed."""


def reexport(
    namespace: MutableMapping[str, Any], *sources: Source
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the module whose ``globals()`` is ``namespace``.

    A name listed in the module's ``__all__`` is looked up in ``sources`` in order (the first that
    exports it wins) and cached in ``namespace``, so it is resolved once.
    """

    def module(source: Source) -> ModuleType:
        return importlib.import_module(source) if isinstance(source, str) else source

    def getattr_(name: str) -> object:
        if name in namespace.get("__all__", ()):
            for source in sources:
                found = module(source)
                if name in getattr(found, "__all__", ()):
                    value = getattr(found, name)
                    namespace[name] = value
                    return value
        raise AttributeError(f"module {namespace.get('__name__')!r} has no attribute {name!r}")

    def dir_() -> list[str]:
        return sorted(set(namespace) | set(namespace.get("__all__", ())))

    return getattr_, dir_
