"""Session fixtures of the reliability suite: the figures recorder and the secret watch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from carconnect.core.oauth import flows

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
    original = flows.new_code_verifier

    def recorded(length: int = 64) -> str:
        verifier = original(length)
        watch.secret("code verifier", verifier)
        return verifier

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(flows, "new_code_verifier", recorded)
        yield watch
