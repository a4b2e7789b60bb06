"""The one "absent" value of every generated model: a field the vendor left out of its answer.

Response fields that may be absent are typed ``T | Unset`` (or ``T | Unset | None`` where the vendor
may also send ``null``). :data:`UNSET` is falsy, so ``if model.field:`` skips it; :func:`present`
narrows a field to ``T | None`` for code that treats "absent" and ``null`` alike.
"""

from __future__ import annotations

from typing import Final, Literal, TypeVar

T = TypeVar("T")


class Unset:
    """The type of :data:`UNSET`; there is one instance."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()
"""A field the vendor did not send."""


def present(value: T | Unset | None) -> T | None:
    """``value``, or ``None`` when it is :data:`UNSET`: ``present(odometer.value)`` is ``int | None``."""
    return None if isinstance(value, Unset) else value
