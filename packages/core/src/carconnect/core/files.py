"""State files shared by threads and processes: an exclusive lock beside a file, and atomic writes.

Token stores and BMW's quota ledger keep state that several workers read and write: :class:`FileLock`
orders them, :func:`replace_file` makes every write all or nothing.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from .forks import reset_in_forked_child


class FileLock:
    """An exclusive lock on ``<path>.lock`` (mode 0600, created on first use; it holds no data).

    ``path`` is resolved once, here: a symbolic link to the file shares its target's lock file.

    ``flock`` orders processes; a thread lock orders the threads of this process, which ``flock``
    alone does not do for threads sharing one open file. Directories are created as needed (0700).

    A child forked while the lock is held starts with the lock free: it closes its copy of the
    descriptor (the parent's ``flock`` then ends when the parent releases it) and gets a new thread lock.
    """

    def __init__(self, path: Path) -> None:
        path = resolved(path)
        self.path = path.with_name(f"{path.name}.lock")
        self._threads = threading.Lock()
        self._holder: HeldFileLock | None = None
        """Who holds the lock now (its descriptor holds the ``flock``)."""
        reset_in_forked_child(self, FileLock._forget_after_fork)

    def _forget_after_fork(self) -> None:
        holder, self._holder = self._holder, None
        if holder is not None:
            holder._forget_descriptor()  # only this process's copy: the parent still holds its flock
        self._threads = threading.Lock()

    @property
    def holder(self) -> HeldFileLock | None:
        """The :class:`HeldFileLock` holding the lock in this process now, if any."""
        return self._holder

    def held(self, failed: Callable[[OSError], Exception] | None = None) -> HeldFileLock:
        """A context manager holding the lock for its ``with`` block; ``failed`` turns an error of the
        file system into the caller's own."""
        return HeldFileLock(self, failed)


POLL_PAUSE = 0.05
"""Seconds between tries of :meth:`HeldFileLock.try_enter` (nothing signals a release across processes)."""


class HeldFileLock:
    """The context manager :meth:`FileLock.held` returns (entered and exited once).

    ``__enter__`` waits for the lock; :meth:`try_enter` tries once without waiting, for callers that
    wait elsewhere (an event loop, so that waiters never fill its worker threads while the holder
    needs one to finish).
    """

    def __init__(self, lock: FileLock, failed: Callable[[OSError], Exception] | None) -> None:
        self._lock = lock
        self._failed = failed
        self._threads: threading.Lock | None = None
        """The thread lock this holder took (a fork may have replaced the file lock's meanwhile)."""
        self._fd: int | None = None
        """This holder's descriptor, which holds the ``flock``."""

    def __enter__(self) -> None:
        self._take(wait=True)

    def try_enter(self) -> float | None:
        """``None`` once the lock is held (as after ``__enter__``), else the seconds to wait before trying again."""
        return None if self._take(wait=False) else POLL_PAUSE

    def __exit__(self, *exc_info: object) -> None:
        threads, self._threads = self._threads, None
        if threads is None:  # never taken: nothing of this holder's to release
            return
        if self._lock._holder is self:  # else a fork's reset let go of it in this (child) process
            self._lock._holder = None
        self._forget_descriptor()  # closing the only descriptor releases the flock
        with contextlib.suppress(RuntimeError):  # a fork's reset gave the child a new thread lock
            threads.release()

    def _forget_descriptor(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def _take(self, *, wait: bool) -> bool:
        try:
            return self._take_or_fail(wait)
        except OSError as exc:
            if self._failed is None:
                raise
            raise self._failed(exc) from exc

    def _take_or_fail(self, wait: bool) -> bool:
        import fcntl  # POSIX only, and only where a file is locked

        lock = self._lock
        lock.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        threads = lock._threads
        if not threads.acquire(blocking=wait):
            return False
        try:
            fd = os.open(lock.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BaseException:
                os.close(fd)
                raise
        except BlockingIOError:
            threads.release()
            return False
        except BaseException:
            threads.release()
            raise
        self._fd, self._threads, lock._holder = fd, threads, self
        return True


def replace_file(path: Path, data: bytes) -> None:
    """Make ``data`` the content of ``path`` (mode 0600) so that a crash leaves the old or the new
    content, never a mix: a temporary file in the same directory is written and fsynced, renamed over
    ``path``, and the directory is fsynced. Directories are created as needed (0700). A symbolic link
    at ``path`` is followed: its target is replaced and the link stays."""
    import tempfile  # only where state is written, not at import

    path = resolved(path)
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


def resolved(path: Path) -> Path:
    """``path`` made absolute with its symbolic links followed, as far as they exist (a loop of links
    is left for the file operation to report)."""
    return Path(os.path.realpath(path))


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


__all__ = ["FileLock", "fsync_directory", "remove_file", "replace_file", "reset_in_forked_child", "resolved"]
