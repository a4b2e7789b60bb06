"""Does a returned model hold what its annotations promise? (A model field typed ``str`` holding ``None``
or a number is a parse failure the caller only finds later.)

Generated models are attrs classes and the brands' own results dataclasses or NamedTuples; all keep their
annotations as strings (``"str | Unset"``, ``"list[VehicleReference]"``). This checks the parts
that can be checked without importing them: builtin scalars, ``None``, ``Unset``, lists, dicts,
datetimes and nested models by class name.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
from typing import Any

import attrs

_SCALARS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "bool": (bool,),
    "int": (int,),
    "float": (int, float),
    "None": (type(None),),
    "datetime.datetime": (datetime.datetime,),
    "datetime": (datetime.datetime,),
    "datetime.date": (datetime.date,),
    "date": (datetime.date,),
    "Any": (object,),
    "File": (object,),
}
_GENERIC = re.compile(r"^(list|dict|Mapping|Sequence)\[(.*)\]$")


def _fields(cls: type) -> list[tuple[str, Any]]:
    """``(name, annotation)`` of each field of an attrs class, dataclass or NamedTuple; else ``[]``."""
    if attrs.has(cls):
        return [(field.name, field.type) for field in attrs.fields(cls)]
    if dataclasses.is_dataclass(cls):
        return [(field.name, field.type) for field in dataclasses.fields(cls)]
    if issubclass(cls, tuple) and hasattr(cls, "_fields"):  # a NamedTuple (Ford's Position)
        return list(cls.__annotations__.items())
    return []


def _split(annotation: str) -> list[str]:
    """Top-level ``|`` alternatives of an annotation string."""
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def _matches(value: Any, option: str, path: str, found: list[str]) -> bool:
    if option == "Unset":
        return type(value).__name__ == "Unset"
    if option in _SCALARS:
        if option in ("int", "float") and isinstance(value, bool):
            return False
        return isinstance(value, _SCALARS[option])
    generic = _GENERIC.match(option)
    if generic:
        kind, inner = generic.groups()
        if kind in ("list", "Sequence"):
            if not isinstance(value, list):
                return False
            for index, item in enumerate(value):
                _check(item, inner, f"{path}[{index}]", found)
            return True
        return isinstance(value, dict)
    name = option.split("[")[0].split(".")[-1]
    if len(name) == 1:
        return True  # a type variable of a generic result class
    if isinstance(value, enum.Enum) or _fields(type(value)):
        if type(value).__name__ != name:
            return False
        found += mistyped(value, path)
        return True
    return True  # a name this check cannot resolve: give it the benefit of the doubt


def _check(value: Any, annotation: str, path: str, found: list[str]) -> None:
    options = _split(annotation)
    if not any(_matches(value, option, path, found) for option in options):
        found.append(f"{path}: {type(value).__name__} where {annotation} was promised")


def mistyped(value: Any, path: str = "result") -> list[str]:
    """Every field (dotted path) of ``value`` that does not hold what its annotation says."""
    found: list[str] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += mistyped(item, f"{path}[{index}]")
    else:
        for name, annotation in _fields(type(value)):
            if name != "additional_properties" and isinstance(annotation, str):
                _check(getattr(value, name), annotation, f"{path}.{name}", found)
    return found
