"""Plain aiomqtt, one connection, each message's payload decoded with ``json.loads`` (no model): the floor
both streaming clients stand on. Runs in the bmw-cardata venv (aiomqtt as that package pins it)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiomqtt  # type: ignore[import-not-found,unused-ignore]
from _ca import ssl_context
from _stream import StreamReader, address


async def _decoded(client: aiomqtt.Client, topic: str) -> AsyncIterator[Any]:
    await client.subscribe(topic, qos=0)
    async for message in client.messages:
        yield json.loads(message.payload)


async def async_client(base_url: str, target: Mapping[str, str]) -> StreamReader:
    host, port = address(base_url)
    client = aiomqtt.Client(host, port, username=target["gcid"], password=target["id_token"], tls_context=ssl_context())
    await client.__aenter__()

    async def close() -> None:
        await client.__aexit__(None, None, None)

    topic = f"{target['gcid']}/{target['vin']}"
    return await StreamReader(_decoded(client, topic), close).subscribed(base_url, dict(target))
