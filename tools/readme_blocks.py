"""The Python blocks of the repository's READMEs, for running them and type-checking them.

A README's blocks form one program, run in order in one namespace (a later block uses the names of an
earlier one). A block whose first line is ``# needs: <what>`` (a vendor account, a browser login, a
Redis server...) is type-checked but not run. A block that defines ``test_`` functions taking the
``carconnect_sim`` fixture is a pytest module of its own.

``python3 tools/readme_blocks.py --run README.md "One brand"`` runs the blocks of one section as the
README tests do, inside ``carconnect.sim.Simulator().intercept()`` (``nox -s build`` runs the root
README's example so in a clean venv holding only the carconnect-volvo and carconnect-sim wheels).

``python3 tools/readme_blocks.py OUTDIR`` writes one module per README into OUTDIR (its blocks in
order, as written) and one per pytest example, for ``nox -s typecheck``: ``mypy --strict`` with
``--allow-redefinition-new``, since separate examples reuse names such as ``auth`` or ``client``.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import fcntl
import importlib.util
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
namespace = {"__name__": "__main__"}
with Simulator(seed=0, device_auto_approve_after=0).intercept():  # device logins: approved at once
    for name, line, source in blocks:
        print(f"--- {name}", flush=True)
        exec(compile("\\n" * (line - 1) + source, name.partition(":")[0], "exec"), namespace)
"""
"""Runs blocks (``[[name, line, source], ...]`` in a JSON file) in one namespace against the simulator."""
PYTEST_FIXTURE = re.compile(r"^def test_\w+\([^)]*\bcarconnect_sim\w*\b", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class Block:
    """One fenced ``python`` block of a README."""

    readme: Path
    line: int
    """The 1-based line of the block's first source line."""
    source: str

    @property
    def needs(self) -> str | None:
        """What the block needs beyond the simulator (its ``# needs:`` line), or ``None``."""
        first = self.source.lstrip().splitlines()[0] if self.source.strip() else ""
        found = NEEDS.match(first.strip())
        return found["what"].strip() if found else None

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
    """Run one section's blocks with :data:`DRIVER` in a temporary HOME and working directory."""
    import json
    import subprocess

    found = [block for block in section(readme, title) if block.needs is None and not block.is_pytest_module]
    with tempfile.TemporaryDirectory() as workdir:
        program = Path(workdir) / "blocks.json"
        program.write_text(json.dumps([[block.name, block.line, block.source] for block in found]), encoding="utf-8")
        driver = Path(workdir) / "driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        env = {**os.environ, "HOME": workdir}
        with one_run_at_a_time():
            subprocess.run([sys.executable, str(driver), str(program)], cwd=workdir, env=env, check=True)  # noqa: S603


def module_name(readme: Path, root: Path = ROOT) -> str:
    """``readme_root`` for README.md, ``readme_<package>`` for packages/<package>/README.md."""
    parts = readme.relative_to(root).parts
    return "readme_root" if len(parts) == 1 else f"readme_{parts[1]}"


def checkable(readme: Path) -> list[Block]:
    """The blocks of ``readme`` whose carconnect packages are installed (the others are named on stderr:
    the sessions that install those packages check them)."""
    found = blocks(readme)
    for block in found:
        if block.missing_packages:
            print(f"{block.name}: not checked here, not installed: {block.missing_packages}", file=sys.stderr)
    return [block for block in found if not block.missing_packages]


def write_modules(out: Path, root: Path = ROOT) -> list[Path]:
    """Write each README's program, and each of its pytest modules, as modules under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for readme in readmes(root):
        name = module_name(readme, root)
        found = checkable(readme)
        modules = {name: "\n".join(block.source for block in found if not block.is_pytest_module)}
        for block in found:
            if block.is_pytest_module:
                modules[f"{name}_test_{block.line}"] = block.source
        for module, source in modules.items():
            path = out / f"{module}.py"
            path.write_text(source, encoding="utf-8")
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
