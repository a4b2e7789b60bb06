"""The simulated CarData streaming broker: amqtt behind our own loopback listener, in its own thread.

Our listener (``127.0.0.1``, optional TLS) hands every connection to amqtt as an external connection,
so the port survives :meth:`CarDataBroker.restart` and a fault can cut connections, and closes a
connection silent for 1.5 times its keep-alive (MQTT 3.1.1, 3.1.2.10; amqtt does not). The plugins in
:mod:`.plugins` apply BMW's rules; :meth:`CarDataBroker.publish_changes` publishes what changed on
each BMW vehicle of the fleet since the last call, like a car sending data while driving or charging.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import ssl
import threading
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .messages import Reading, message, readings
from .plugins import CappedQosBroker
from .rules import CONNECTION, BrokerRules, Peer, SecondLogin

if TYPE_CHECKING:
    from ..state import SimState

LOOPBACK = "127.0.0.1"
LISTENER = "carconnect"
PLUGINS = "carconnect.sim.mqtt.plugins"
KEEPALIVE_CHECK = 0.25
"""Seconds (wall time) between checks for connections silent beyond their keep-alive."""
T = TypeVar("T")

logger = logging.getLogger("carconnect.sim.mqtt")
logger.addHandler(logging.NullHandler())


class CarDataBroker:
    """An MQTT 3.1.1 broker with BMW's login, topic and delivery rules.

    ``port=0`` picks a free port once; ``ssl_context`` (a server context) makes it ``mqtts``.
    ``interval`` (seconds of wall time) publishes changes and closes expired sessions on its own;
    ``None`` leaves both to :meth:`publish_changes` / :meth:`expire_sessions` (tests with a manual clock).
    ``qos`` is the highest level delivered: 0 as at BMW, which grants QoS 0 whatever a subscription asks;
    1 lets tests count acknowledged messages (:meth:`BrokerRules.acknowledged_payloads`).
    ``second_login``: a login for a GCID another connection holds closes that one (``"kick"``) or is
    refused with CONNACK 5 (``"refuse"``).
    """

    def __init__(
        self,
        state: SimState,
        *,
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
        interval: float | None = None,
        qos: int = 0,
        second_login: SecondLogin = "kick",
    ) -> None:
        if qos not in (0, 1):
            raise ValueError("qos must be 0 or 1")
        self.state = state
        self.rules = BrokerRules(state, second_login=second_login, disconnect=self._disconnect)
        self.qos = qos
        self._requested_port = port
        self._ssl = ssl_context
        self._interval = interval
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._broker: CappedQosBroker | None = None
        self._server: asyncio.Server | None = None
        self._port: int | None = None
        self._writers: dict[Peer, asyncio.StreamWriter] = {}
        self._sent: dict[str, dict[str, Reading]] = {}
        self._ticker: asyncio.Task[None] | None = None
        self._sequence = itertools.count(1)
        self.restarts = 0

    # -- addresses ---------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return LOOPBACK

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the broker is not running")
        return self._port

    @property
    def tls(self) -> bool:
        return self._ssl is not None

    @property
    def gcid(self) -> str:
        """The demo account's GCID (every BMW login of the simulator is this user)."""
        return self.state.fleet.owner("bmw").id

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> CarDataBroker:
        """Listen on ``127.0.0.1`` in a background thread; returns once connections are accepted."""
        if self._thread is not None:
            return self
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="carconnect-sim-mqtt", daemon=True)
        self._loop, self._thread = loop, thread
        thread.start()
        self._call(self._start())
        return self

    def stop(self) -> None:
        """Close every connection and stop the thread. Idempotent."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._call(self._stop())
        self._call(self._cancel_leftovers())
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
        self._loop = self._thread = None
        self._port = None

    def restart(self) -> None:
        """Broker restart: every client is cut off, then the broker comes back on the same port."""
        self._call(self._restart())

    def __enter__(self) -> CarDataBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ------------------------------------------------------------------------------

    def drop_connections(self) -> int:
        """Cut every client connection (no DISCONNECT); returns how many."""
        return self._call(self._drop(None))

    def expire_sessions(self) -> int:
        """Close connections whose id_token has expired by the simulator's clock (BMW does this hourly)."""
        return self._call(self._drop(set(self.rules.expired())))

    def refuse_subscriptions(self, vin: str | None = None, refused: bool = True) -> None:
        """SUBACK 0x80 for ``vin`` (every topic when ``None``), as when no descriptor is selected in BMW's portal."""
        self.rules.refuse_subscriptions(vin, refused)

    def publish_raw(self, vin: str, payload: bytes, gcid: str | None = None) -> None:
        """Publish any bytes on ``<gcid>/<vin>`` (a malformed message, say)."""
        self._call(self._publish(f"{gcid or self.gcid}/{vin}", payload))

    def publish(self, vin: str, data: dict[str, Reading]) -> bytes:
        """Publish ``{descriptor: (text value, unit)}`` for one vehicle in BMW's shape; returns the payload."""
        payload = message(self.gcid, vin, data, self.state.clock.now())
        self.publish_raw(vin, payload)
        return payload

    def burst(self, vin: str, count: int) -> list[bytes]:
        """``count`` messages at once for ``vin``, each with a distinct ``vehicle.vehicle.travelledDistance``."""
        payloads = []
        for _ in range(count):
            reading: dict[str, Reading] = {"vehicle.vehicle.travelledDistance": (str(next(self._sequence)), "km")}
            payloads.append(message(self.gcid, vin, reading, self.state.clock.now()))
        self._call(self._publish_many([(f"{self.gcid}/{vin}", payload) for payload in payloads]))
        return payloads

    def publish_changes(self) -> int:
        """Publish, per BMW vehicle, the descriptors whose value changed since last time; returns messages sent."""
        now = self.state.clock.now()
        batch: list[tuple[str, bytes]] = []
        for vehicle in self.state.fleet.vehicles("bmw"):
            current = readings(vehicle, now)
            previous = self._sent.get(vehicle.vin, {})
            changed = {key: value for key, value in current.items() if previous.get(key) != value}
            if changed:
                self._sent[vehicle.vin] = current
                batch.append((f"{self.gcid}/{vehicle.vin}", message(self.gcid, vehicle.vin, changed, now)))
        if batch:
            self._call(self._publish_many(batch))
        return len(batch)

    # -- inside the broker's loop ------------------------------------------------------------

    def _call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        if self._loop is None:
            coroutine.close()
            raise RuntimeError("the broker is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    async def _start(self) -> None:
        await self._start_broker()
        self._server = await asyncio.start_server(
            self._accept, LOOPBACK, self._port or self._requested_port, ssl=self._ssl, reuse_address=True
        )
        self._port = self._server.sockets[0].getsockname()[1]
        if self._interval is not None:
            self._ticker = asyncio.create_task(self._tick(self._interval))

    async def _start_broker(self) -> None:
        config = {
            "listeners": {"default": {"type": "external"}, LISTENER: {"type": "external"}},
            "plugins": {
                f"{PLUGINS}.CarDataAuthPlugin": {"rules": self.rules},
                f"{PLUGINS}.CarDataTopicPlugin": {"rules": self.rules},
                f"{PLUGINS}.DeliveryLedgerPlugin": {"rules": self.rules},
            },
        }
        self._broker = CappedQosBroker(config, loop=asyncio.get_running_loop(), max_qos=self.qos)
        await self._broker.start()

    async def _stop(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self._server is not None:
            self._server.close()
            self._server = None
        await self._drop(None)
        if self._broker is not None:
            await self._broker.shutdown()
            self._broker = None

    async def _cancel_leftovers(self) -> None:
        """Cancel what still runs on the broker's loop (a connection accepted while stopping), so every
        socket is closed on the loop before the loop closes."""
        current = asyncio.current_task()
        leftovers = [task for task in asyncio.all_tasks() if task is not current]
        for task in leftovers:
            task.cancel()
        await asyncio.gather(*leftovers, return_exceptions=True)

    async def _restart(self) -> None:
        ticker, self._ticker = self._ticker, None
        await self._stop()
        self._ticker = ticker
        self.restarts += 1
        await self._start()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer: Peer = writer.get_extra_info("peername")[:2]
        broker = self._broker
        if broker is None:
            writer.close()
            return
        self._writers[peer] = writer
        CONNECTION.set(peer)
        timed = _TimedReader(reader)
        watchdog = asyncio.create_task(self._watch_keepalive(peer, timed, writer))
        try:
            await broker.stream_connected(cast("asyncio.StreamReader", timed), writer, LISTENER)
        finally:
            watchdog.cancel()
            self._writers.pop(peer, None)
            self.rules.forget(peer)
            writer.close()

    async def _watch_keepalive(self, peer: Peer, reader: _TimedReader, writer: asyncio.StreamWriter) -> None:
        """Close the connection once nothing came from the client for 1.5 times its keep-alive."""
        while True:
            await asyncio.sleep(KEEPALIVE_CHECK)
            keepalive = self.rules.keepalive(peer)
            if keepalive and time.monotonic() - reader.last_read > 1.5 * keepalive:
                logger.info("closing a connection silent for 1.5 times its keep-alive of %d s", keepalive)
                writer.transport.abort()
                self.rules.forget(peer)  # the GCID is free once the connection is cut, as with _drop
                return

    def _disconnect(self, peer: Peer) -> None:
        """Cut one client connection (called on the broker's loop)."""
        writer = self._writers.get(peer)
        if writer is not None:
            writer.transport.abort()

    async def _drop(self, peers: set[Peer] | None) -> int:
        victims = [(peer, writer) for peer, writer in self._writers.items() if peers is None or peer in peers]
        for peer, writer in victims:
            writer.transport.abort()
            self.rules.forget(peer)
        if victims:
            await asyncio.sleep(0)
        return len(victims)

    async def _publish(self, topic: str, payload: bytes) -> None:
        if self._broker is not None:
            await self._broker.internal_message_broadcast(topic, payload, self.qos)

    async def _publish_many(self, batch: list[tuple[str, bytes]]) -> None:
        for topic, payload in batch:
            await self._publish(topic, payload)

    async def _tick(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await asyncio.to_thread(self.publish_changes)
                await self._drop(set(self.rules.expired()))
            except Exception:  # the ticker keeps the stream going; a failed round is logged
                logger.exception("publishing vehicle changes failed")


class _TimedReader:
    """A connection's reader as amqtt reads it (``read``, ``readexactly``, ``feed_eof``), noting (wall
    time) when the client last sent something."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self._reader = reader
        self.last_read = time.monotonic()

    async def read(self, n: int = -1) -> bytes:
        return self._noted(await self._reader.read(n))

    async def readexactly(self, n: int) -> bytes:
        return self._noted(await self._reader.readexactly(n))

    def feed_eof(self) -> None:
        self._reader.feed_eof()

    def _noted(self, data: bytes) -> bytes:
        self.last_read = time.monotonic()
        return data
