"""Token stores: where a refreshed token is persisted before anyone uses it.

A store also provides :meth:`TokenStore.lock`, held around "reload, refresh, save" so that two
threads or two processes sharing one store never both spend the same (rotating) refresh token.
Messages and logs name a store by its ``label`` (:func:`store_label`), never by a token.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .errors import CarConnectError, TransportError
from .files import FileLock, HeldFileLock, remove_file, replace_file, resolved
from .forks import reset_in_forked_child
from .tokens import NewerFormatError, Token

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("carconnect.core.tokens")


class TokenStoreError(CarConnectError):
    """The token store could not be read or written."""


class UnreadableTokenError(TokenStoreError):
    """The store holds something that is not a token this carconnect can read (damaged, foreign, or
    written by a newer carconnect): the store itself answered."""


def unreadable_token(where: str, problem: ValueError) -> UnreadableTokenError:
    """The error for a stored token :meth:`Token.from_json` refused (``where``: the file, key or
    entry): a newer carconnect's format asks for an upgrade, anything else for a new login."""
    if isinstance(problem, NewerFormatError):
        return UnreadableTokenError(f"{where} was {problem}")
    return UnreadableTokenError(f"{where} is not a valid token: log in again to replace it")


class StoreUnavailableError(TokenStoreError, TransportError):
    """A shared store could not be used: Redis did not answer, or the system refused a shared file (a
    quota ledger it cannot read or write). Nothing was read or written and no token was lost; the
    message says which store and why (a refused file needs its permissions or disk fixed first)."""


class LeaseLostError(TokenStoreError):
    """A newer token was written since this worker took its refresh lease, so its write was refused.

    The worker stalled past its lease and another one refreshed meanwhile: the newer token stays stored.
    """


@runtime_checkable
class TokenStore(Protocol):
    """Persistence for one account's token."""

    def load(self) -> Token | None:
        """The stored token, or ``None`` when there is none."""
        ...

    def save(self, token: Token) -> None:
        """Persist ``token`` durably (it must survive a crash right after this returns)."""
        ...

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """An exclusive lock around a refresh, shared by every user of the same storage."""
        ...

    def delete(self) -> None:
        """Forget the stored token (a dead login); nothing happens when there is none."""
        ...


@runtime_checkable
class LeasedTokenStore(TokenStore, Protocol):
    """A store whose lock is a lease that can end while it is held (``RedisTokenStore``)."""

    def renew_lease(self) -> bool:
        """Renew the lease :meth:`lock` took if it is still this holder's; whether it was."""
        ...


_HELD: contextvars.ContextVar[frozenset[object]] = contextvars.ContextVar("carconnect_held_locks", default=frozenset())
"""The store locks (what a store's ``lock()`` returned) held by the code running in this context."""


def mark_held(lock: object, held: bool = True) -> None:
    """Mark ``lock`` (what a store's ``lock()`` returned) as held, or no longer held, by the code
    running in the current context.

    A store whose lock carries a right (a Redis lease's fence) grants it only to its holder: the code
    that took the lock, and the worker threads it runs through :func:`asyncio.to_thread` or
    :func:`~carconnect.core.tasks.run_blocking`, which copy its context. Other threads and tasks, even
    those sharing the store object, do not hold it. A plain ``threading.Thread`` does not copy the
    context: the holder's right does not reach it.
    """
    locks = _HELD.get()
    _HELD.set(locks | {lock} if held else locks - {lock})


def held_here(lock: object) -> bool:
    """Whether the code running in the current context holds ``lock`` (see :func:`mark_held`)."""
    return lock in _HELD.get()


def store_label(store: object) -> str:
    """A short name for ``store`` in messages: its ``label`` attribute, else its class name."""
    label = getattr(store, "label", None)
    return label if isinstance(label, str) else type(store).__name__


class MemoryTokenStore:
    """A store in process memory (the default when you pass a token directly).

    ``label``: how messages and log records name it (``"memory store"`` unless given), so that the
    stores of several logins in one process can be told apart (``label="volvo user-42"``).
    """

    def __init__(self, token: Token | None = None, *, label: str = "memory store") -> None:
        self.label = label
        self._token = token
        self._lock = threading.Lock()
        reset_in_forked_child(self, MemoryTokenStore._unlock_after_fork)

    def _unlock_after_fork(self) -> None:
        self._lock = threading.Lock()  # the thread holding it was not copied

    def load(self) -> Token | None:
        return self._token

    def save(self, token: Token) -> None:
        self._token = token

    def delete(self) -> None:
        self._token = None

    def lock(self) -> contextlib.AbstractContextManager[None]:
        return _hold(self._lock)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(token={self._token!r})"


@contextlib.contextmanager
def _hold(lock: threading.Lock) -> Iterator[None]:
    with lock:
        yield


class HeldStoreFile(HeldFileLock):
    """A file-backed token store's lock (:meth:`FileTokenStore.lock`): entering it also marks it as
    held in the caller's context (:func:`mark_held`), and exiting unmarks it, so the store's own
    writes from the holder (and the worker threads it runs with a copy of its context) do not wait
    for it. A caller that enters it through :meth:`try_enter` marks it itself."""

    def __enter__(self) -> None:
        super().__enter__()
        mark_held(self)

    def __exit__(self, *exc_info: object) -> None:
        mark_held(self, held=False)
        super().__exit__(*exc_info)


class LoopHeldLocks:
    """The store locks tasks hold through :func:`_locked` in this process, each with its store, its
    task's event loop, and how to release it (once).

    A loop closed without cancelling its tasks (``run_until_complete`` after a timeout, then
    ``close()``) leaves such a lock held for good: the task never runs again. The next user of the
    same store object in this process (a token manager's lock, a file store's save or delete)
    releases it first (:func:`release_orphans`).
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[Callable[[], None], tuple[object, asyncio.AbstractEventLoop]] = {}
        reset_in_forked_child(self, LoopHeldLocks._forget)

    def _forget(self) -> None:
        self._guard = threading.Lock()
        self._held = {}  # the parent's tasks are not in the child; its stores reset their locks

    def add(self, release: Callable[[], None], store: object, loop: asyncio.AbstractEventLoop) -> None:
        with self._guard:
            self._held[release] = (store, loop)

    def discard(self, release: Callable[[], None]) -> None:
        with self._guard:
            self._held.pop(release, None)

    def has_orphans(self, store: object) -> bool:
        with self._guard:
            return any(of is store and loop.is_closed() for of, loop in self._held.values())

    def orphans(self, store: object) -> list[Callable[[], None]]:
        """Take out the releases of ``store``'s locks held by tasks of closed event loops."""
        with self._guard:
            found = [release for release, (of, loop) in self._held.items() if of is store and loop.is_closed()]
            for release in found:
                del self._held[release]
        return found


LOOP_HELD = LoopHeldLocks()


def release_orphans(store: TokenStore) -> None:
    """Release the locks of ``store`` that tasks of closed event loops held (see
    :class:`LoopHeldLocks`). A lock that cannot be released from another thread stays held: that
    is logged, and the caller waits for it as for any held lock."""
    for release in LOOP_HELD.orphans(store):
        try:
            release()
        except Exception as exc:  # a store's own lock that only its holder's thread may release
            logger.warning(
                "the lock of %s is held by a task of an event loop closed without ending it, and could not be "
                "released: %s: %s",
                store_label(store),
                type(exc).__name__,
                str(exc),
            )
        else:
            logger.warning(
                "the lock of %s was held by a task of an event loop closed without ending it: released",
                store_label(store),
            )


WRITE_LOCK_WAIT = 30.0
"""Seconds a file-backed store's save or delete waits for the store's lock before it writes without it."""


@contextlib.contextmanager
def file_locked(store: TokenStore, lock: FileLock, failed: Callable[[OSError], Exception]) -> Iterator[None]:
    """``lock`` held around one write of a file-backed ``store``, unless the code running holds it
    already (:func:`held_here`: a refresh saving under the store's lock); ``failed`` makes a file
    system error taking it the store's error.

    The write waits for a refresh in flight, which holds the lock, so that it never lands between
    the refresh's re-read of the store and its save. It does not wait without end: on a thread
    running an event loop (whose own task may hold the lock and need that loop to finish) it does
    not wait at all, elsewhere at most :data:`WRITE_LOCK_WAIT` seconds; then it writes without the
    lock, as stores did before writes took it, and says so at WARNING.
    """
    holder = lock.holder
    if holder is not None and held_here(holder):
        yield
        return
    release_orphans(store)
    held = HeldStoreFile(lock, failed)
    if _take_for_write(held):
        try:
            yield
        finally:
            held.__exit__(None, None, None)
        return
    logger.warning("%s: its lock is held by a refresh in flight; writing without it", store_label(store))
    yield


def _take_for_write(held: HeldStoreFile) -> bool:
    """Take ``held`` (marking it held here) within the wait :func:`file_locked` allows."""
    import time

    on_a_loop = _running_loop() is not None
    deadline = time.monotonic() + (0.0 if on_a_loop else WRITE_LOCK_WAIT)
    while True:
        pause = held.try_enter()
        if pause is None:
            mark_held(held)
            return True
        if time.monotonic() + pause > deadline:
            return False
        time.sleep(pause)


def _running_loop() -> object | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class FileTokenStore:
    """A JSON file (mode 0600) replaced atomically, with a cross-process lock file beside it.

    Saving writes a temporary file in the same directory, fsyncs it, renames it over the old one and
    fsyncs the directory, so a crash at any point leaves either the old or the new token, never a
    torn file. :meth:`lock` takes an exclusive ``flock`` on ``<path>.lock`` (and a thread lock, since
    ``flock`` alone does not order threads sharing one open file). :meth:`save` and :meth:`delete`
    take that lock too, unless the code calling them holds it already (a refresh saving under it),
    so a login or logout by another process or thread waits for a refresh in flight and never lands
    between its re-read of the file and its save. Failures of the file system (permissions, a full
    disk...) raise :class:`TokenStoreError`.

    A symbolic link is resolved once, when the store is built: the store reads, replaces and deletes
    the link's target and locks beside it, so users of the link and of the target share one lock and
    the link stays a link. ``path`` (and the messages) keep the path as given.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        self._file = resolved(self.path)
        """The file the store reads and writes: :attr:`path` with its symbolic links resolved."""
        self._lock = FileLock(self._file)

    @property
    def label(self) -> str:
        return f"file {self.path}"

    def __repr__(self) -> str:
        return f"FileTokenStore(path={str(self.path)!r})"

    def load(self) -> Token | None:
        try:
            document = self._file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _file_error("read token file", self.path, exc) from exc
        try:
            return Token.from_json(document)
        except ValueError as exc:
            raise unreadable_token(f"token file {self.path}", exc) from exc

    def save(self, token: Token) -> None:
        """Replace the file with ``token``, under the lock unless the caller holds it."""
        document = json.dumps(token.to_dict(), indent=1).encode("utf-8")
        with file_locked(self, self._lock, self._lock_error):
            try:
                replace_file(self._file, document)
            except OSError as exc:
                raise _file_error("write token file", self.path, exc) from exc

    def delete(self) -> None:
        """Remove the file (logging out), under the lock unless the caller holds it."""
        with file_locked(self, self._lock, self._lock_error):
            try:
                remove_file(self._file)
            except OSError as exc:
                raise _file_error("delete token file", self.path, exc) from exc

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """The file lock; only taking it is reported as a store error."""
        return HeldStoreFile(self._lock, self._lock_error)

    def _lock_error(self, exc: OSError) -> TokenStoreError:
        return _file_error("take lock file", self._lock.path, exc)


def _file_error(action: str, path: Path, exc: OSError) -> TokenStoreError:
    """A store error naming ``path`` (and the path the OS refused, when that is another one)."""
    reason = exc.strerror or type(exc).__name__
    if exc.filename is not None and os.fspath(exc.filename) != os.fspath(path):
        reason = f"{reason} ({os.fsdecode(exc.filename)})"
    return TokenStoreError(f"cannot {action} {path}: {reason}")
