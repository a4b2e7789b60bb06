"""``RESULTS.md`` from the results dictionary: every figure in a table, the targets, the machine."""

from __future__ import annotations

import time
from typing import Any

from .fanout import ASYNC_IN_FLIGHT
from .lineup import PY311, PY312

Row = list[str]
EXPLANATIONS = {
    "async-vs-aiohttp": (
        "**Our async clients against the aiohttp peers.** On httpx's own transport (httpcore over anyio) an"
        " async read costs several times what aiohttp's whole client does (`+ httpx transport` rows), which"
        " is why the async clients default to carconnect-core's `AsyncioTransport`. Where a peer still wins,"
        " compare three rows of the Python 3.12 group: `AsyncioTransport alone` (a prepared request sent and"
        " its body read, no client) is the floor our async reads stand on; `raw aiohttp` is the peers' whole"
        " client on its C HTTP parser; the difference between our client and the floor is what the typed"
        " client adds per read (httpx's request and response objects, the auth flow, retries, the brand's"
        " layer, the generated operation and its model). A peer with no retries or bookkeeping and a"
        " compiled model parser over aiohttp can stay below that."
    ),
    "raw": (
        "**Against raw httpx.** The raw baseline only calls `.json()`; our clients also build the typed model,"
        " run the auth flow (token, brand headers, typed errors) and the retry transport, and each brand adds"
        " its own layer. They also skip work raw httpx does on every request (parsing the base URL and path"
        " again, the cookie jar, redirect and hook plumbing). The no-network breakdown under section 1 shows"
        " where the difference goes. On this shared machine the spread between rounds is of the same order as"
        " the overhead: read the interquartile range before reading a miss."
    ),
    "imports": (
        "**Import time.** A brand package imports httpx, carconnect-core and its own handwritten modules;"
        " generated operations and models (and with them attrs) load on first use (PEP 562), and the login"
        " flows when an `...Auth` is first used. What remains is one module import per handwritten module and"
        " generated namespace, and about 0.5 ms per dataclass."
    ),
}

SCALING_NOTE = (
    "Not flat (more than 1.25x from the smallest to the largest batch): {}. At the small sizes the fixed"
    " work of a batch (starting tasks or threads) is spread over fewer reads, and the largest size runs"
    " one round only, so it carries the machine's noise unfiltered."
)
FANOUT_NOTE = (
    "With httpx's own pool, a read costs more with many in flight than one after another ({}). Profiling"
    " shows httpcore's connection pool scanning every connection for each request it assigns"
    " (`_assign_requests_to_connections`), so the cost per read grows with the number in flight; aiohttp's"
    " pool does not. For wide fan-out, use the `httpx-aiohttp` transport or keep fewer requests in flight."
)


def _fmt(summary: dict[str, float] | None, digits: int = 1) -> str:
    if not summary:
        return "-"
    return f"{summary['median']:.{digits}f} ({summary['q1']:.{digits}f}-{summary['q3']:.{digits}f})"


def _table(header: Row, rows: list[Row]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _labels(results: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for section in (*results.get("per_request", []), *results.get("fanout", [])):
        for key, row in section["contestants"].items():
            env = row.get("env") or _env_of(key)
            labels[key] = f"{row['label']} [{row.get('read', _read_of(key))}, {env}]"
    return labels


def _env_of(key: str) -> str:
    for env in (PY311, PY312):
        if key.endswith(env):
            return env
    return key.removeprefix("peer-") if key.startswith("peer-") else PY312


def _read_of(key: str) -> str:
    for brand in ("volvo", "bmw", "ford", "smartcar"):
        if brand in key:
            return brand
    return "volvo" if "volvocarsapi" in key else "?"


def _met(flag: bool | None) -> str:
    if flag is None:
        return "-"
    return "yes" if flag else "**no**"


def _target_text(target: float | None) -> str:
    if target is None:
        return "reference"
    return f"<= {target:.2f}" if target > 1 else "< 1.0"


def _targets(results: dict[str, Any], labels: dict[str, str]) -> str:
    rows = []
    for group in results.get("per_request", []):
        for cmp in group["comparisons"]:
            kind = _target_text(cmp["target"])
            rows.append(
                [
                    f"per request ({group['group']})",
                    labels.get(cmp["subject"], cmp["subject"]),
                    labels.get(cmp["reference"], cmp["reference"]),
                    _fmt(cmp["wall"], 2),
                    _fmt(cmp["client_cpu"], 2),
                    kind,
                    _met(cmp["met"]),
                ]
            )
    for cmp in results.get("imports", {}).get("comparisons", []):
        kind = f"<= {cmp['target']:.1f}" if cmp["target"] > 1 else "< 1.0"
        rows.append(
            ["import time", cmp["subject"], cmp["reference"], _fmt(cmp["ratio"], 2), "-", kind, _met(cmp["met"])]
        )
    header = ["measure", "subject", "reference", "wall ratio (IQR)", "client CPU ratio (IQR)", "target", "met"]
    return _table(header, rows)


def _per_request(results: dict[str, Any], labels: dict[str, str]) -> str:
    parts = []
    for group in results.get("per_request", []):
        rows = [
            [
                labels[key],
                row["python"],
                f"`{row['returns'].rsplit('.', 1)[-1]}`",
                _fmt(row["wall_us"]),
                _fmt(row["client_cpu_us"]),
                _fmt(row["server_cpu_us"]),
                f"{row['server_share']:.0%}",
            ]
            for key, row in group["contestants"].items()
        ]
        header = [
            "contestant [read, venv]",
            "Python",
            "returns",
            "wall µs/read",
            "client CPU µs",
            "server CPU µs",
            "server share",
        ]
        parts.append(f"#### {group['group']}\n\n" + _table(header, rows))
        if group["missing"]:
            parts.append("Not measured: " + ", ".join(group["missing"]) + " (see Failures).\n")
    return "\n".join(parts)


def _breakdown(results: dict[str, Any]) -> str:
    table = results.get("breakdown") or {}
    if "error" in table:
        return f"Not measured: {table['error']}\n"
    rows = []
    for brand, row in table.items():
        if brand == "core":
            continue
        if "error" in row:
            rows.append([brand, row["error"], "", "", "", ""])
            continue
        figures = (row["raw"], row["ours"], row["overhead"], row["parse"], row["overhead_without_parse"])
        rows.append([brand, *(f"{value:.1f}" for value in figures)])
    header = ["read", "raw httpx µs", "our client µs", "overhead µs", "typed model alone µs", "overhead - model µs"]
    text = _table(header, rows)
    core = table.get("core")
    if core:
        text += (
            f"\ncarconnect-core's layers alone on the Volvo read: its signed client (token, brand header, typed"
            f" errors, no URL re-parsing, no cookie jar) costs {core['auth']:+.1f} µs against raw httpx's"
            f" {core['raw']:.1f} µs, and the retry transport adds {core['retry']:.1f} µs. The rest of the"
            " overhead is the generated operation's plumbing, core's `call` and the brand's own layer (Volvo:"
            " none with the rate limiter off; BMW: the quota ledger; Ford: the in-body status check, which"
            " decodes the body once more; Smartcar: the reading's metadata from the response headers).\n"
        )
    return text


def _fanout(results: dict[str, Any], labels: dict[str, str]) -> str:
    parts = []
    for group in results.get("fanout", []):
        rows = [
            [
                labels.get(key, key),
                str(row["concurrency"]),
                f"{row['reads_per_second']:.0f}",
                _fmt(row["per_read_us"]),
                _fmt(row["client_cpu_us"]),
                _fmt(row["server_cpu_us"]),
            ]
            for key, row in group["contestants"].items()
        ]
        header = ["contestant", "in flight", "reads/s", "wall µs/read", "client CPU µs/read", "server CPU µs/read"]
        parts.append(f"#### {group['group']}\n\n" + _table(header, rows))
        ratio_rows = [
            [labels.get(c["subject"], c["subject"]), labels.get(c["reference"], c["reference"]), _fmt(c["wall"], 2)]
            for c in group["comparisons"]
        ]
        if ratio_rows:
            parts.append(_table(["subject", "reference", "cost-per-read ratio (IQR)"], ratio_rows))
    return "\n".join(parts)


def _fanout_note(results: dict[str, Any], labels: dict[str, str]) -> str:
    sequential = {
        key: row["wall_us"]["median"]
        for group in results.get("per_request", [])
        for key, row in group["contestants"].items()
    }
    slower = []
    for group in results.get("fanout", []):
        for key, row in group["contestants"].items():
            alone = sequential.get(key)
            if row["concurrency"] == ASYNC_IN_FLIGHT and "aiohttp" not in key and alone:
                ratio = row["per_read_us"]["median"] / alone
                if ratio > 1.3:
                    slower.append(f"{labels.get(key, key)}: {ratio:.1f}x")
    return "\n" + FANOUT_NOTE.format("; ".join(slower)) + "\n" if slower else ""


def _scaling(results: dict[str, Any], labels: dict[str, str]) -> str:
    scaling = results.get("scaling")
    if not scaling:
        return "Not measured.\n"
    sizes = [str(size) for size in scaling["sizes"]]
    rows = [
        [labels.get(key, row["label"]), str(row["concurrency"])]
        + [_fmt(row.get(size)) for size in sizes]
        + [f"{row['flatness']:.2f}" if "flatness" in row else "-"]
        for key, row in scaling["contestants"].items()
    ]
    header = ["contestant", "in flight", *(f"{size} reads: µs/read" for size in sizes), f"{sizes[-1]} / {sizes[0]}"]
    text = _table(header, rows)
    steep = [
        labels.get(key, row["label"]) for key, row in scaling["contestants"].items() if row.get("flatness", 1) > 1.25
    ]
    if steep:
        text += "\n" + SCALING_NOTE.format(", ".join(steep)) + "\n"
    return text


def _imports(results: dict[str, Any]) -> str:
    rows = [
        [name.split(":")[0], f"`import {name.split(':')[1]}`", _fmt(value)]
        for name, value in results["imports"]["milliseconds"].items()
    ]
    text = _table(["venv", "statement", "ms (IQR)"], rows)
    failed = results["imports"].get("failed")
    if failed:
        text += "\nNot importable: " + ", ".join(sorted(failed)) + "\n"
    return text


def _memory(results: dict[str, Any], labels: dict[str, str]) -> str:
    memory = results.get("memory", {})
    rows = [
        [
            labels.get(key, row["label"]),
            f"{row['start_mib']:.1f}",
            f"{row['imported_mib']:.1f}",
            f"{row['client_mib']:.1f}",
            f"{row['client_cost_mib']:.2f}",
            f"{row['first_read_mib']:.1f}",
        ]
        for key, row in memory.get("footprints", {}).items()
    ]
    header = ["contestant", "RSS at start MiB", "after imports", "after client", "client itself", "after first read"]
    text = _table(header, rows) + (
        "\nThe httpx-aiohttp variants import the transport (and aiohttp) when the client is built, so that"
        " import counts under *client itself*.\n"
    )
    growth_rows = [
        [
            labels.get(key, row["label"]),
            f"{row['requests']:,}",
            str(row["concurrency"]),
            " → ".join(f"{value:.1f}" for value in row["rss_mib"]),
            f"{row['growth_mib']:+.2f}",
            f"{row['growth_bytes_per_request']:+.1f}",
        ]
        for key, row in memory.get("growth", {}).items()
    ]
    header = ["contestant", "requests", "in flight", "RSS MiB after each block", "growth MiB", "bytes/request"]
    return text + "\n" + _table(header, growth_rows)


def _machine(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory_gib']:.0f} GiB; {m['system']}",
        "- Load average (1, 5, 15 min) at start: "
        + ", ".join(f"{value:.2f}" for value in m["load_average_at_start"])
        + "; at end: "
        + ", ".join(f"{value:.2f}" for value in m.get("load_average_at_end", [])),
        "- The server (uvicorn + httptools + uvloop, raw ASGI app) and each client run in separate processes on"
        " 127.0.0.1; one client runs at a time, so client and server each have a core. The machine is shared:"
        " other work runs beside the benchmark, which is why every figure is a median of interleaved rounds.",
    ]
    for name, env in sorted(m["envs"].items()):
        libraries = ", ".join(f"{lib} {version}" for lib, version in sorted(env["libraries"].items()))
        lines.append(f"- venv `{name}`: Python {env['python']}; {libraries}")
    return "\n".join(lines) + "\n"


def _missed(results: dict[str, Any]) -> str:
    reasons = set()
    for group in results.get("per_request", []):
        for cmp in group["comparisons"]:
            if cmp["met"] is False:
                reasons.add("async-vs-aiohttp" if cmp["reference"].startswith("peer-") else "raw")
    if any(not cmp["met"] for cmp in results.get("imports", {}).get("comparisons", [])):
        reasons.add("imports")
    if not reasons:
        return "Every target was met in this run.\n"
    return "\n".join(
        EXPLANATIONS[reason] + "\n" for reason in ("raw", "async-vs-aiohttp", "imports") if reason in reasons
    )


def _settings(settings: dict[str, Any]) -> str:
    sizes = ", ".join(
        f"{size} x {rounds}" for size, rounds in zip(settings["scaling_sizes"], settings["scaling_rounds"], strict=True)
    )
    return (
        f"Settings: per request {settings['reads']} reads per batch, {settings['warmup']} warm-up and"
        f" {settings['rounds']} measured rounds; fan-out {settings['fanout_reads']} reads x"
        f" {settings['fanout_rounds']} rounds; scaling (reads x rounds) {sizes};"
        f" memory growth over {settings['growth_requests']:,} requests; import time"
        f" {settings['import_rounds']} rounds after one warm-up.\n"
    )


def _codegen(results: dict[str, Any]) -> str:
    seconds = results.get("codegen_seconds") or []
    if not seconds:
        return "Not measured in this run (only `nox -s bench` times it).\n"
    runs = ", ".join(f"{value:.1f} s" for value in seconds)
    return f"Wall time of generating every spec (the `nox -s generate` pipeline, into a temporary directory): {runs}.\n"


def markdown(results: dict[str, Any]) -> str:
    labels = _labels(results)
    day = time.strftime("%Y-%m-%d", time.gmtime())
    reads = "\n".join(
        f"- {brand}: {read['what']}, payload `{read['fixture']}`" for brand, read in results["reads"].items()
    )
    failures = results.get("failures") or {}
    failure_text = "\n".join(f"- `{key}`: {value}" for key, value in sorted(failures.items())) or "None."
    notes = "\n".join(f"- {note}" for note in results.get("notes", []))
    sections = [
        "# carconnect benchmarks\n",
        f"Written by `nox -s bench` ({day}, {results['duration_seconds']:.0f} s); do not edit by hand. Figures are"
        " medians of interleaved rounds with the interquartile range in brackets; µs are per read. The method is"
        " in `bench/README.md`.\n",
        "## Targets\n",
        _targets(results, labels),
        "## What was not beaten, and why\n",
        _missed(results),
        "## Machine\n",
        _machine(results),
        "## How to reproduce\n",
        "```\nnox -s bench                  # everything: bench/RESULTS.md and bench/results.json\n"
        "python bench/run.py --quick   # smoke run with small counts, into bench/.venvs/quick/\n```\n",
        "Payloads are the fixtures under `$CARCONNECT_FIXTURES` (default `../shared/fixtures`), served compact:\n",
        reads + "\n",
        _settings(results["settings"]),
        "## 1. Per-request cost\n",
        _per_request(results, labels),
        "### Where the overhead goes (no network)\n",
        "Each client and raw httpx over one `httpx.MockTransport` answering the fixture, in the"
        " `carconnect-py311` venv; µs per read, the fastest of interleaved rounds (small differences drown in"
        " the machine's noise otherwise). Without a network the"
        " overhead is a larger share than over loopback, where httpx's socket work adds to both sides.\n",
        _breakdown(results),
        "## 2. Fan-out\n",
        _fanout(results, labels) + _fanout_note(results, labels),
        "### Scaling (cost per read from small to large batches)\n",
        _scaling(results, labels),
        "## 3. Import time\n",
        _imports(results),
        "## 4. Memory\n",
        _memory(results, labels),
        "## 5. Code generation\n",
        _codegen(results),
        "## Failures\n",
        failure_text + "\n" + (notes + "\n" if notes else ""),
    ]
    return "\n".join(sections)
