"""Peer: ``bmw-cardata``'s streaming client (aiomqtt, pre-release): ``StreamingClient.stream(vin)``, each
message parsed into its ``StreamingMessage`` (mashumaro entries and the typed ``Vehicle`` tree).

Connected with its documented arguments (``host``, ``port``, ``tls_context``); it subscribes when its
stream is first read.
"""

from __future__ import annotations

from collections.abc import Mapping

from _ca import ssl_context
from _stream import StreamReader, address
from bmw_cardata.streaming import StreamingClient  # type: ignore[import-untyped,import-not-found,unused-ignore]


async def async_client(base_url: str, target: Mapping[str, str]) -> StreamReader:
    host, port = address(base_url)
    client = StreamingClient(target["gcid"], target["id_token"], host=host, port=port, tls_context=ssl_context())
    await client.connect()
    return await StreamReader(aiter(client.stream(target["vin"])), client.close).subscribed(base_url, dict(target))
