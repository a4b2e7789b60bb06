"""Fixtures of the reliability suite: the figures recorder, the secret watch, and DEBUG logging for
every test, scanned for secrets when the test ends."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from carconnect.core.oauth import flows, pkce

from .figures import Figures
from .leaks import LeakWatch


@pytest.fixture(scope="session")
def figures() -> Iterator[Figures]:
    recorder = Figures()
    yield recorder
    recorder.write_if_requested()


@pytest.fixture(scope="session", autouse=True)
def leak_watch() -> Iterator[LeakWatch]:
    """Secrets used by the session; every PKCE verifier core generates is added as it is made."""
    watch = LeakWatch()
    original = pkce.new_code_verifier

    def recorded(length: int = 64) -> str:
        verifier = original(length)
        watch.secret("code verifier", verifier)
        return verifier

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(flows, "new_code_verifier", recorded)
        yield watch


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(autouse=True)
def debug_logs_without_secrets(request: pytest.FixtureRequest, leak_watch: LeakWatch) -> Iterator[None]:
    """Every test runs with the root logger at DEBUG; its log must not contain a secret it used."""
    root, handler = logging.getLogger(), _Lines()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    leaks = leak_watch.scan_logs(request.node.nodeid, handler.lines)
    assert not leaks, f"secrets in the DEBUG log: {leaks[:3]}"
