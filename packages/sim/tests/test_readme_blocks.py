"""Every Python block of README.md and of each package's README runs against the simulator.

A README's blocks run in order in one namespace, in a subprocess, inside ``Simulator().intercept()``
(the vendors' real hosts answered by the simulator, which also plays the user's browser and approves
device logins at once), with a temporary HOME and working directory (holding a link to specs/, as a
checkout's root does). Blocks marked ``# needs: ...`` are only type-checked (``nox -s typecheck``);
blocks defining ``test_`` functions with the ``carconnect_sim`` fixture run under pytest with the
plug-in, as a user's test module would. The parsing and the driver live in tools/readme_blocks.py
(this test runs in the monorepo only; the sim sdist leaves it out).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT = 180


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_blocks", ROOT / "tools" / "readme_blocks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve the module's annotations through it
    spec.loader.exec_module(module)
    return module


readme_blocks = _load_tool()
READMES = readme_blocks.readmes(ROOT)
PYTEST_BLOCKS = [block for readme in READMES for block in readme_blocks.blocks(readme) if block.is_pytest_module]


def _env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "CARCONNECT_SIM"))}
    env.update(HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return env


def _relative(readme: Path) -> str:
    return str(readme.relative_to(ROOT))


def test_every_readme_is_collected() -> None:
    names = {_relative(readme) for readme in READMES}
    assert {"README.md", "packages/volvo/README.md", "packages/sim/README.md"} <= names
    assert sum(len(readme_blocks.blocks(readme)) for readme in READMES) > 20


@pytest.mark.parametrize("readme", READMES, ids=_relative)
def test_readme_blocks_run_against_the_simulator(readme: Path, tmp_path: Path) -> None:
    runnable = [block for block in readme_blocks.blocks(readme) if block.needs is None and not block.is_pytest_module]
    not_here = {block.name: block.missing_packages for block in runnable}
    blocks = [block for block in runnable if not not_here[block.name]]
    if not runnable:
        assert all(block.needs or block.is_pytest_module for block in readme_blocks.blocks(readme))
        return
    program = tmp_path / "blocks.json"
    program.write_text(json.dumps([[block.name, block.line, block.source] for block in blocks]), encoding="utf-8")
    driver = tmp_path / "driver.py"
    driver.write_text(readme_blocks.DRIVER, encoding="utf-8")
    (tmp_path / "specs").symlink_to(ROOT / "specs")  # examples read specs/ as from a checkout's root
    with readme_blocks.one_run_at_a_time():
        done = subprocess.run(
            [sys.executable, str(driver), str(program)],
            cwd=tmp_path,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    assert done.returncode == 0, f"{_relative(readme)}:\n{done.stdout[-4000:]}\n{done.stderr[-6000:]}"
    assert done.stdout.count("--- ") == len(blocks)
    skipped = {name: missing for name, missing in not_here.items() if missing}
    if skipped:  # a package of the monorepo that this session does not install
        pytest.skip(f"ran {len(blocks)} blocks; not installed here, not run: {skipped}")


def test_marked_blocks_say_what_they_need() -> None:
    marked = [block for readme in READMES for block in readme_blocks.blocks(readme) if block.needs is not None]
    assert all(block.needs.strip() for block in marked)
    for block in marked:  # still valid Python, type-checked by nox -s typecheck
        ast.parse(block.source, block.name)


@pytest.mark.parametrize("block", PYTEST_BLOCKS, ids=lambda block: block.name)
def test_pytest_plugin_examples_pass(block: Any, tmp_path: Path) -> None:
    source: str = block.source
    module = tmp_path / "test_readme_example.py"
    module.write_text(source, encoding="utf-8")
    tests = [node.name for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(module)],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, f"{block.name}:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    passed = sum(1 for name in tests if name.startswith("test_"))
    assert f"{passed} passed" in done.stdout
