"""What the streaming contestants share: the broker's address, a subscription made sure of, one reader shape.

The orchestrator hands a streaming contestant ``mqtts://127.0.0.1:<port>`` as its base URL and a target
with the ``gcid`` (its own: each contestant has a topic of its own), the ``vin`` and the ``id_token``
(a dummy; the benchmark broker lets any login in). Its reader's ``read()`` returns the next decoded
message. Standard library and aiomqtt only (both clients under test stand on aiomqtt).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import aiomqtt  # type: ignore[import-not-found,unused-ignore]
from _ca import ssl_context

PROBE_EVERY = 0.05
QUIET = 0.3
"""Seconds without a message after which the probes are taken to be all read."""


def address(base_url: str) -> tuple[str, int]:
    """Host and port of ``mqtts://host:port``."""
    parts = urlsplit(base_url)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"not a broker address: {base_url}")
    return parts.hostname, parts.port


class StreamReader:
    """``read()`` returns the next message of ``messages``; ``close()`` ends the client."""

    def __init__(self, messages: AsyncIterator[Any], close: Callable[[], Awaitable[None]]) -> None:
        self._messages = messages
        self._close = close
        self._pending: asyncio.Future[Any] | None = None

    async def read(self) -> Any:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            return await pending
        return await anext(self._messages)

    async def close(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
        await self._close()

    async def subscribed(self, base_url: str, target: dict[str, str]) -> StreamReader:
        """Returns once this client receives its topic: probe messages are published on it from a
        second connection until one arrives, then read until none has come for :data:`QUIET` seconds.

        Some clients subscribe only on their first read; the probes make sure no measured message is
        published before the subscription exists and none is left over for the first measured batch.
        """
        host, port = address(base_url)
        topic = f"{target['gcid']}/{target['vin']}"
        probe = json.dumps({"vin": target["vin"], "data": {}}).encode()
        first = asyncio.ensure_future(anext(self._messages))
        async with aiomqtt.Client(
            host, port, tls_context=ssl_context(), identifier=f"probe-{target['gcid']}"
        ) as probes:
            while not first.done():
                await probes.publish(topic, probe, qos=0)
                await asyncio.wait({first}, timeout=PROBE_EVERY)
        first.result()
        while True:
            following = asyncio.ensure_future(anext(self._messages))
            done, _ = await asyncio.wait({following}, timeout=QUIET)
            if not done:
                self._pending = following
                return self
            following.result()
