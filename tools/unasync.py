"""Write the sync modules from their async sources: one source of truth for every sync/async twin.

Each async source module listed in :data:`PAIRS` is rewritten token by token into its sync twin
(``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncVolvoClient`` -> ``VolvoClient``, ``acall``
-> ``call`` ...), then formatted by ruff. Run by ``nox -s generate``; ``nox -s regen_check`` fails
when a committed sync module differs from what this writes. Docstrings and comments are rewritten
with the same table, so async sources speak of "the client", not "the async client".

The table is ours rather than the ``unasync`` package's, whose rules only rename whole identifiers
and would leave docstrings and the project's ``a``-prefixed method names (``aclose``, ``acall``)
to a second pass.

A comment line ``# sync twin: <code>`` of an async source is ``<code>``, as written, in its sync
twin only: a sync module that is also the public home of its async twin's class re-exports it so
(``from .async_x import AsyncX as AsyncX``).

Usage: ``python tools/unasync.py [--check] [ROOT]``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PAIRS: tuple[tuple[str, str], ...] = (
    ("packages/core/src/carconnect/core/async_client.py", "packages/core/src/carconnect/core/client.py"),
    ("packages/volvo/src/carconnect/volvo/async_client.py", "packages/volvo/src/carconnect/volvo/client.py"),
    ("packages/bmw/src/carconnect/bmw/async_client.py", "packages/bmw/src/carconnect/bmw/client.py"),
    (
        "packages/smartcar/src/carconnect/smartcar/async_client.py",
        "packages/smartcar/src/carconnect/smartcar/client.py",
    ),
    ("packages/ford/src/carconnect/ford/async_client.py", "packages/ford/src/carconnect/ford/client.py"),
    ("packages/ford/src/carconnect/ford/async_connect.py", "packages/ford/src/carconnect/ford/connect.py"),
    ("packages/ford/src/carconnect/ford/async_fordpass.py", "packages/ford/src/carconnect/ford/fordpass.py"),
    ("packages/ford/src/carconnect/ford/async_handles.py", "packages/ford/src/carconnect/ford/handles.py"),
    ("packages/smartcar/src/carconnect/smartcar/async_v3.py", "packages/smartcar/src/carconnect/smartcar/v3.py"),
    (
        "packages/smartcar/src/carconnect/smartcar/async_management.py",
        "packages/smartcar/src/carconnect/smartcar/management.py",
    ),
    ("packages/smartcar/src/carconnect/smartcar/async_pages.py", "packages/smartcar/src/carconnect/smartcar/pages.py"),
    (
        "packages/smartcar/src/carconnect/smartcar/async_management_v3.py",
        "packages/smartcar/src/carconnect/smartcar/management_v3.py",
    ),
)
"""(async source, sync module) paths relative to the repository root."""

REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncIterable\b", "Iterable"),
    (r"\bAsyncGenerator\b", "Generator"),
    (r"\bAwaitable\[([^\[\]]*(?:\[[^\[\]]*\])?[^\[\]]*)\]", r"\1"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\bset_async_httpx_client\b", "set_httpx_client"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\bhttpx\.AsyncHTTPTransport\b", "httpx.HTTPTransport"),
    (r"\basync_client\b", "client"),
    (r"\bfrom \.async_(\w+) import\b", r"from .\1 import"),
    (r"\bfor (\w+) in (.+):\n\s+yield \1\n", r"yield from \2\n"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (
        r"\b(a)(call|call_detailed|close|sleep|get_access_token|run_command|run|read|wait|refresh|after_transport_error|unsent|finish_token_work)\b",
        r"\2",
    ),
    (r"\basync\b", "sync"),
    (r"\ban sync\b", "a sync"),
)
"""Applied in order to the whole source text."""

HEADER = "# Generated from {source} by tools/unasync.py (nox -s generate): edit the async source, not this file.\n"


SYNC_TWIN_ONLY = re.compile(r"^([ \t]*)# sync twin: (.+)$", re.MULTILINE)
"""A comment line of an async source that is code, kept as written, in its sync twin only."""
_KEPT = re.compile(r"__unasync_kept_(\d+)__")


def unasync_text(text: str) -> str:
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(2))
        return f"{match.group(1)}__unasync_kept_{len(kept) - 1}__"

    text = SYNC_TWIN_ONLY.sub(hold, text)
    for pattern, replacement in REPLACEMENTS:
        text = re.sub(pattern, replacement, text)
    return _KEPT.sub(lambda match: kept[int(match.group(1))], text)


def render(root: Path, source: str) -> str:
    """The formatted sync module for one async source."""
    text = HEADER.format(source=Path(source).name) + unasync_text((root / source).read_text())
    config = ["--config", str(root / "pyproject.toml"), "--stdin-filename", target_name(source)]
    # Imports only the async code needs (Awaitable, asyncio) are dropped, then the module is formatted.
    for command in (["check", "--fix", "--quiet", "--select", "F401,I001", "--exit-zero"], ["format"]):
        ruff = [sys.executable, "-m", "ruff", *command, *config, "-"]
        text = subprocess.run(ruff, input=text, capture_output=True, text=True, check=True).stdout  # noqa: S603
    return text


def target_name(source: str) -> str:
    return source.replace("async_", "")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [arg for arg in argv if arg != "--check"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    stale = []
    for source, target in PAIRS:
        text = render(root, source)
        path = root / target
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(target)
        else:
            path.write_text(text)
    for target in stale:
        print(f"{target} differs from its async source (run nox -s generate)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
