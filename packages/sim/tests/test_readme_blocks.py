"""Every Python block of README.md and of each package's README runs against the simulator.

A README's blocks run in order, each in a fresh namespace (a block marked ``# continues the example
above`` in the namespace of the block before it), in one subprocess, inside ``Simulator().intercept()``
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


def _run_driver(examples: list[list[Any]], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "blocks.json"
    program.write_text(readme_blocks.program(examples), encoding="utf-8")
    driver = tmp_path / "driver.py"
    driver.write_text(readme_blocks.DRIVER, encoding="utf-8")
    with readme_blocks.one_run_at_a_time():
        return subprocess.run(
            [sys.executable, str(driver), str(program)],
            cwd=tmp_path,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )


@pytest.mark.parametrize("readme", READMES, ids=_relative)
def test_readme_blocks_run_against_the_simulator(readme: Path, tmp_path: Path) -> None:
    examples = readme_blocks.examples(readme_blocks.blocks(readme))
    runnable = [blocks for blocks in map(readme_blocks.runnable, examples) if blocks]
    if not runnable:  # only type-checked examples and pytest modules, or none
        return
    not_here = {blocks[0].name: readme_blocks.missing_packages(blocks) for blocks in runnable}
    examples = [blocks for blocks in runnable if not not_here[blocks[0].name]]
    (tmp_path / "specs").symlink_to(ROOT / "specs")  # examples read specs/ as from a checkout's root
    done = _run_driver(examples, tmp_path)
    assert done.returncode == 0, f"{_relative(readme)}:\n{done.stdout[-4000:]}\n{done.stderr[-6000:]}"
    assert done.stdout.count("--- ") == sum(len(example) for example in examples)
    skipped = {name: missing for name, missing in not_here.items() if missing}
    if skipped:  # a package of the monorepo that this session does not install
        pytest.skip(f"ran {len(examples)} examples; not installed here, not run: {skipped}")


def test_each_example_runs_in_a_namespace_of_its_own(tmp_path: Path) -> None:
    sources = ["answer = 42\n", f"{readme_blocks.CONTINUES}\nassert answer == 42\n", "print(answer)\n"]
    lines = [1, 5, 10]
    blocks = [
        readme_blocks.Block(ROOT / "README.md", line, source) for line, source in zip(lines, sources, strict=True)
    ]
    examples = readme_blocks.examples(blocks)
    assert [[block.line for block in example] for example in examples] == [[1, 5], [10]]
    done = _run_driver(examples, tmp_path)
    assert done.returncode == 1
    assert done.stdout.count("--- ") == 3
    assert "NameError: name 'answer' is not defined" in done.stderr
    needy = readme_blocks.Block(ROOT / "README.md", 14, f"{readme_blocks.CONTINUES}\n# needs: a server\n")
    assert needy.continues
    assert needy.needs == "a server"
    assert readme_blocks.runnable([*examples[0], needy]) == examples[0]  # run up to the block that needs more


def test_continuations_continue_an_example() -> None:
    for readme in READMES:  # raises for a marked block with no example above it
        readme_blocks.examples(readme_blocks.blocks(readme))


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
