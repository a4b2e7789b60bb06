"""Objects that hold thread locks, in-flight work or connections, made safe across ``os.fork()``.

A fork copies thread locks and in-flight work as they were, but not the threads that hold or finish
them (multiprocessing's fork workers, servers that fork after import). :func:`reset_in_forked_child`
registers what a child must reset. A forked child also shares its parent's open sockets: a client's
:class:`Place` (or :class:`AsyncPlace`, which also follows the event loop) tells its transports
(:mod:`carconnect.core.renewing`) when connections opened earlier must be left to their owner and new
ones opened.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import LOOP_IN_USE_MESSAGE, EventLoopError

if TYPE_CHECKING:
    import asyncio

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


class Place:
    """Where a sync client's own connections may be used: the process that opened them.

    :meth:`here` names where a call runs; connections opened for another place (the parent of a
    forked child) are left to it, unclosed, and new ones opened. ``lock`` serialises that renewal.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.told = os.getpid()
        reset_in_forked_child(self, Place._forked)

    def _forked(self) -> None:
        self.lock = threading.Lock()

    def unused(self) -> object:
        """Where connections not used yet belong: this process."""
        return os.getpid()

    def here(self) -> object:
        """Where the running call is: this process."""
        return os.getpid()

    def fits(self, made: object, here: object) -> bool:
        """Whether connections made for ``made`` may serve a call ``here``."""
        return made == here

    def owns(self, made: object) -> bool:
        """Whether connections made for ``made`` may be closed from here."""
        return made == os.getpid()

    def first_call_since_fork(self) -> bool:
        """``True`` the first time it is asked in a process forked after the client was made."""
        pid = os.getpid()
        if pid == self.told:
            return False
        self.told = pid
        return True


class AsyncPlace(Place):
    """Where an async client's own connections may be used: the process, and the event loop, that
    opened them.

    A client serves one event loop at a time: once the loop it served has closed (a job run with
    ``asyncio.run`` ended) the next loop gets new connections, while a call from a second loop that
    runs as long as the first one is open raises :class:`~carconnect.core.EventLoopError`. Under
    another async library (no asyncio loop running) only the process counts.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pid = os.getpid()
        self.loop: asyncio.AbstractEventLoop | None = None

    def unused(self) -> object:
        return (os.getpid(), None)

    def here(self) -> object:
        """Where the running call is: this process and its running event loop, which becomes the one
        the client serves. Raises :class:`~carconnect.core.EventLoopError` while another loop of
        this process that is still open is served."""
        pid, loop = os.getpid(), _running_loop()
        if loop is None or (loop is self.loop and pid == self.pid):
            return (pid, loop)
        with self.lock:
            served = self.loop
            if pid == self.pid and served is not None and served is not loop and not served.is_closed():
                raise EventLoopError(LOOP_IN_USE_MESSAGE)
            self.pid, self.loop = pid, loop
        return (pid, loop)

    def fits(self, made: object, here: object) -> bool:
        """Connections not used yet fit any loop of their process; others only their own loop."""
        return made == here or (isinstance(here, tuple) and made == (here[0], None))

    def owns(self, made: object) -> bool:
        return isinstance(made, tuple) and made[0] == os.getpid() and made[1] in (None, _running_loop())


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio  # loaded already wherever a coroutine runs; not at import

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
