"""Plain aiohttp, one session, ``get`` + ``.json()``: the floor the aiohttp-based peers stand on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from _aiohttp import session

HEADERS = {"Authorization": "Bearer bench-token", "Accept": "application/json"}


class AsyncReader:
    def __init__(self, base_url: str, target: Mapping[str, Any]) -> None:
        self.session = session(headers={**HEADERS, **(target.get("request_headers") or {})})
        self.url = base_url + target["path"]

    async def read(self) -> Any:
        async with self.session.get(self.url) as response:
            return await response.json()

    async def close(self) -> None:
        await self.session.close()


async def async_client(base_url: str, target: Mapping[str, Any]) -> AsyncReader:
    return AsyncReader(base_url, target)
