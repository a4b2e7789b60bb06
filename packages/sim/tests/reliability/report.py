"""Render the figures of reliability runs as Markdown: the per-case tables, or the headline figures.

    CARCONNECT_FIGURES=ci.json nox -s reliability
    CARCONNECT_LONG=1 CARCONNECT_FIGURES=long.json nox -s reliability
    python packages/sim/tests/reliability/report.py ci.json long.json > reliability-report.md
    python packages/sim/tests/reliability/report.py --headline ci.json long.json

The tables are a generated artifact of a run (never edited by hand); RELIABILITY.md quotes the
headline. Each table says which run (variant) its figures come from.
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
OPERATIONS = ("read", "async read", "asyncio read", "command")
COLUMNS = ("read", "async read (httpx)", "async read (AsyncioTransport)", "command")


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
                *(_cell(cells[(case, op)]) if (case, op) in cells else "-" for op in OPERATIONS),
            ]
            for case in cases
        ]
        read = next((r.get("called", "") for r in cells.values() if r["operation"] == "read"), "")
        command = next((r.get("called", "") for r in cells.values() if r["operation"] == "command"), "")
        called = f": read `{read}`, command `{command}`" if read and command else ""
        title = f"**{brand}**{called} ({_run_label(run)})"
        lines += [title, "", *_table(["fault", *COLUMNS], rows), ""]
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


def _vendor_cell(record: Record) -> str:
    outcome = ", ".join(record["outcomes"])
    text = f"{outcome}; token calls {record['token_calls']}; requests {record['requests']}"
    if "rejecting_always" in record:
        text += f" (rejecting every token: {record['rejecting_always']} token calls)"
    return text


VENDOR_RUNS = {
    ("brand policy", "sync"): "sync, brand's policy",
    ("user policy", "sync"): "sync, user's RetryPolicy",
    ("brand policy", "httpx"): "async (httpx), brand's policy",
    ("brand policy", "asyncio"): "async (AsyncioTransport), brand's policy",
}


def vendor_errors(run: dict[str, Any]) -> list[str]:
    """Per brand: each documented answer, ten calls per client and policy."""
    records = [record for record in run["records"] if record["section"] == "vendor errors"]
    lines: list[str] = []
    for brand in BRANDS:
        rows: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
        for record in (record for record in records if record["brand"] == brand):
            key = (record["retry"], record.get("stack", "sync"))
            rows[(record["shape"], record["call"])][key] = _vendor_cell(record)
        if not rows:
            continue
        table = [[shape, call, *(cells.get(key, "-") for key in VENDOR_RUNS)] for (shape, call), cells in rows.items()]
        lines += [f"**{brand}**, {records[0]['calls']} calls each ({_run_label(run)})", ""]
        lines += [*_table(["answer", "call", *VENDOR_RUNS.values()], table), ""]
    return lines


def vendor_token_errors(run: dict[str, Any]) -> list[str]:
    records = [record for record in run["records"] if record["section"] == "vendor token errors"]
    rows = [
        [record["brand"], record["shape"], VENDOR_RUNS[(record["retry"], record.get("stack", "sync"))],
         ", ".join(record["outcomes"]), record["token_calls"],
         record["requests"], "kept" if record["login_kept"] else "LOST"]
        for record in records
    ]  # fmt: skip
    header = ["brand", "token-endpoint answer", "client", "outcome", "token calls", "API requests", "stored login"]
    return [f"({_run_label(run)})", "", *_table(header, rows), ""]


Section = Callable[[dict[str, Any]], list[str]]
SECTIONS: dict[str, Section] = {
    "Fault matrix": fault_matrix,
    "Refresh under faults": refresh_faults,
    "Vendor error answers": vendor_errors,
    "Vendor token-endpoint answers": vendor_token_errors,
    "Fuzzing": fuzz,
    "Concurrency soak": lambda run: records_table(run, "concurrency soak"),
    "Multi-process durability": lambda run: records_table(run, "durability"),
    "Secrets": lambda run: records_table(run, "secrets"),
    "BMW streaming": lambda run: records_table(run, "streaming"),
}


def headline(run: dict[str, Any]) -> list[str]:
    """A few lines that sum a run up (RELIABILITY.md quotes them)."""

    def section(name: str) -> list[Record]:
        return [record for record in run["records"] if record["section"] == name]

    cells = section("fault matrix")
    by_operation = Counter(record["operation"] for record in cells)
    delivered_twice = sum(1 for record in cells if record["delivered"] > 1)
    vendor = section("vendor errors")
    not_token = [record for record in vendor if "rejecting_always" not in record]
    token = [record for record in vendor if "rejecting_always" in record]
    once = [record for record in not_token if record.get("sends") == 1]
    kept = [record for record in once if record["requests"] <= record["calls"]]
    refreshes = section("vendor token errors")
    fuzz = section("fuzz")
    soak = section("concurrency soak")
    leaks = sum(record.get("leaks", 0) for record in section("secrets"))
    labels = dict(zip(OPERATIONS, COLUMNS, strict=True))
    operations = ", ".join(f"{count} {labels.get(name, name)}" for name, count in by_operation.items())
    lines = [
        f"- Fault matrix: {len(cells)} cells ({operations}); commands delivered twice: {delivered_twice}.",
        f"- Vendor answers: {len({(r['brand'], r['shape'], r['call']) for r in vendor})} documented error answers, "
        f"each 10 calls by the sync client (brand's and a user's retry policy) and the async client (httpx, "
        f"AsyncioTransport), {len(vendor)} runs; token-endpoint calls for answers not about "
        f"the token: {sum(r['token_calls'] for r in not_token)}; for an expired or revoked access token: "
        f"{max((r['token_calls'] for r in token), default=0)} per expiry; answers no retry may spend quota on: "
        f"{len(kept)} of {len(once)} runs sent at most one request per call.",
        f"- Token-endpoint answers: {len(refreshes)} runs, stored login kept in "
        f"{sum(1 for r in refreshes if r['login_kept'])}, API requests without a valid token: "
        f"{sum(r['requests'] for r in refreshes)}.",
        f"- Fuzzing: {len({r['case'] for r in fuzz if not r['unmatched']})} methods, "
        f"{sum(r['examples'] for r in fuzz)} examples.",
        *(
            f"- Soak ({r['case']}): {r['requests']} requests, {sum(r['failed'].values())} failed, "
            f"{r['expiries']} expiries, {r['refreshes']} refreshes."
            for r in soak
        ),
        f"- Secrets found in logs, messages and reprs: {leaks}.",
    ]
    return [f"Headline ({_run_label(run)}):", "", *lines, ""]


def render(paths: list[Path]) -> str:
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    lines: list[str] = []
    for title, section in SECTIONS.items():
        lines += [f"### {title}", ""]
        for run in runs:
            lines += section(run)
    return "\n".join(lines)


def render_headline(paths: list[Path]) -> str:
    lines: list[str] = []
    for path in paths:
        lines += headline(json.loads(path.read_text(encoding="utf-8")))
    return "\n".join(lines)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--headline"]:
        print(render_headline([Path(argument) for argument in arguments[1:]]))
    else:
        print(render([Path(argument) for argument in arguments]))
