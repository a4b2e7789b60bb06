"""``RESULTS.md`` from the results dictionary: every figure in a table, the targets, the conditions, the machine."""

from __future__ import annotations

import itertools
import time
from typing import Any

from .fanout import IN_FLIGHT

Row = list[str]
EXPLANATIONS = {
    "raw": (
        "**Against raw httpx on the same transport.** Raw httpx only calls `.json()`; our clients also run"
        " the auth flow (token, brand headers, the brand's policies: Volvo's rate limiter, BMW's quota"
        " ledger, Ford's in-body status check), map errors, and build the typed model. The no-network"
        " breakdown under section 1 shows what each part costs. On a shared machine the spread between"
        " rounds is of the order of the overhead: read the interquartile range before reading a miss."
    ),
    "peer": (
        "**Against the aiohttp peers, one read after another.** Compare three rows of the speed group:"
        " `AsyncioTransport alone` (a prepared request sent and its body read, no client) is the floor our"
        " fast reads stand on; `raw aiohttp` is the floor the peers stand on; the difference between our"
        " client and `AsyncioTransport alone` is what the typed client adds per read (httpx's request and"
        " response objects, the auth flow and policies, the generated operation and its model). Every"
        " response head (with its new request id and `Date`) is parsed and every request head encoded"
        " and validated on every read. A peer with no retries, limits or"
        " bookkeeping and a compiled model parser can stay below that."
    ),
    "fanout": (
        f"**At {IN_FLIGHT} in flight.** Every client runs with its default limits. httpx keeps at most"
        " 20 idle connections (`max_keepalive_connections=20`) out of 100, so with 100 reads in flight"
        " connections are closed and opened again all the time (over HTTPS, each with a TLS handshake);"
        " `AsyncioTransport` and aiohttp's default connector keep all 100. What remains between"
        " `AsyncioTransport` and the aiohttp peers is the per-read cost of the typed client above"
        " (see the per-read paragraph)."
    ),
    "memory": (
        "**Memory.** The growth table shows RSS after every block of reads; the gather table shows what"
        " the gathered reads add, including the results the gather returns (our typed models against raw"
        " httpx's dicts). With every read waiting in the client at once, each waiting read holds its whole"
        " call path (the generated operation, the auth flow and the brand's policies above httpx's own"
        " request): {per_task}. Through a semaphore only 100 reads hold that path at a time.{growth}"
    ),
    "imports": (
        "**Import time.** A brand package imports httpx, carconnect-core and its own handwritten modules;"
        " generated operations and models (and with them attrs) load on first use, and the login flows and"
        " `AsyncioTransport` when first used."
    ),
    "streaming": (
        "**Streaming.** Both clients stand on aiomqtt (paho-mqtt); `raw aiomqtt + json.loads` is that floor."
        " Ours decodes every descriptor with the telematics catalogue and merges it into the vehicle's"
        " state; bmw-cardata builds mashumaro entries and its `Vehicle` tree. When both are close to the"
        " broker's CPU time per message, the broker sets the pace: read the client CPU ratio."
    ),
}


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
            labels[key] = f"{row['label']} [{row['read']}, {row['env']}, {row['scheme']}]"
    return labels


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
    for group in [*results.get("per_request", []), *results.get("fanout", [])]:
        for cmp in group["comparisons"]:
            if cmp["target"] is None:
                continue
            rows.append(
                [
                    f"per read ({group['group']})",
                    labels.get(cmp["subject"], cmp["subject"]),
                    labels.get(cmp["reference"], cmp["reference"]),
                    _fmt(cmp["wall"], 2),
                    _fmt(cmp["client_cpu"], 2) if "client_cpu" in cmp else "-",  # fan-out measures wall time only
                    _target_text(cmp["target"]),
                    _met(cmp["met"]),
                ]
            )
    memory = results.get("memory", {})
    for key, row in memory.get("growth", {}).items():
        rows.append(
            [
                f"RSS growth over {row['requests']:,} reads ({row['concurrency']} in flight)",
                row["label"] + f" [{key.split('-')[3]}]",
                "its own first sample",
                f"{row['growth_mib']:+.2f} MiB",
                "-",
                f"< {row['target_mib']:.0f} MiB",
                _met(row["met"]),
            ]
        )
    gather = memory.get("gather", {})
    for pair in gather.get("pairs", []):
        if "error" in pair:
            continue
        subject, reference = pair["rows"][pair["subject"]], pair["rows"][pair["reference"]]
        rows.append(
            [
                f"peak RSS rise of a {gather['tasks']:,}-task gather ({pair['transport']} transport"
                + (f", semaphore {pair['semaphore']})" if pair.get("semaphore") else ", all at once)"),
                subject["label"],
                reference["label"],
                f"{subject['rise_mib']:.1f} vs {reference['rise_mib']:.1f} MiB ({pair['rise_difference_mib']:+.2f})",
                "-",
                f"within {gather['target_mib']:.0f} MiB",
                _met(pair["met"]),
            ]
        )
    stream = results.get("streaming", {})
    for cmp in stream.get("comparisons", []):
        if cmp["target"] is None:
            continue
        rows.append(
            [
                "decoded stream messages per second, one connection (MQTT over TLS)",
                stream["contestants"][cmp["subject"]]["label"],
                stream["contestants"][cmp["reference"]]["label"],
                _fmt(cmp["wall"], 2),
                _fmt(cmp["client_cpu"], 2),
                "< 1.0 (faster)",
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


def _references(results: dict[str, Any], labels: dict[str, str]) -> str:
    rows = []
    for section in ("per_request", "fanout"):
        for group in results.get(section, []):
            for cmp in group["comparisons"]:
                if cmp["target"] is None:
                    rows.append(
                        [
                            group["group"],
                            labels.get(cmp["subject"], cmp["subject"]),
                            labels.get(cmp["reference"], cmp["reference"]),
                            _fmt(cmp["wall"], 2),
                        ]
                    )
    stream = results.get("streaming", {})
    for cmp in stream.get("comparisons", []):
        if cmp["target"] is None:
            subject, reference = stream["contestants"][cmp["subject"]], stream["contestants"][cmp["reference"]]
            rows.append(["streaming", subject["label"], reference["label"], _fmt(cmp["wall"], 2)])
    if not rows:
        return ""
    return "Reference ratios (no target):\n\n" + _table(["group", "subject", "reference", "wall ratio (IQR)"], rows)


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
            "contestant [read, venv, scheme]",
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
        if "error" in row:
            rows.append([brand, row["error"], "", "", "", ""])
            continue
        figures = (row["raw"], row["ours"], row["overhead"], row["parse"], row["overhead_without_parse"])
        rows.append([brand, *(f"{value:.1f}" for value in figures)])
    header = ["read", "raw httpx µs", "our client µs", "overhead µs", "typed model alone µs", "overhead - model µs"]
    return _table(header, rows)


def _fanout(results: dict[str, Any], labels: dict[str, str]) -> str:
    parts = []
    for group in results.get("fanout", []):
        rows = [
            [
                labels.get(key, key),
                f"{row['reads_per_second']:.0f}",
                _fmt(row["per_read_us"]),
                _fmt(row["client_cpu_us"]),
                _fmt(row["server_cpu_us"]),
            ]
            for key, row in group["contestants"].items()
        ]
        header = [
            "contestant [read, venv, scheme]",
            "reads/s",
            "wall µs/read",
            "client CPU µs/read",
            "server CPU µs/read",
        ]
        parts.append(f"#### {group['group']}\n\n" + _table(header, rows))
    return "\n".join(parts)


def _streaming(results: dict[str, Any]) -> str:
    stream = results.get("streaming") or {}
    rows = [
        [
            f"{row['label']} [{row['env']}]",
            row["python"],
            f"`{row['returns'].rsplit('.', 1)[-1]}`",
            f"{row['messages_per_second']:,.0f}",
            f"{row['messages_per_cpu_second']:,.0f}",
            _fmt(row["wall_us"]),
            _fmt(row["client_cpu_us"]),
            _fmt(row["broker_cpu_us"]),
        ]
        for row in stream.get("contestants", {}).values()
    ]
    if not rows:
        return "Not measured (see Failures).\n"
    header = [
        "contestant [venv]",
        "Python",
        "returns",
        "messages/s",
        "messages per client CPU s",
        "wall µs/message",
        "client CPU µs/message",
        "broker CPU µs/message",
    ]
    return (
        f"Batches of {stream['messages']:,} BMW stream messages published at QoS 0 by amqtt over TLS on"
        " 127.0.0.1, one connection per client, each on a topic of its own. A client whose wall time per"
        " message is close to the broker's CPU time per message is held back by the broker (pure Python,"
        " sharing the machine's two cores), not by its own work: compare client CPU per message there.\n\n"
        + _table(header, rows)
    )


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


def _memory(results: dict[str, Any]) -> str:
    memory = results.get("memory", {})
    growth_rows = [
        [
            f"{row['label']} [{key}]",
            f"{row['requests']:,}",
            str(row["concurrency"]),
            " → ".join(f"{value:.1f}" for value in row["rss_mib"]),
            f"{row['growth_mib']:+.2f}",
            f"{row['growth_bytes_per_request']:+.1f}",
        ]
        for key, row in memory.get("growth", {}).items()
    ]
    header = ["contestant", "reads", "in flight", "RSS MiB after each block", "growth MiB", "bytes/read"]
    text = "### Growth\n\n" + _table(header, growth_rows)
    gather = memory.get("gather", {})
    gather_rows = []
    for pair in gather.get("pairs", []):
        way = pair["transport"] + (f", semaphore {pair['semaphore']}" if pair.get("semaphore") else ", all at once")
        if "error" in pair:
            gather_rows.append([way, pair["error"], "", "", "", ""])
            continue
        for key, row in pair["rows"].items():
            gather_rows.append(
                [
                    way,
                    f"{row['label']} [{key}]",
                    f"{row['before_mib']:.1f}",
                    f"{row['peak_mib']:.1f}",
                    f"{row['rise_mib']:.1f}",
                    f"{row['after_mib']:.1f}",
                ]
            )
    text += (
        f"\n### A {gather.get('tasks', 0):,}-task gather\n\n"
        f"Volvo reads over plain HTTP, each measured in a fresh process after 500 warm-up reads; medians"
        f" of {gather.get('rounds', 0)} rounds. The peak is the kernel's high-water mark (`VmHWM`), reset"
        " right before the gather; the rise (peak minus RSS before) holds the results the gather returns."
        " On the stock transport the tasks pass an `asyncio.Semaphore(100)` (the pool's size): httpx's own"
        " pool cannot take thousands of queued requests (raw httpx with 1,000 reads gathered on its default"
        " pool ends in `PoolTimeout`). On `AsyncioTransport` the gather runs both with all 10,000 reads"
        " waiting in the client at once and through the same semaphore.\n\n"
    )
    header = ["transport", "contestant", "RSS before MiB", "peak MiB", "rise MiB", "after MiB"]
    text += _table(header, gather_rows)
    rows = [
        [
            f"{row['label']} [{key}]",
            f"{row['start_mib']:.1f}",
            f"{row['imported_mib']:.1f}",
            f"{row['client_mib']:.1f}",
            f"{row['client_cost_mib']:.2f}",
            f"{row['first_read_mib']:.1f}",
        ]
        for key, row in memory.get("footprints", {}).items()
    ]
    header = ["contestant", "RSS at start MiB", "after imports", "after client", "client itself", "after first read"]
    return text + "\n### Footprint of each contestant\n\n" + _table(header, rows)


def _machine(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory_gib']:.0f} GiB; {m['system']}",
        "- Load average (1, 5, 15 min) at start: "
        + ", ".join(f"{value:.2f}" for value in m["load_average_at_start"])
        + "; at end: "
        + ", ".join(f"{value:.2f}" for value in m.get("load_average_at_end", [])),
        "- The servers (uvicorn + httptools + uvloop, raw ASGI app; one plain HTTP, one HTTPS) and each client"
        " run in separate processes on 127.0.0.1; one client runs at a time. The machine is shared: other"
        " work runs beside the benchmark, which is why every figure is a median of interleaved rounds.",
    ]
    for name, env in sorted(m["envs"].items()):
        libraries = ", ".join(f"{lib} {version}" for lib, version in sorted(env["libraries"].items()))
        lines.append(f"- venv `{name}`: Python {env['python']}; {libraries}")
    return "\n".join(lines) + "\n"


CONDITIONS = """\
- **Server**: every read answers a real payload with a new request id (a UUID in the vendor's header:
  `vcc-api-operationId` for Volvo, `sc-request-id` for Smartcar, `x-request-id` otherwise) and
  uvicorn's `Date`, which changes every second; over plain HTTP and over HTTPS (TLS with a certificate
  from a CA generated for the run; clients trust it through an SSL context: `verify=` for httpx,
  `ssl_context=` for `AsyncioTransport`, `ssl=` for aiohttp, `REQUESTS_CA_BUNDLE` for requests).
- **Clients as shipped**: default retry policy, timeouts and connection limits (httpx: 100 connections,
  20 kept idle; `AsyncioTransport()` and aiohttp: 100, all kept idle). Our async clients run on the
  stock httpx transport (the default) and on `AsyncioTransport()` (opt-in, `carconnect-core[speed]`);
  on HTTPS the stock transport is `httpx.(Async)HTTPTransport(verify=<context>)`, for our clients and raw httpx alike.
- **Volvo's rate limiter is on**: `RateLimiter(requests_per_minute=1000, window=0.01)`: the limiter's
  whole bookkeeping runs on every call, each call counts for 10 ms, and at most 1,000 may fall in a
  window, which no client here comes near (1,000 reads in 10 ms); the window holds about as many calls
  as a real minute at Volvo's limit of 100.
- **BMW's budget is raised**: `QuotaBudget(limit=1_000_000_000, reset=RollingWindow(10 ms))` instead of
  50 calls a day: every call is counted in the ledger, none is refused.
"""


def _missed(results: dict[str, Any]) -> str:
    reasons = set()
    for group in results.get("per_request", []):
        for cmp in group["comparisons"]:
            if cmp["met"] is False:
                reasons.add("peer" if cmp["reference"].startswith("peer-") else "raw")
    for group in results.get("fanout", []):
        if any(cmp["met"] is False for cmp in group["comparisons"]):
            reasons.add("fanout")
    memory = results.get("memory", {})
    if any(not row["met"] for row in memory.get("growth", {}).values()) or any(
        pair.get("met") is False for pair in memory.get("gather", {}).get("pairs", [])
    ):
        reasons.add("memory")
    if any(not cmp["met"] for cmp in results.get("imports", {}).get("comparisons", [])):
        reasons.add("imports")
    if any(cmp["met"] is False for cmp in results.get("streaming", {}).get("comparisons", [])):
        reasons.add("streaming")
    if not reasons:
        return "Every target was met in this run.\n"
    order = ("raw", "peer", "fanout", "memory", "imports", "streaming")
    gather = memory.get("gather", {})
    per_task = ", ".join(
        f"{pair['rise_difference_mib'] * 1024 * 1024 / gather['tasks']:+,.0f} bytes per read against raw httpx"
        f" ({pair['transport']}, {'semaphore ' + str(pair['semaphore']) if pair['semaphore'] else 'all at once'})"
        for pair in gather.get("pairs", [])
        if "error" not in pair
    )
    growth = "".join(_growth_shape(row) for row in memory.get("growth", {}).values() if not row["met"])
    return "\n".join(
        EXPLANATIONS[reason].format(per_task=per_task or "not measured", growth=growth) + "\n"
        for reason in order
        if reason in reasons
    )


def _growth_shape(row: dict[str, Any]) -> str:
    """Where a missed growth figure came from: its largest step between samples, and what followed it."""
    rss = row["rss_mib"]
    steps = [after - before for before, after in itertools.pairwise(rss)]
    if not steps:
        return ""
    at = max(range(len(steps)), key=steps.__getitem__)
    after = rss[-1] - rss[at + 1]
    return (
        f" {row['label']} ({row['concurrency']} in flight): {steps[at]:+.2f} MiB from sample {at + 1} to"
        f" {at + 2}, then {after:+.2f} MiB over the {len(rss) - at - 2} samples after it."
    )


def _settings(settings: dict[str, Any]) -> str:
    return (
        f"Settings: per read {settings['reads']} reads per batch, {settings['warmup']} warm-up and"
        f" {settings['rounds']} measured rounds; fan-out {settings['fanout_reads']} reads x"
        f" {settings['fanout_rounds']} rounds after one warm-up; memory growth over"
        f" {settings['growth_requests']:,} reads; gather of {settings['gather_tasks']:,} tasks x"
        f" {settings['gather_rounds']}; import time {settings['import_rounds']} rounds after one warm-up;"
        f" streaming {settings.get('stream_messages', 0):,} messages x {settings.get('stream_rounds', 0)} rounds"
        f" after {settings['warmup']} warm-up.\n"
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
        " medians of interleaved rounds with the interquartile range in brackets; µs are per read. What is"
        " promised and how it is measured: `bench/README.md`.\n",
        "## Targets\n",
        _targets(results, labels),
        _references(results, labels),
        "## What was not met, and why\n",
        _missed(results),
        "## Conditions\n",
        CONDITIONS,
        "Payloads are the fixtures under `$CARCONNECT_FIXTURES` (default `../shared/fixtures`), served compact:\n",
        reads + "\n",
        _settings(results["settings"]),
        "## Machine\n",
        _machine(results),
        "## 1. Per read\n",
        _per_request(results, labels),
        "### Where the overhead goes (no network)\n",
        "Each sync client and raw httpx over one `httpx.MockTransport` answering the fixture, in the"
        " `carconnect-py311` venv, configured as above; µs per read, the fastest of interleaved rounds.\n",
        _breakdown(results),
        f"## 2. {IN_FLIGHT} reads in flight\n",
        _fanout(results, labels),
        "## 3. Memory\n",
        _memory(results),
        "## 4. Import time\n",
        '`python -X importtime -c "import X"`: the self time of every module not imported by `-c pass`.\n',
        _imports(results),
        "## 5. Streaming (BMW CarData over MQTT)\n",
        _streaming(results),
        "## 6. Code generation\n",
        _codegen(results),
        "## Failures\n",
        failure_text + "\n" + (notes + "\n" if notes else ""),
    ]
    return "\n".join(sections)
