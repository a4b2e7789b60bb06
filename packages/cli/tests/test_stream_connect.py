"""Where `carconnect stream bmw` connects: the simulator's published broker, and failed connections said on stderr."""

from __future__ import annotations

import io
import json
import logging
import re
import socket
import threading
from typing import Any

import httpx
import pytest

from carconnect.cli import exitcodes
from carconnect.cli.clocks import WallWaits
from carconnect.cli.stream import STREAM_LOGGER
from carconnect.core import Clock, TransportError
from carconnect.sim.admin import publish_broker
from carconnect.sim.cli import main as sim_main

from .conftest import Cli


@pytest.mark.usefixtures("logged_in")
def test_with_a_simulator_and_no_port_the_stream_finds_its_broker(cli: Cli, talking: str) -> None:
    result = cli("stream", "bmw", talking, "--json", "--count", "2")  # no --port, no --plain
    assert result.exit_code == 0, result.output
    assert f"subscribed to {talking}; waiting for updates" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    assert {row["vin"] for row in rows} == {talking}


@pytest.mark.usefixtures("logged_in")
def test_a_simulator_without_a_broker_fails_at_once_naming_what_to_run(cli: Cli) -> None:
    publish_broker(cli.sim.state, None)
    result = cli("stream", "bmw")
    assert result.exit_code == exitcodes.UNAVAILABLE
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    port = cli.sim.port
    assert lines[0].startswith(f"error: the simulator at {cli.sim.base_url} serves no BMW streaming broker: ")
    assert f"restart it with carconnect sim --port {port} (it serves one unless --no-mqtt)" in lines[0]
    assert lines[0].endswith("--plain --port PORT")


class GiveUpAfter(WallWaits):
    """The stream's waits, recorded and instant; the ``tries``-th wait ends the stream with a TransportError."""

    def __init__(self, clock: Clock, tries: int) -> None:
        super().__init__(clock)
        self.tries, self.waits = tries, list[float]()

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if len(self.waits) >= self.tries:
            raise TransportError("the test gave up")


@pytest.mark.usefixtures("logged_in")
def test_each_failed_connection_is_said_with_the_address_the_reason_and_the_wait(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = GiveUpAfter(cli.clock, tries=2)
    monkeypatch.setattr("carconnect.cli.stream.stream_clock", lambda _: clock)
    stream_logger = logging.getLogger(STREAM_LOGGER)
    level, handlers = stream_logger.level, list(stream_logger.handlers)
    with socket.socket() as closed:  # bound, not listening: every connection is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        result = cli("stream", "bmw", "--plain", "--port", str(port))
    assert result.exit_code == exitcodes.UNAVAILABLE
    lines = result.stderr.splitlines()
    tries = [line for line in lines if "reconnecting in" in line]
    assert len(tries) == 2, lines
    for attempt, (line, wait) in enumerate(zip(tries, clock.waits, strict=True), start=1):
        assert line.startswith(f"127.0.0.1:{port}: the CarData stream's connection failed or ended (")
        assert "Connection refused" in line
        assert line.endswith(f"; reconnecting in {wait:.1f} s (attempt {attempt})")
    assert lines == [*tries, lines[-1]]
    assert lines[-1].endswith("the test gave up")
    assert not re.search(r"eyJ[\w-]+\.", result.stderr)  # no JWT (id_token, access token)
    assert all(token not in result.stderr for token in cli.sim.oauth.tokens)
    assert (stream_logger.level, stream_logger.handlers) == (level, handlers)


class Printed(io.StringIO):
    """The simulator's startup text; ``ready`` is set once it says how to stop it."""

    def __init__(self) -> None:
        super().__init__()
        self.ready = threading.Event()

    def write(self, text: str) -> int:
        written = super().write(text)
        if "Press Ctrl+C" in self.getvalue():
            self.ready.set()
        return written


def serve(argv: list[str]) -> tuple[str, Any]:
    """``carconnect sim ARGV`` until the test's ``with`` ends: (what it printed, its admin streaming answer)."""
    out, stop = Printed(), threading.Event()
    worker = threading.Thread(target=lambda: sim_main(["--port", "0", *argv], out=out, stop=stop), daemon=True)
    worker.start()
    try:
        assert out.ready.wait(30), out.getvalue()
        base_url = re.search(r"carconnect-sim on (\S+)", out.getvalue())
        assert base_url is not None
        answer = httpx.get(f"{base_url.group(1)}/_admin/streaming", timeout=5)
        return out.getvalue(), (answer.status_code, answer.json())
    finally:
        stop.set()
        worker.join(10)
        assert not worker.is_alive()


def test_carconnect_sim_serves_its_broker_by_default_and_publishes_it() -> None:
    printed, (status, address) = serve([])
    found = re.search(r"bmw streaming broker: mqtt://127\.0\.0\.1:(\d+) ", printed)
    assert found is not None, printed
    assert status == 200
    assert address == {"brand": "bmw", "host": "127.0.0.1", "port": int(found.group(1)), "tls": False}


def test_carconnect_sim_without_a_broker_publishes_none() -> None:
    printed, (status, answer) = serve(["--no-mqtt"])
    assert "streaming broker" not in printed
    assert status == 404
    assert "no BMW streaming broker" in answer["error"]
