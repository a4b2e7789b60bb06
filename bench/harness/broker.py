"""The streaming benchmark's MQTT broker: amqtt behind a TLS listener on 127.0.0.1, in its own process.

The listener (an ephemeral port, the run's certificate, as BMW's broker is TLS only) hands each
connection to amqtt, the pure-Python broker the simulator uses too; amqtt runs with anonymous login
allowed and no other plugin (no packet logging, no ``$SYS`` topics). The stream messages
(:mod:`harness.messages`) are built once at start.

Run as ``python -m harness.broker FIXTURES CERT KEY`` (from ``bench/``): prints ``PORT <n>`` once
listening, then answers JSON lines on stdin:

* ``{"cmd": "publish", "topic": T, "n": N}``: the messages in turn, N of them, on T at QoS 0 (the only
  QoS BMW delivers), as fast as amqtt takes them; answers once all are handed over.
* ``{"cmd": "cpu"}``: the broker's CPU seconds so far.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .messages import build
from .server import start_listening
from .tls import TlsFiles

LOOPBACK = "127.0.0.1"
LISTENER = "bench"
QOS = 0


async def serve(fixtures: Path, cert: str, key: str) -> None:
    from amqtt.broker import Broker  # type: ignore[import-untyped,import-not-found,unused-ignore]

    messages = build(fixtures)
    config = {
        "listeners": {"default": {"type": "external"}, LISTENER: {"type": "external"}},
        "plugins": {"amqtt.plugins.authentication.AnonymousAuthPlugin": {"allow_anonymous": True}},
    }
    broker = Broker(config, loop=asyncio.get_running_loop())
    await broker.start()

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await broker.stream_connected(reader, writer, LISTENER)
        finally:
            writer.close()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = await asyncio.start_server(accept, LOOPBACK, 0, ssl=context)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    while line := await asyncio.to_thread(sys.stdin.readline):
        command = json.loads(line)
        answer: dict[str, Any] = {"cpu": time.process_time()}
        if command["cmd"] == "publish":
            topic, count = command["topic"], command["n"]
            for number in range(count):
                await broker.internal_message_broadcast(topic, messages[number % len(messages)], QOS)
            answer = {"published": count, "cpu": time.process_time()}
        print(json.dumps(answer), flush=True)
    server.close()
    await broker.shutdown()


class BrokerProcess:
    """Starts the broker in its own process; :meth:`publish` and :meth:`cpu` drive it."""

    def __init__(self, fixtures: Path, tls: TlsFiles) -> None:
        arguments = [str(fixtures), str(tls.cert), str(tls.key)]
        self.process, self.port = start_listening("harness.broker", arguments, "MQTT broker")
        self.url = f"mqtts://{LOOPBACK}:{self.port}"

    def send(self, **command: object) -> None:
        """Start a command without waiting (:meth:`receive` collects the answer)."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the benchmark MQTT broker exited with {self.process.wait()}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def publish(self, topic: str, count: int) -> dict[str, Any]:
        self.send(cmd="publish", topic=topic, n=count)
        return self.receive()

    def cpu(self) -> float:
        """CPU seconds the broker process has used."""
        self.send(cmd="cpu")
        return float(self.receive()["cpu"])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
