"""What the numbers were measured on: CPU, cores, memory, kernel, and each venv's interpreter and libraries."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

LIBRARIES = (
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "attrs",
    "orjson",
    "httptools",
    "aiohttp",
    "requests",
    "urllib3",
    "aiomqtt",
    "paho-mqtt",
    "mashumaro",
)
_VERSIONS = (
    "import json, sys\n"
    "from importlib import metadata\n"
    "names = sys.argv[1:]\n"
    "found = {}\n"
    "for name in names:\n"
    "    try:\n"
    "        found[name] = metadata.version(name)\n"
    "    except metadata.PackageNotFoundError:\n"
    "        pass\n"
    "print(json.dumps({'python': sys.version.split()[0], 'libraries': found}))\n"
)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def describe(pythons: dict[str, Path]) -> dict[str, Any]:
    envs = {}
    for name, python in pythons.items():
        done = subprocess.run([str(python), "-c", _VERSIONS, *LIBRARIES], capture_output=True, text=True, check=False)
        if done.returncode == 0:
            envs[name] = json.loads(done.stdout)
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "load_average_at_start": os.getloadavg(),
        "envs": envs,
    }
