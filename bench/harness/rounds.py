"""Interleaved rounds: warm-up first, then every contestant of a group once per round (A B C, B C A...)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .lineup import Contestant
from .server import ServerProcess
from .workers import Worker, WorkerError


@dataclass
class Series:
    """Seconds per read in each measured round: wall clock, client CPU, server CPU."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    server: list[float] = field(default_factory=list)


class Pool:
    """Worker processes started on first use and kept for every suite; failures are remembered."""

    def __init__(self, servers: dict[str, ServerProcess], pythons: dict[str, Path], ca: Path) -> None:
        self.servers = servers
        """The server of each scheme (``http``, ``https``)."""
        self.pythons = pythons
        self.ca = ca
        self.workers: dict[str, Worker] = {}
        self.failures: dict[str, str] = {}
        self.checks: dict[str, dict[str, Any]] = {}

    def get(self, contestant: Contestant) -> Worker | None:
        if contestant.key in self.failures:
            return None
        worker = self.workers.get(contestant.key)
        if worker is not None:
            return worker
        python = self.pythons.get(contestant.env)
        if python is None:
            self.failures[contestant.key] = f"venv {contestant.env} not available"
            return None
        try:
            worker = self.start(contestant, python)
            self.checks[contestant.key] = worker.ask("check")
        except WorkerError as exc:
            self.failures[contestant.key] = str(exc)
            return None
        self.workers[contestant.key] = worker
        return worker

    def start(self, contestant: Contestant, python: Path) -> Worker:
        """A new worker process for ``contestant`` against the server of its scheme (not kept)."""
        ca = self.ca if contestant.scheme == "https" else None
        return Worker(contestant, python, self.servers[contestant.scheme].base_url, ca)

    def fail(self, contestant: Contestant, error: Exception) -> None:
        self.failures[contestant.key] = str(error)
        worker = self.workers.pop(contestant.key, None)
        if worker is not None:
            worker.close()

    def close(self) -> None:
        for worker in self.workers.values():
            worker.close()
        self.workers.clear()


def run_rounds(
    pool: Pool, group: Iterable[Contestant], command: dict[str, Any], reads: int, rounds: int, warmup: int
) -> dict[str, Series]:
    """Run ``command`` (``reads`` reads each time) for every contestant per round, rotating the order."""
    members = [contestant for contestant in group if pool.get(contestant) is not None]
    results = {contestant.key: Series() for contestant in members}
    for number in range(warmup + rounds):
        shift = number % len(members) if members else 0
        for contestant in members[shift:] + members[:shift]:
            worker = pool.workers.get(contestant.key)
            if worker is None:
                continue
            server = pool.servers[contestant.scheme]
            server_before = server.cpu()
            try:
                answer = worker.ask(**command)
            except WorkerError as exc:
                pool.fail(contestant, exc)
                results.pop(contestant.key, None)
                continue
            server_used = server.cpu() - server_before
            if number >= warmup:
                series = results[contestant.key]
                series.wall.append(answer["wall"] / reads)
                series.cpu.append(answer["cpu"] / reads)
                series.server.append(server_used / reads)
    return results
