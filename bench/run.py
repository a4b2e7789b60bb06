"""Run every benchmark and write ``bench/RESULTS.md`` and ``bench/results.json``.

``nox -s bench`` is the way in (it also times code generation); ``python bench/run.py`` alone works in
any Python 3.11 environment with uvicorn and uv. ``--quick`` is a smoke run with small counts whose
results go to ``bench/.venvs/quick/`` instead. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import brands, envs, fanout, imports, machine, memory, overhead, per_request, report, streaming, tls
from harness.lineup import PY311, SCHEMES
from harness.rounds import Pool
from harness.routes import READS, REPO, fixtures_dir
from harness.server import ServerProcess

SETTINGS: dict[str, dict[str, Any]] = {
    "full": {
        "reads": 150,
        "rounds": 6,
        "warmup": 1,
        "fanout_reads": 1000,
        "fanout_rounds": 3,
        "gather_tasks": 10_000,
        "gather_rounds": 1,
        "growth_requests": 100_000,
        "growth_every": 10_000,
        "import_rounds": 5,
        "breakdown_rounds": 5,
        "stream_messages": 10_000,
        "stream_rounds": 5,
    },
    "quick": {
        "reads": 40,
        "rounds": 2,
        "warmup": 1,
        "fanout_reads": 200,
        "fanout_rounds": 1,
        "gather_tasks": 1000,
        "gather_rounds": 1,
        "growth_requests": 4000,
        "growth_every": 1000,
        "import_rounds": 2,
        "breakdown_rounds": 2,
        "stream_messages": 1000,
        "stream_rounds": 2,
    },
}
STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[bench {time.monotonic() - STARTED:6.1f}s] {message}", file=sys.stderr, flush=True)


def portable(text: str) -> str:
    """A message without this machine's paths (the report is committed)."""
    return text.replace(str(REPO), ".").replace(str(REPO.parent), "..").replace(str(Path.home()), "~")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts; results to bench/.venvs/quick/")
    parser.add_argument("--codegen-seconds", default="", help="comma-separated wall times measured by nox")
    parser.add_argument("--out", type=Path, help="directory for RESULTS.md and results.json")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    settings = SETTINGS["quick" if args.quick else "full"]
    out = args.out or (envs.VENVS / "quick" if args.quick else REPO / "bench")
    fixtures = fixtures_dir()
    if not fixtures.is_dir():
        sys.exit(f"fixtures not found at {fixtures} (set CARCONNECT_FIXTURES)")

    notes: list[str] = []
    log("preparing venvs")
    pythons = {name: env.executable for name, env in envs.ENVS.items() if envs.prepare(env, notes)}
    if PY311 not in pythons:
        sys.exit(f"venv {PY311} not built, so no brand registry to read: " + "; ".join(notes))
    registered = brands.load(pythons[PY311])
    notes += [f"brand {name}: registered, but no read in harness/routes.py" for name in registered if name not in READS]
    results: dict[str, Any] = {
        "settings": {key: list(value) if isinstance(value, tuple) else value for key, value in settings.items()},
        "brands": sorted(registered),
        "reads": {brand: {"what": READS[brand].what, "fixture": READS[brand].fixture} for brand in brands.measured()},
        "machine": machine.describe(pythons),
    }
    log("import times")
    results["imports"] = imports.run(pythons, settings["import_rounds"])
    log("overhead breakdown (no network)")
    results["breakdown"] = overhead.run(pythons, fixtures, settings["breakdown_rounds"])

    with tempfile.TemporaryDirectory(prefix="carconnect-bench-tls-") as directory:
        log("a CA and a server certificate for this run; the servers (http, https)")
        files = tls.make(Path(directory))
        servers: dict[str, ServerProcess] = {}
        pool = Pool(servers, pythons, files.ca)
        try:
            for scheme in SCHEMES:
                servers[scheme] = ServerProcess(fixtures, files if scheme == "https" else None)
            log("per-request cost")
            results["per_request"] = per_request.run(pool, settings["reads"], settings["rounds"], settings["warmup"])
            log("fan-out")
            results["fanout"] = fanout.run(pool, settings["fanout_reads"], settings["fanout_rounds"], 1)
            log("memory: growth")
            growth = memory.growth(pool, settings["growth_requests"], settings["growth_every"])
            log("memory: gather")
            results["memory"] = {
                "growth": growth,
                "gather": memory.gather(pool, settings["gather_tasks"], settings["gather_rounds"]),
                "footprints": memory.footprints(pool),
            }
        finally:
            pool.close()
            for server in servers.values():
                server.close()
        log("streaming (MQTT)")
        results["streaming"] = streaming.run(
            fixtures, files, pythons, settings["stream_messages"], settings["stream_rounds"], settings["warmup"]
        )
    results["codegen_seconds"] = [float(value) for value in args.codegen_seconds.split(",") if value]
    failures = {**pool.failures, **results["streaming"].pop("failures")}
    results["failures"] = {key: portable(value) for key, value in failures.items()}
    results["notes"] = [portable(note) for note in notes]
    results["machine"]["load_average_at_end"] = list(os.getloadavg())
    results["duration_seconds"] = time.monotonic() - STARTED

    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    (out / "RESULTS.md").write_text(report.markdown(results))
    log(f"wrote {out / 'RESULTS.md'} and results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
