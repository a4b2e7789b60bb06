"""The Python blocks of the repository's READMEs, for running them and type-checking them.

Each block is an example of its own, run in a fresh namespace, so it must hold its imports and setup,
as a reader who copies it gets it. A block whose first line is ``# continues the example above``
continues the block before it instead: it runs in that block's namespace (a chain of them, in the
namespace of the chain's first block). A block whose first line is ``# needs: <what>`` (a vendor
account, a browser login, a Redis server...; on a continuation, the line after the marker) is
type-checked but not run, nor are the blocks that continue it. A block that defines ``test_``
functions taking the ``carconnect_sim`` fixture is a pytest module of its own.

``python3 tools/readme_blocks.py --run README.md "One brand"`` runs the examples of one section as the
README tests do, inside ``carconnect.sim.Simulator().intercept()`` (``nox -s build`` runs the root
README's example so in a clean venv holding only the carconnect-volvo and carconnect-sim wheels).

``python3 tools/readme_blocks.py OUTDIR`` writes one module per example into OUTDIR (a block and its
continuations, as written; a pytest example as ``..._test_<line>``), for ``nox -s typecheck``:
``mypy --strict`` with ``--allow-redefinition-new``.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import fcntl
import importlib.util
import json
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDS = re.compile(r"^#\s*needs:\s*(?P<what>.+)$")
CONTINUES = "# continues the example above"
"""The first line of a block that runs in the namespace of the block before it."""
FENCE = re.compile(r"^(?P<indent>\s*)```(?P<lang>[\w-]*)\s*$")
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<title>.+?)\s*$")
REDIRECT_PORT = 8765
"""The loopback redirect URI's port in the examples (an application registers a fixed one)."""
PORT_WAIT = 180.0
DRIVER = """\
import json
import sys

from carconnect.sim import Simulator

blocks = json.loads(open(sys.argv[1], encoding="utf-8").read())
namespace = {}
with Simulator(seed=0, device_auto_approve_after=0).intercept():  # device logins: approved at once
    for name, line, source, continues in blocks:
        print(f"--- {name}", flush=True)
        if not continues:
            namespace = {"__name__": "__main__"}  # a new example
        exec(compile("\\n" * (line - 1) + source, name.partition(":")[0], "exec"), namespace)
"""
"""Runs blocks (``[[name, line, source, continues], ...]`` in a JSON file, see :func:`program`) against
the simulator, each in a fresh namespace or, when it continues the block before it, in that one's."""
PYTEST_FIXTURE = re.compile(r"^def test_\w+\([^)]*\bcarconnect_sim\w*\b", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class Block:
    """One fenced ``python`` block of a README."""

    readme: Path
    line: int
    """The 1-based line of the block's first source line."""
    source: str

    @property
    def continues(self) -> bool:
        """Whether the block continues the block before it (its first line is :data:`CONTINUES`)."""
        return self._leading(0) == CONTINUES

    @property
    def needs(self) -> str | None:
        """What the block needs beyond the simulator (its ``# needs:`` line), or ``None``."""
        found = NEEDS.match(self._leading(1 if self.continues else 0))
        return found["what"].strip() if found else None

    def _leading(self, index: int) -> str:
        lines = self.source.strip().splitlines()
        return lines[index].strip() if index < len(lines) else ""

    @property
    def is_pytest_module(self) -> bool:
        return PYTEST_FIXTURE.search(self.source) is not None

    @property
    def missing_packages(self) -> list[str]:
        """The ``carconnect.<package>`` modules the block imports that this environment lacks."""
        imported: set[str] = set()
        for node in ast.walk(ast.parse(self.source)):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
        packages = {".".join(name.split(".")[:2]) for name in imported if name.startswith("carconnect.")}
        return sorted(package for package in packages if importlib.util.find_spec(package) is None)

    @property
    def name(self) -> str:
        return f"{self.readme.relative_to(ROOT)}:{self.line}"


def readmes(root: Path = ROOT) -> list[Path]:
    """README.md and every package's README.md."""
    found = [root / "README.md", *sorted((root / "packages").glob("*/README.md"))]
    return [path for path in found if path.is_file()]


def blocks(readme: Path) -> list[Block]:
    """The ``python`` blocks of ``readme``, in order."""
    found: list[Block] = []
    lines = readme.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        body: list[str] = []
        start = index + 1
        while index < len(lines) and not FENCE.match(lines[index]):
            body.append(lines[index])
            index += 1
        index += 1  # the closing fence
        if opening["lang"] == "python":
            indent = len(opening["indent"])
            found.append(Block(readme, start, "\n".join(line[indent:] for line in body) + "\n"))
    return found


def section(readme: Path, title: str) -> list[Block]:
    """The blocks under the heading ``title`` of ``readme`` (up to the next heading of its level)."""
    lines = readme.read_text(encoding="utf-8").splitlines()
    start = end = None
    level = 0
    fenced = False
    for number, line in enumerate(lines, 1):
        if FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else HEADING.match(line)
        if heading is None:
            continue
        if start is None and heading["title"] == title:
            start, level = number, len(heading["level"])
        elif start is not None and len(heading["level"]) <= level:
            end = number
            break
    if start is None:
        raise LookupError(f"{readme}: no heading {title!r}")
    return [block for block in blocks(readme) if block.line > start and (end is None or block.line < end)]


def examples(found: list[Block]) -> list[list[Block]]:
    """``found`` (a README's blocks, in order) as examples: each block with the blocks that continue it."""
    grouped: list[list[Block]] = []
    for block in found:
        if not block.continues:
            grouped.append([block])
        elif not grouped or block.is_pytest_module or grouped[-1][-1].is_pytest_module:
            raise ValueError(f"{block.name}: {CONTINUES!r}, but no example above it to continue")
        else:
            grouped[-1].append(block)
    return grouped


def runnable(example: list[Block]) -> list[Block]:
    """The blocks of ``example`` that the README tests run against the simulator: those before the
    first that needs more (``# needs:``) or is a pytest module; the rest are only type-checked."""
    found: list[Block] = []
    for block in example:
        if block.needs is not None or block.is_pytest_module:
            break
        found.append(block)
    return found


def program(found: list[list[Block]]) -> str:
    """The examples ``found`` as :data:`DRIVER` reads them (JSON)."""
    return json.dumps([[block.name, block.line, block.source, block.continues] for ex in found for block in ex])


@contextlib.contextmanager
def one_run_at_a_time() -> Iterator[None]:
    """Examples bind the fixed redirect port as an application does: runs on one machine take turns
    (a lock file), and wait for any other listener on the port to go."""
    with open(Path(tempfile.gettempdir()) / "carconnect-readme-blocks.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        deadline = time.monotonic() + PORT_WAIT
        while not _port_free(REDIRECT_PORT) and time.monotonic() < deadline:
            time.sleep(0.5)
        yield


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def run_section(readme: Path, title: str) -> None:
    """Run the examples of one section (whole, where one began above it) with :data:`DRIVER` in a
    temporary HOME and working directory."""
    import subprocess

    lines = {block.line for block in section(readme, title)}
    chosen = [
        runnable(example) for example in examples(blocks(readme)) if any(block.line in lines for block in example)
    ]
    found = [example for example in chosen if example]
    with tempfile.TemporaryDirectory() as workdir:
        blocks_json = Path(workdir) / "blocks.json"
        blocks_json.write_text(program(found), encoding="utf-8")
        driver = Path(workdir) / "driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        env = {**os.environ, "HOME": workdir}
        with one_run_at_a_time():
            subprocess.run([sys.executable, str(driver), str(blocks_json)], cwd=workdir, env=env, check=True)  # noqa: S603


def module_name(readme: Path, root: Path = ROOT) -> str:
    """``readme_root`` for README.md, ``readme_<package>`` for packages/<package>/README.md."""
    parts = readme.relative_to(root).parts
    return "readme_root" if len(parts) == 1 else f"readme_{parts[1]}"


def missing_packages(example: list[Block]) -> list[str]:
    """The ``carconnect.<package>`` modules ``example`` imports that this environment lacks."""
    return sorted({package for block in example for package in block.missing_packages})


def checkable(readme: Path) -> list[list[Block]]:
    """The examples of ``readme`` whose carconnect packages are installed (the others are named on
    stderr: the sessions that install those packages check them)."""
    found = examples(blocks(readme))
    for example in found:
        if missing := missing_packages(example):
            print(f"{example[0].name}: not checked here, not installed: {missing}", file=sys.stderr)
    return [example for example in found if not missing_packages(example)]


def write_modules(out: Path, root: Path = ROOT) -> list[Path]:
    """Write each README example (a block and its continuations) as a module under ``out``:
    ``readme_<package>_<line>``, ``readme_<package>_test_<line>`` for a pytest module."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for readme in readmes(root):
        name = module_name(readme, root)
        for example in checkable(readme):
            first = example[0]
            path = out / f"{name}_{'test_' if first.is_pytest_module else ''}{first.line}.py"
            path.write_text("\n".join(block.source for block in example), encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        run_section(ROOT / sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        for path in write_modules(Path(sys.argv[1])):
            print(path)
    else:
        sys.exit('usage: readme_blocks.py OUTDIR | readme_blocks.py --run README.md "Section title"')
