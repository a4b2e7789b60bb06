"""Streaming: decoded messages per second on one connection, our ``CarDataStream`` beside bmw-cardata's client.

One broker (:mod:`harness.broker`, amqtt over TLS on 127.0.0.1) serves every contestant; each holds one
connection, subscribed to a topic of its own (``<its gcid>/<vin>``), so a contestant that is not being
measured receives nothing. Per round and contestant, the worker is told to read N messages, then the
broker publishes N pre-built BMW messages (:mod:`harness.messages`, the same bytes for everyone) at
QoS 0 as fast as it can; the worker's wall and CPU time from the command to the N-th decoded message
are the figures, the broker's CPU time beside them. Rounds are interleaved with the order rotating, as
in the other suites. Target: our client reads more messages per second than bmw-cardata's (a wall
time per message ratio below 1.0).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .broker import BrokerProcess
from .lineup import Contestant, streaming
from .messages import VIN
from .rounds import Series
from .stats import Summary, ratios
from .tls import TlsFiles
from .workers import Worker, WorkerError

TARGET = 1.0
SUBJECT, REFERENCE, FLOOR = (contestant.key for contestant in streaming())
SECONDS_PER_MESSAGE = 0.01
"""A batch taking longer than this per message (plus a minute) counts as lost messages: the worker fails."""


def _target(index: int) -> dict[str, str]:
    return {"gcid": f"bench-gcid-{index}", "vin": VIN, "id_token": "bench-id-token"}


def _topic(target: dict[str, str]) -> str:
    return f"{target['gcid']}/{target['vin']}"


class Lineup:
    """The streaming workers, each with its target, started against one broker."""

    def __init__(self, broker: BrokerProcess, pythons: dict[str, Path], ca: Path) -> None:
        self.broker = broker
        self.workers: dict[str, tuple[Contestant, Worker, dict[str, str]]] = {}
        self.checks: dict[str, dict[str, Any]] = {}
        self.failures: dict[str, str] = {}
        for index, contestant in enumerate(streaming()):
            python = pythons.get(contestant.env)
            if python is None:
                self.failures[contestant.key] = f"venv {contestant.env} not available"
                continue
            target = _target(index)
            try:
                worker = Worker(contestant, python, broker.url, ca, target=target)
            except WorkerError as exc:
                self.failures[contestant.key] = str(exc)
                continue
            try:
                worker.send("check")
                broker.publish(_topic(target), 1)
                self.checks[contestant.key] = worker.receive(60)
            except WorkerError as exc:
                self.failures[contestant.key] = str(exc)
                worker.close()
                continue
            self.workers[contestant.key] = (contestant, worker, target)

    def batch(self, key: str, messages: int) -> tuple[dict[str, Any], float]:
        """One measured batch: the worker's answer and the broker's CPU seconds during it."""
        _contestant, worker, target = self.workers[key]
        broker_before = self.broker.cpu()
        worker.send("batch", n=messages)
        self.broker.publish(_topic(target), messages)
        answer = worker.receive(60 + messages * SECONDS_PER_MESSAGE)
        return answer, self.broker.cpu() - broker_before

    def fail(self, key: str, error: Exception) -> None:
        self.failures[key] = str(error)
        _contestant, worker, _target = self.workers.pop(key)
        worker.close()

    def close(self) -> None:
        for _contestant, worker, _target in self.workers.values():
            worker.close()
        self.workers.clear()


def _rounds(lineup: Lineup, messages: int, rounds: int, warmup: int) -> dict[str, Series]:
    results = {key: Series() for key in lineup.workers}
    for number in range(warmup + rounds):
        keys = list(lineup.workers)
        shift = number % len(keys) if keys else 0
        for key in keys[shift:] + keys[:shift]:
            try:
                answer, broker_used = lineup.batch(key, messages)
            except WorkerError as exc:
                lineup.fail(key, exc)
                results.pop(key, None)
                continue
            if number >= warmup:
                series = results[key]
                series.wall.append(answer["wall"] / messages)
                series.cpu.append(answer["cpu"] / messages)
                series.server.append(broker_used / messages)
    return results


def _row(contestant: Contestant, worker: Worker, check: dict[str, Any], series: Series) -> dict[str, Any]:
    wall, cpu, broker = Summary.of(series.wall), Summary.of(series.cpu), Summary.of(series.server)
    return {
        "label": contestant.label,
        "env": contestant.env,
        "python": worker.python,
        "returns": check["type"],
        "messages_per_second": 1 / wall.median,
        "messages_per_cpu_second": 1 / cpu.median,
        "wall_us": wall.scaled(1e6).as_dict(),
        "client_cpu_us": cpu.scaled(1e6).as_dict(),
        "broker_cpu_us": broker.scaled(1e6).as_dict(),
    }


def _comparison(results: dict[str, Series], subject: str, reference: str, target: float | None) -> dict[str, Any]:
    wall = ratios(results[subject].wall, results[reference].wall)
    cpu = ratios(results[subject].cpu, results[reference].cpu)
    return {
        "subject": subject,
        "reference": reference,
        "target": target,
        "wall": wall.as_dict(),
        "client_cpu": cpu.as_dict(),
        "met": None if target is None else wall.median < target,
    }


def run(
    fixtures: Path, files: TlsFiles, pythons: dict[str, Path], messages: int, rounds: int, warmup: int
) -> dict[str, Any]:
    """Messages per second and per CPU second of each streaming client, and our ratio to bmw-cardata."""
    try:
        broker = BrokerProcess(fixtures, files)
    except (RuntimeError, OSError) as exc:
        return {"messages": messages, "contestants": {}, "comparisons": [], "failures": {"mqtt-broker": str(exc)}}
    lineup = Lineup(broker, pythons, files.ca)
    try:
        results = _rounds(lineup, messages, rounds, warmup)
        contestants = {
            key: _row(contestant, worker, lineup.checks[key], results[key])
            for key, (contestant, worker, _target) in lineup.workers.items()
            if key in results
        }
    finally:
        lineup.close()
        broker.close()
    pairs = ((SUBJECT, REFERENCE, TARGET), (REFERENCE, FLOOR, None), (SUBJECT, FLOOR, None))
    compared = [
        _comparison(results, subject, reference, target)
        for subject, reference, target in pairs
        if subject in contestants and reference in contestants
    ]
    return {"messages": messages, "contestants": contestants, "comparisons": compared, "failures": lineup.failures}
