"""`carconnect login` and `carconnect logout` write the token store under its lock, taken only for the
write: a service's refresh that holds the lock ends first, and its token never replaces the login or
undoes the logout."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from carconnect.cli import main as cli_main
from carconnect.cli import storage
from carconnect.cli.demo import _user_agent_visit
from carconnect.core import FileTokenStore, Token, TokenStore
from carconnect.core.files import HeldFileLock

from .conftest import Cli

REFRESHED = Token("at-refreshed", "rt-refreshed")
"""What a service's refresh of the old login saves while it holds the lock."""


class Watched(FileTokenStore):
    """The CLI's file store, telling the test when the CLI asks for its lock."""

    asked: threading.Event

    def lock(self) -> contextlib.AbstractContextManager[None]:
        self.asked.set()
        return super().lock()


def while_a_refresh_holds_the_lock(
    monkeypatch: pytest.MonkeyPatch, path: Path, command: Callable[[], Result]
) -> Result:
    """Run ``command`` while another holder of the store's lock (a service refreshing) saves
    :data:`REFRESHED`: it takes the lock first and saves once the command asked for the lock or ended."""
    progressed = threading.Event()
    Watched.asked = progressed
    store_for = storage.store_for

    def watched(brand: str, account: str = "default", sim: bool = False) -> TokenStore:
        store = store_for(brand, account, sim)
        assert isinstance(store, FileTokenStore)
        return Watched(store.path)

    monkeypatch.setattr(storage, "store_for", watched)
    results: list[Result] = []

    def run() -> None:
        try:
            results.append(command())
        finally:
            progressed.set()

    service = FileTokenStore(path)
    with service.lock():
        thread = threading.Thread(target=run)
        thread.start()
        assert progressed.wait(30)
        service.save(REFRESHED)  # the refresh's save, under its lock
    thread.join(30)
    [result] = results
    assert result.exit_code == 0, result.output
    return result


def test_a_logout_during_a_refresh_is_not_undone(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("login", "volvo")
    path = home / "tokens" / "volvo-sim-default.json"
    result = while_a_refresh_holds_the_lock(monkeypatch, path, lambda: cli("--json", "logout", "volvo"))
    assert '"removed": true' in result.stdout
    assert not path.exists()


def test_a_login_during_a_refresh_is_not_overwritten(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("login", "volvo")
    path = home / "tokens" / "volvo-sim-default.json"
    first = FileTokenStore(path).load()
    assert first is not None
    while_a_refresh_holds_the_lock(monkeypatch, path, lambda: cli("--json", "login", "volvo"))
    stored = FileTokenStore(path).load()
    assert stored is not None
    assert stored.refresh_token not in (REFRESHED.refresh_token, first.refresh_token)  # the new login


def test_the_lock_is_free_while_the_browser_login_waits(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = home / "tokens" / "volvo-sim-default.json"
    free: list[bool] = []

    def visit(url: str) -> object:
        probe = FileTokenStore(path).lock()
        assert isinstance(probe, HeldFileLock)
        free.append(probe.try_enter() is None)
        probe.__exit__(None, None, None)
        return _user_agent_visit(url)

    monkeypatch.setattr(cli_main, "_browser", lambda: visit)
    cli.json("login", "volvo")
    cli.json("login", "volvo")
    assert free == [True, True]
