"""Peer: ``volvocarsapi`` (Volvo, async, aiohttp): ``VolvoCarsApi.async_get_odometer()``.

It has no base-URL option: ``volvocarsapi.api._API_URL`` is read when each URL is built, so the factory
points it at the loopback server by setting that constant. The token comes from a fixed
``AccessTokenManager``, the library's own extension point.
"""

from __future__ import annotations

from collections.abc import Mapping

import aiohttp  # type: ignore[import-not-found,unused-ignore]
from _aiohttp import session
from volvocarsapi import api  # type: ignore[import-untyped,import-not-found,unused-ignore]
from volvocarsapi.auth import AccessTokenManager  # type: ignore[import-untyped,import-not-found,unused-ignore]


class FixedToken(AccessTokenManager):  # type: ignore[misc,unused-ignore]
    async def async_get_access_token(self) -> str:
        return "bench-token"


class AsyncReader:
    def __init__(self, session: aiohttp.ClientSession, vin: str) -> None:
        self.session = session
        self.api = api.VolvoCarsApi(session, FixedToken(session), "bench-key", vin)

    async def read(self) -> object:
        return await self.api.async_get_odometer()

    async def close(self) -> None:
        await self.session.close()


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    api._API_URL = base_url
    return AsyncReader(session(), target["vin"])
