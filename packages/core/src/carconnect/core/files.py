"""State files shared by threads and processes: an exclusive lock beside a file, and atomic writes.

Token stores and BMW's quota ledger keep state that several workers read and write: :class:`FileLock`
orders them, :func:`replace_file` makes every write all or nothing. :func:`reset_in_forked_child`
lets objects that hold thread locks survive an ``os.fork()``.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")
_FORK_RESETS: weakref.WeakKeyDictionary[Any, Callable[[Any], None]] = weakref.WeakKeyDictionary()


def reset_in_forked_child(owner: _T, reset: Callable[[_T], None]) -> None:
    """Run ``reset(owner)`` in the child of every later ``os.fork()``, for as long as ``owner`` lives.

    A fork copies thread locks and in-flight work as they were, but not the threads that hold or
    finish them: ``reset`` gives the child fresh ones (multiprocessing's fork workers, servers that
    fork after import). An owner that cannot be hashed or weakly referenced is left as it is.
    """
    with contextlib.suppress(TypeError):
        _FORK_RESETS[owner] = reset


def _reset_forked_child() -> None:
    for owner, reset in list(_FORK_RESETS.items()):
        reset(owner)


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_reset_forked_child)


class FileLock:
    """An exclusive lock on ``<path>.lock`` (mode 0600, created on first use; it holds no data).

    ``flock`` orders processes; a thread lock orders the threads of this process, which ``flock``
    alone does not do for threads sharing one open file. Directories are created as needed (0700).

    A child forked while the lock is held starts with the lock free: it closes its copy of the
    descriptor (the parent's ``flock`` then ends when the parent releases it) and gets a new thread lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(f"{path.name}.lock")
        self._threads = threading.Lock()
        self._fd: int | None = None
        """The descriptor holding the ``flock`` while the lock is held."""
        reset_in_forked_child(self, FileLock._forget_after_fork)

    def _forget_after_fork(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)  # only this process's copy: the parent still holds its flock
        self._threads = threading.Lock()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the ``with`` block."""
        import fcntl  # POSIX only, and only where a file is locked

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._threads:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._fd = fd
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                if self._fd == fd:  # not closed by a fork's reset already
                    self._fd = None
                    os.close(fd)  # closing the only descriptor releases the flock


def replace_file(path: Path, data: bytes) -> None:
    """Make ``data`` the content of ``path`` (mode 0600) so that a crash leaves the old or the new
    content, never a mix: a temporary file in the same directory is written and fsynced, renamed over
    ``path``, and the directory is fsynced. Directories are created as needed (0700)."""
    import tempfile  # only where state is written, not at import

    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_directory(directory)


def remove_file(path: Path) -> None:
    """Delete ``path`` durably (the directory is fsynced); nothing happens when it does not exist."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Flush ``directory``'s entries (a rename or unlink in it) to disk, where the platform allows."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = ["FileLock", "fsync_directory", "remove_file", "replace_file", "reset_in_forked_child"]
