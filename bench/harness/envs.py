"""The contestants' virtual environments under ``bench/.venvs/``, created by the run itself with uv.

Each client runs in a venv holding only what it needs: ours hold the brand packages (built from this
tree, so a teammate's latest edit is measured) with the extras named below and nothing else, because an
unrelated package changes what ``import httpx`` costs (with click and rich installed, httpx also imports
its command line). The peers get one venv each, with the version the issue names (raw aiohttp runs in
them too). uv never downloads an interpreter here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .brands import packages
from .routes import REPO

VENVS = REPO / "bench" / ".venvs"
BRANDS = packages()
"""Every package of this tree that registers a brand (``carconnect.brands`` entry point)."""
DEFAULT_INSTALL = ("core[speed]", *BRANDS)
"""The brands as installed by default, plus carconnect-core's ``speed`` extra (httptools), which the
opt-in ``AsyncioTransport`` needs; nothing imports httptools until that transport is built."""
WITH_SPEED = ("core[speed]", *(f"{brand}[speed]" for brand in BRANDS))
"""The brands' ``speed`` extra as well (orjson decodes JSON bodies)."""
STREAMING_INSTALL = ("core", "bmw[streaming]")
"""carconnect-bmw with its ``streaming`` extra (aiomqtt), for the streaming benchmark only: aiomqtt and
paho-mqtt stay out of the venvs whose import times are measured."""


@dataclass(frozen=True)
class Env:
    name: str
    python: str
    """``major.minor`` of the interpreter."""
    requirements: tuple[str, ...] = ()
    local: tuple[str, ...] = ()
    """Packages of this repository (``packages/<name>``, optionally ``name[extra]``), reinstalled every run."""

    @property
    def path(self) -> Path:
        return VENVS / self.name

    @property
    def executable(self) -> Path:
        return self.path / "bin" / "python"


ENVS = {
    env.name: env
    for env in (
        Env("carconnect-py311", "3.11", local=DEFAULT_INSTALL),
        Env("carconnect-py312", "3.12", local=WITH_SPEED),
        Env("carconnect-streaming", "3.12", local=STREAMING_INSTALL),
        Env("smartcar", "3.11", ("smartcar==6.19.1",)),
        Env("connectedcar", "3.11", ("connectedcar==1.3.10",)),
        Env("volvocarsapi", "3.12", ("volvocarsapi==0.4.5",)),
        Env("bmw-cardata", "3.12", ("bmw-cardata==0.1.0a3",)),
    )
}


def interpreter(version: str) -> str:
    """The real path of ``python<version>`` (through pyenv's shim when that is what PATH has)."""
    candidates = [f"python{version}"]
    if sys.version_info[:2] == tuple(int(part) for part in version.split(".")):
        candidates.insert(0, sys.executable)
    for candidate in candidates:
        found = shutil.which(candidate) or (candidate if Path(candidate).exists() else None)
        if found is None:
            continue
        done = subprocess.run(
            [found, "-c", "import sys; print(sys._base_executable)"], capture_output=True, text=True, check=False
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    raise RuntimeError(f"no Python {version} found (with pyenv, set PYENV_VERSION to include it)")


def uv() -> str:
    found = shutil.which("uv")
    if found is None:
        raise RuntimeError("uv is required to build the benchmark venvs (pip install uv)")
    return found


def _uv(*args: str) -> None:
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    environment.pop("VIRTUAL_ENV", None)
    subprocess.run([uv(), *args], check=True, env=environment, stdout=subprocess.DEVNULL)


def prepare(env: Env, log: list[str]) -> bool:
    """Create or update ``env``; ``False`` (with the reason in ``log``) when it cannot be built."""
    marker = env.path / "bench-env.json"
    wanted = json.dumps({"python": env.python, "requirements": env.requirements, "local": env.local})
    try:
        if not marker.exists() or marker.read_text() != wanted:
            if env.path.exists():
                shutil.rmtree(env.path)
            _uv("venv", "--quiet", "--python", interpreter(env.python), str(env.path))
            if env.requirements:
                _uv(
                    "pip",
                    "install",
                    "--quiet",
                    "--compile-bytecode",
                    "--python",
                    str(env.executable),
                    *env.requirements,
                )
            marker.write_text(wanted)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        log.append(f"{env.name}: not built ({exc})")
        return False
    for spec in env.local:
        name, _, extras = spec.partition("[")
        try:
            _uv(
                "pip",
                "install",
                "--quiet",
                "--compile-bytecode",
                "--python",
                str(env.executable),
                "--reinstall-package",
                f"carconnect-{name}",
                "--refresh-package",  # uv caches a local build by pyproject.toml alone: rebuild from the tree
                f"carconnect-{name}",
                f"{REPO / 'packages' / name}" + (f"[{extras}" if extras else ""),
            )
        except subprocess.CalledProcessError as exc:
            log.append(f"{env.name}: carconnect-{name} not installed ({exc})")
    return True
