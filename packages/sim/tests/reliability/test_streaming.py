"""BMW CarData streaming under faults: ten simulated minutes over TLS with broker restarts, a dropped
connection, an id_token renewal and an expired id_token; no message the client acknowledged (QoS 1)
may go missing, and nothing but typed errors may surface."""

from __future__ import annotations

import asyncio
import json
import random
import ssl
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from carconnect.bmw import BmwAuth
from carconnect.bmw.streaming import CarDataStream, StreamUpdate
from carconnect.core import CarConnectError, TokenManager
from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.mqtt.testing import SteppedClock, run_until, streaming_token

from .figures import Figures
from .leaks import LeakWatch, watch_token
from .tls import self_signed

DISTANCE = "vehicle.vehicle.travelledDistance"
SECONDS = 600
RESTARTS = (120, 330, 480)
DROP = 250
TOKEN_LEFT = 150
RENEW_BEFORE = 60
"""The first id_token has TOKEN_LEFT seconds left and is renewed RENEW_BEFORE seconds before it expires: at second
90, before the first restart."""
TOKEN_EXPIRY = 420
"""The second at which simulated time jumps past the id_token's expiry (a suspended host)."""


def key_of(vin: str, data: dict[str, Any]) -> tuple[str, Any] | None:
    entry = data.get(DISTANCE)
    return (vin, entry.get("value")) if isinstance(entry, dict) else None


def acknowledged_keys(payloads: list[bytes]) -> set[tuple[str, Any]]:
    keys = set()
    for payload in payloads:
        body = json.loads(payload)
        key = key_of(body["vin"], body["data"])
        if key is not None:
            keys.add(key)
    return keys


def received_keys(updates: list[StreamUpdate]) -> set[tuple[str, Any]]:
    return {(update.vin, update.values[DISTANCE].raw) for update in updates if DISTANCE in update.values}


def tls_contexts(directory: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    cert, key = self_signed(directory)
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return server, ssl.create_default_context(cafile=str(cert))


async def test_ten_minute_stream_loses_no_acknowledged_message(
    tmp_path: Path, figures: Figures, leak_watch: LeakWatch
) -> None:
    clock = SteppedClock(datetime(2026, 3, 1, 7, 0, tzinfo=UTC))
    server_tls, client_tls = tls_contexts(tmp_path)
    with Simulator(seed=5, clock=clock) as sim:
        broker = sim.mqtt(ssl_context=server_tls, interval=None, qos=1)  # QoS 1: acknowledged messages are counted
        vins = [vehicle.vin for vehicle in sim.fleet.vehicles("bmw")][:2]
        first = streaming_token(sim)
        watch_token(leak_watch, first)
        clock.advance(3600 - TOKEN_LEFT)
        async with BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=clock) as auth:
            tokens = TokenManager(first, auth, clock=clock)
            stream = CarDataStream(
                tokens,
                vins,
                host=broker.host,
                port=broker.port,
                tls=client_tls,
                clock=clock,
                rng=random.Random(7),
                renew_before=RENEW_BEFORE,
            )
            received: list[StreamUpdate] = []

            async def consume() -> None:
                async for update in stream:
                    received.append(update)

            await stream.start()
            consumer = asyncio.create_task(consume())
            published = 0
            for second in range(SECONDS):
                clock.advance(1)
                await asyncio.sleep(0.002)
                if second % 5 == 0:
                    published += len(await asyncio.to_thread(broker.burst, vins[second // 5 % 2], 4))
                if second % 60 == 0:
                    sim.fleet.plug_in("bmw", vins[0], second % 120 == 0)
                    published += await asyncio.to_thread(broker.publish_changes)
                if second in RESTARTS:
                    await asyncio.to_thread(broker.restart)
                if second == DROP:
                    await asyncio.to_thread(broker.drop_connections)
                if second == TOKEN_EXPIRY:
                    clock.advance(3600)
                    await asyncio.to_thread(broker.expire_sessions)
            await run_until(lambda: stream.connected, clock, step=1, limit=120)
            acknowledged = acknowledged_keys(broker.rules.acknowledged_payloads(broker.gcid))
            await run_until(lambda: acknowledged <= received_keys(received), clock, step=0.1, limit=60)
            still_running = not consumer.done()
            failure = None if still_running else consumer.exception()
            await stream.close()
            consumer.cancel()
            watch_token(leak_watch, tokens.token)
            leak_watch.harvest(sim)
            leak_watch.produced("streaming", stream, *(update for update in received[:5]))

    assert still_running, f"the stream ended: {failure!r}"
    assert failure is None or isinstance(failure, CarConnectError)
    missing = acknowledged - received_keys(received)
    assert not missing, f"{len(missing)} acknowledged messages never reached the consumer"
    assert broker.restarts == len(RESTARTS)
    assert stream.renewals >= 1
    assert stream.reconnects >= len(RESTARTS) + 1
    assert all(0 < delay <= 60 for delay in stream.delays)
    figures.add(
        "streaming",
        "bmw ten simulated minutes",
        published=published,
        acknowledged=len(broker.rules.acknowledged_payloads()),
        received=len(received),
        lost_acknowledged=len(missing),
        connections=stream.connections,
        reconnects=stream.reconnects,
        renewals=stream.renewals,
        refused_logins=broker.rules.refused_logins,
    )
