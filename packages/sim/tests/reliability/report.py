"""Render the figures of reliability runs as the Markdown tables of RELIABILITY.md.

    CARCONNECT_FIGURES=ci.json pytest packages/sim/tests/reliability
    CARCONNECT_LONG=1 CARCONNECT_FIGURES=long.json pytest packages/sim/tests/reliability
    python packages/sim/tests/reliability/report.py ci.json long.json

Each table says which run (variant) its figures come from.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Record = dict[str, Any]
BRANDS = ("volvo", "bmw", "ford", "smartcar")


def _run_label(run: dict[str, Any]) -> str:
    return f"{run['variant']} run (Python {run['python']}, {run['cpus']} CPUs, {run['wall_seconds']} s)"


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _cell(record: Record) -> str:
    text = record["summary"].replace("/d", ", delivered ")
    waited = f", waited {record['waited']:g} s" if record["waited"] else ""
    return f"{text}{waited} ({record['seconds'] * 1000:.0f} ms)"


def fault_matrix(run: dict[str, Any]) -> list[str]:
    records = [record for record in run["records"] if record["section"] == "fault matrix"]
    lines: list[str] = []
    for brand in BRANDS:
        cells = {(r["case"], r["operation"]): r for r in records if r["brand"] == brand}
        if not cells:
            continue
        cases = list(dict.fromkeys(case for case, _ in cells))
        rows = [
            [
                case,
                *(_cell(cells[(case, op)]) if (case, op) in cells else "-" for op in ("read", "async read", "command")),
            ]
            for case in cases
        ]
        read = next((r.get("called", "") for r in cells.values() if r["operation"] == "read"), "")
        command = next((r.get("called", "") for r in cells.values() if r["operation"] == "command"), "")
        called = f": read `{read}`, command `{command}`" if read and command else ""
        title = f"**{brand}**{called} ({_run_label(run)})"
        lines += [title, "", *_table(["fault", "read", "async read", "command"], rows), ""]
    return lines


def refresh_faults(run: dict[str, Any]) -> list[str]:
    records = [record for record in run["records"] if record["section"] == "refresh faults"]
    by_case: dict[str, dict[str, str]] = defaultdict(dict)
    for record in records:
        kept = "kept" if record["refresh_token_kept"] else "LOST"
        by_case[record["case"]][record["brand"]] = f"{record['first']} → {record['second']} (token {kept})"
    present = [brand for brand in BRANDS if any(brand in row for row in by_case.values())]
    rows = [[case, *(row.get(brand, "-") for brand in present)] for case, row in by_case.items()]
    return [f"({_run_label(run)})", "", *_table(["fault on the token endpoint", *present], rows), ""]


def fuzz(run: dict[str, Any]) -> list[str]:
    records = [record for record in run["records"] if record["section"] == "fuzz"]
    totals: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    methods: dict[str, set[str]] = defaultdict(set)
    skipped: dict[str, set[str]] = defaultdict(set)
    for record in records:
        brand = record["case"].split(".")[0]
        if record["unmatched"]:
            skipped[brand].add(record["case"].split(".", 1)[1])
            continue
        methods[brand].add(record["case"])
        totals[(brand, record["kind"])]["examples"] += record["examples"]
        totals[(brand, record["kind"])].update(record["outcomes"])
    rows = []
    for brand in BRANDS:
        if brand not in methods:
            continue
        for kind in ("schema", "hypothesis-jsonschema", "mutated"):
            counts = totals[(brand, kind)]
            outcomes = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()) if name != "examples")
            rows.append([brand, len(methods[brand]), kind, counts["examples"], outcomes])
    lines = [f"({_run_label(run)})", ""]
    lines += _table(["brand", "methods", "bodies", "examples", "outcomes"], rows)
    if skipped:
        lines += ["", "Not fuzzed (no spec documents an endpoint they call): "]
        lines[-1] += "; ".join(f"{brand}: {', '.join(sorted(names))}" for brand, names in skipped.items())
    return [*lines, ""]


def _plain(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_plain(item)}" for key, item in value.items()) or "none"
    if isinstance(value, list):
        return ", ".join(_plain(item) for item in value) or "none"
    return str(value)


def records_table(run: dict[str, Any], section: str) -> list[str]:
    """A generic two-column table per record of a section (the soak, durability and secrets cases)."""
    lines: list[str] = []
    for record in (record for record in run["records"] if record["section"] == section):
        rows = [[key, _plain(value)] for key, value in record.items() if key not in ("section", "case")]
        lines += [f"**{record['case']}** ({_run_label(run)})", "", *_table(["figure", "value"], rows), ""]
    return lines


Section = Callable[[dict[str, Any]], list[str]]
SECTIONS: dict[str, Section] = {
    "Fault matrix": fault_matrix,
    "Refresh under faults": refresh_faults,
    "Fuzzing": fuzz,
    "Concurrency soak": lambda run: records_table(run, "concurrency soak"),
    "Multi-process durability": lambda run: records_table(run, "durability"),
    "Secrets": lambda run: records_table(run, "secrets"),
    "BMW streaming": lambda run: records_table(run, "streaming"),
}


def render(paths: list[Path]) -> str:
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    lines: list[str] = []
    for title, section in SECTIONS.items():
        lines += [f"### {title}", ""]
        for run in runs:
            lines += section(run)
    return "\n".join(lines)


if __name__ == "__main__":
    print(render([Path(argument) for argument in sys.argv[1:]]))
