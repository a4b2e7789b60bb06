"""Objects that hold thread locks or in-flight work, made safe across ``os.fork()``.

A fork copies thread locks and in-flight work as they were, but not the threads that hold or finish
them (multiprocessing's fork workers, servers that fork after import). :func:`reset_in_forked_child`
registers what a child must reset.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")
_FORK_RESETS: weakref.WeakKeyDictionary[Any, Callable[[Any], None]] = weakref.WeakKeyDictionary()


def reset_in_forked_child(owner: _T, reset: Callable[[_T], None]) -> None:
    """Run ``reset(owner)`` in the child of every later ``os.fork()``, for as long as ``owner`` lives.

    ``reset`` gives the child fresh locks and forgets work the parent's threads were doing. An owner
    that cannot be hashed or weakly referenced is left as it is.
    """
    with contextlib.suppress(TypeError):
        _FORK_RESETS[owner] = reset


def _reset_forked_child() -> None:
    for owner, reset in list(_FORK_RESETS.items()):
        reset(owner)


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_reset_forked_child)
