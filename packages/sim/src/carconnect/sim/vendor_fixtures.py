"""The captured vendor payloads that fixture tests read: never in a repository, always beside it.

The folder is ``$CARCONNECT_FIXTURES``, by default ``shared/fixtures`` beside the monorepo holding the
test module. A test module or test that needs it calls :func:`fixtures_dir` (or :func:`fixture_file`
for one payload): when it is missing they skip, at module level too, or fail when
``CARCONNECT_REQUIRE_FIXTURES`` is set to anything but ``0`` (as in CI), so that a run without the
payloads cannot pass by skipping them.

    FIXTURES = fixtures_dir(__file__, "volvo")  # $CARCONNECT_FIXTURES/volvo
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

ENV = "CARCONNECT_FIXTURES"
REQUIRE_ENV = "CARCONNECT_REQUIRE_FIXTURES"


def fixtures_root(near: str | os.PathLike[str]) -> Path:
    """``$CARCONNECT_FIXTURES``, or ``shared/fixtures`` beside the repository holding ``near`` (a test
    module's ``__file__``): beside the folder above ``packages/``, or outside a monorepo (an unpacked
    sdist) beside the package folder holding ``tests/``. Whether it exists is not checked."""
    configured = os.environ.get(ENV)
    if configured:
        return Path(configured)
    here = Path(near).resolve()
    repository = next((folder.parent for folder in here.parents if folder.name == "packages"), here.parent.parent)
    return repository.parent / "shared" / "fixtures"


def fixtures_required() -> bool:
    """Whether ``CARCONNECT_REQUIRE_FIXTURES`` is set to a value other than empty or ``0``."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def fixtures_missing(reason: str) -> NoReturn:
    """Skip the current test or module, or fail it when :func:`fixtures_required`."""
    __tracebackhide__ = True  # reported at the caller's line
    if fixtures_required():
        pytest.fail(f"{reason} ({REQUIRE_ENV} is set)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def fixtures_dir(near: str | os.PathLike[str], brand: str | None = None) -> Path:
    """The fixtures folder (``brand``'s subfolder if given); skips or fails when it is not a folder."""
    __tracebackhide__ = True  # reported at the caller's line
    root = fixtures_root(near)
    folder = root / brand if brand else root
    if not folder.is_dir():
        fixtures_missing(f"no captured payloads at {folder}; set {ENV} to the shared fixtures folder")
    return folder


def fixture_file(near: str | os.PathLike[str], name: str) -> Path:
    """The payload ``name`` (``"<brand>/<file>.json"``) of the fixtures folder; skips or fails when absent."""
    __tracebackhide__ = True  # reported at the caller's line
    path = fixtures_root(near) / name
    if not path.is_file():
        fixtures_missing(f"no captured payload at {path}; set {ENV} to the shared fixtures folder")
    return path
