"""Peer: ``connectedcar`` (Ford, sync, requests): ``Vehicle.status()``, the raw JSON dict.

It has no base-URL option: ``connectedcar.const.API_URL`` is read on every call, so the factory points
it at the loopback server by setting that constant. Each read opens a new connection
(``requests.request`` without a session), as the SDK does.
"""

from __future__ import annotations

from collections.abc import Mapping

import connectedcar  # type: ignore[import-untyped,import-not-found,unused-ignore]
from connectedcar import const  # type: ignore[import-untyped,import-not-found,unused-ignore]


class SyncReader:
    def __init__(self, target: Mapping[str, str]) -> None:
        self.vehicle = connectedcar.Vehicle(target["vehicle_id"], "bench-token")

    def read(self) -> object:
        return self.vehicle.status()

    def close(self) -> None:
        pass


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    const.API_URL = base_url + "/api"
    return SyncReader(target)
