"""Orchestrator side of the worker protocol: one long-lived process per contestant."""

from __future__ import annotations

import json
import os
import select
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .lineup import Contestant
from .routes import READS
from .tls import CA_VARIABLE

WORKER = Path(__file__).with_name("worker.py")
PROXY_VARIABLES = tuple(
    name for base in ("http_proxy", "https_proxy", "all_proxy", "no_proxy") for name in (base, base.upper())
)
"""Cleared for every worker: every client talks to the loopback server directly."""
CONTESTANTS = Path(__file__).resolve().parents[1] / "contestants"
STARTUP_SECONDS = 300.0
"""How long a contestant may take to import and build its client before it counts as failed."""


class WorkerError(RuntimeError):
    """A contestant could not start or a command failed."""


class Worker:
    """A contestant's process: started with its client built, then driven one command at a time."""

    def __init__(
        self,
        contestant: Contestant,
        python: Path,
        base_url: str,
        ca: Path | None = None,
        target: dict[str, Any] | None = None,
    ) -> None:
        """``target`` replaces the identifiers of the contestant's read (the streaming contestants' own)."""
        self.contestant = contestant
        if target is None:
            target = READS[contestant.read].contestant_target()
        environment = {**os.environ, **{key: value.format(base_url=base_url) for key, value in contestant.env_vars}}
        for name in (
            *PROXY_VARIABLES,
            "PYTHONPATH",
            "SSL_CERT_FILE",
            "SSL_CERT_DIR",
            CA_VARIABLE,
            "REQUESTS_CA_BUNDLE",
        ):
            environment.pop(name, None)
        if ca is not None:  # https: our contestants build an SSL context from it, requests reads its own variable
            environment[CA_VARIABLE] = environment["REQUESTS_CA_BUNDLE"] = str(ca)
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in close())
        self.process = subprocess.Popen(
            [
                str(python),
                str(WORKER),
                str(CONTESTANTS / f"{contestant.module}.py"),
                contestant.factory,
                contestant.mode,
                base_url,
                json.dumps(target),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env=environment,
        )
        self.ready = self._answer(STARTUP_SECONDS)
        self.memory: dict[str, int] = self.ready["memory"]
        self.python: str = self.ready["python"]

    def _answer(self, timeout: float | None = None) -> dict[str, Any]:
        assert self.process.stdout is not None
        if timeout is not None and not select.select([self.process.stdout], [], [], timeout)[0]:
            self.process.kill()
            raise WorkerError(f"no answer within {timeout:.0f} s")
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            self._stderr.seek(0)
            lines = self._stderr.read().strip().splitlines()
            raise WorkerError(lines[-1] if lines else f"exited with {self.process.returncode}")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise WorkerError(answer["error"])
        return answer

    def ask(self, cmd: str, **arguments: int) -> dict[str, Any]:
        self.send(cmd, **arguments)
        return self.receive()

    def send(self, cmd: str, **arguments: int) -> None:
        """Start a command without waiting (``receive`` collects the answer)."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"cmd": cmd, **arguments}) + "\n")
        self.process.stdin.flush()

    def receive(self, timeout: float | None = None) -> dict[str, Any]:
        """The answer to the command sent last; ``timeout`` seconds at most (then the worker is killed)."""
        return self._answer(timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write('{"cmd": "quit"}\n')
                self.process.stdin.close()
                self.process.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        self._stderr.close()
