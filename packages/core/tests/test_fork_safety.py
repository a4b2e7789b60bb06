"""A process forked while a lock is held or a refresh is in flight starts free of both."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from carconnect.core import FakeClock, MemoryTokenStore, Token, TokenManager
from carconnect.core.files import FileLock

from .conftest import forked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def reads(fd: int, timeout: float = 5.0) -> bytes:
    """What the child wrote on ``fd`` within ``timeout`` (nothing: it is stuck)."""
    ready, _, _ = select.select([fd], [], [], timeout)
    return os.read(fd, 100) if ready else b""


def end(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def test_a_child_forked_while_a_file_lock_is_held_starts_with_it_free(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "state")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with lock.held():
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(5)
    read, write = os.pipe()

    def child() -> None:
        with lock.held():  # the same object, whose lock the parent's thread held at the fork
            os.write(write, b"took")
        time.sleep(30)  # stays alive, as a pool worker does

    pid = forked(child)
    try:
        release.set()
        holder.join(5)
        assert reads(read) == b"took"
        took = threading.Event()

        def take() -> None:
            with FileLock(tmp_path / "state").held():
                took.set()

        threading.Thread(target=take, daemon=True).start()
        assert took.wait(5)  # the living child holds no copy of the lock
    finally:
        end(pid)
        os.close(read)
        os.close(write)


def test_a_child_forked_during_a_refresh_does_not_wait_for_it(clock: FakeClock) -> None:
    parent = os.getpid()
    sent, answer = threading.Event(), threading.Event()

    class Refresher:
        def refresh(self, token: Token) -> Token:
            if os.getpid() == parent:
                sent.set()
                answer.wait(5)
            return Token(f"at-{os.getpid()}", "rt-1", expires_at=clock.now() + timedelta(hours=1))

        async def arefresh(self, token: Token) -> Token:
            return self.refresh(token)

    store = MemoryTokenStore(Token("at-0", "rt-0", expires_at=clock.now()))
    manager = TokenManager(store, Refresher(), clock=clock)
    leader = threading.Thread(target=manager.get_access_token)
    leader.start()
    assert sent.wait(5)  # the refresh is in flight, the store's lock is held
    read, write = os.pipe()

    def child() -> None:
        os.write(write, manager.get_access_token().encode())

    pid = forked(child)
    try:
        answer.set()
        leader.join(5)
        assert reads(read) == f"at-{pid}".encode()
        assert manager.get_access_token() == f"at-{parent}"
    finally:
        end(pid)
        os.close(read)
        os.close(write)


def test_a_holder_forked_inside_its_block_never_releases_a_later_holders_lock(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "state")
    outer = lock.held()
    outer.__enter__()
    read, write = os.pipe()

    def child() -> None:
        inside, leave = threading.Event(), threading.Event()

        def later_holder() -> None:
            with lock.held():  # taken once the parent's flock ends
                inside.set()
                leave.wait(10)

        thread = threading.Thread(target=later_holder)
        thread.start()
        assert inside.wait(10)
        outer.__exit__(None, None, None)  # the child's copy of the outer holder leaves its block
        probe = os.open(lock.path, os.O_RDWR)
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(write, b"broken")
        except BlockingIOError:
            os.write(write, b"exclusive")
        leave.set()
        thread.join(10)

    pid = forked(child)
    try:
        outer.__exit__(None, None, None)
        assert reads(read, timeout=10) == b"exclusive"
    finally:
        os.waitpid(pid, 0)
        os.close(read)
        os.close(write)
