"""Peer: ``bmw-cardata`` (BMW, async, aiohttp, pre-release): ``CarDataClient.get_basic_data(vin)``.

Pointed at the loopback server with its ``base_url`` option.
"""

from __future__ import annotations

from collections.abc import Mapping

import aiohttp  # type: ignore[import-not-found,unused-ignore]
from _aiohttp import session
from bmw_cardata.client import CarDataClient  # type: ignore[import-untyped,import-not-found,unused-ignore]


class AsyncReader:
    def __init__(self, client: CarDataClient, session: aiohttp.ClientSession, vin: str) -> None:
        self.client, self.session, self.vin = client, session, vin

    async def read(self) -> object:
        return await self.client.get_basic_data(self.vin)

    async def close(self) -> None:
        await self.session.close()


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    opened = session()
    return AsyncReader(CarDataClient("bench-token", session=opened, base_url=base_url), opened, target["vin"])
