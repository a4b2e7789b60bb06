"""Rewrites of JSON bodies for the ``null_fields`` and ``unknown_enum`` faults."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

_ENUM_LIKE = re.compile(r"^[A-Z][A-Z_]*[A-Z]$")

Slot = tuple[Any, Any]  # (container, key or index)


def _children(node: Any) -> Iterator[Slot]:
    if isinstance(node, dict):
        yield from ((node, key) for key in list(node))
    elif isinstance(node, list):
        yield from ((node, index) for index in range(len(node)))


def _leaves(node: Any) -> Iterator[Slot]:
    for container, key in _children(node):
        child = container[key]
        if isinstance(child, dict | list):
            yield from _leaves(child)
        else:
            yield container, key


def _select(node: Any, parts: Sequence[str]) -> Iterator[Slot]:
    if not parts:
        return
    head, rest = parts[0], parts[1:]
    for container, key in _children(node):
        if head != "*" and str(key) != head:
            continue
        if rest:
            yield from _select(container[key], rest)
        else:
            yield container, key


def _slots(data: Any, paths: Sequence[str] | None) -> list[Slot]:
    if paths is None:
        return list(_leaves(data))
    return [slot for path in paths for slot in _select(data, path.split("."))]


def _rewrite(data: Any, paths: Sequence[str] | None, change: Callable[[Any], Any]) -> Any:
    for container, key in _slots(data, paths):
        container[key] = change(container[key])
    return data


def null_fields(data: Any, paths: Sequence[str] | None = None) -> Any:
    """Set the selected fields (default: every scalar leaf) to ``None``, in place."""
    return _rewrite(data, paths, lambda _: None)


def unknown_enums(data: Any, value: str, paths: Sequence[str] | None = None) -> Any:
    """Replace enum values with ``value``: the selected fields, or every UPPER_CASE string leaf."""
    if paths is not None:
        return _rewrite(data, paths, lambda _: value)
    return _rewrite(data, None, lambda old: value if isinstance(old, str) and _ENUM_LIKE.match(old) else old)
