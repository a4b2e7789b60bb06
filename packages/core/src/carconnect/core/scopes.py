"""OAuth scope lists as users write them: a list of names, or one space-separated string."""

from __future__ import annotations

from collections.abc import Iterable


def scope_names(scopes: Iterable[str] | str) -> tuple[str, ...]:
    """Scopes as a tuple of names: a string is read as OAuth writes a scope list (space-separated),
    never as its letters; each item of an iterable is one scope (an enum member becomes its value)."""
    if isinstance(scopes, str):
        return tuple(scopes.split())
    return tuple(str(scope) for scope in scopes)


__all__ = ["scope_names"]
