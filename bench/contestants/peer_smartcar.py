"""Peer: Smartcar's official SDK (``smartcar``, sync, requests): ``Vehicle.odometer()``.

Pointed at the loopback server by its documented ``SMARTCAR_API_ORIGIN`` environment variable, which
the orchestrator sets for this worker. The SDK sends every call with ``requests.request`` (no session),
so each read opens a new connection: that is the SDK's behaviour and is measured as such.
"""

from __future__ import annotations

from collections.abc import Mapping

import smartcar  # type: ignore[import-untyped,import-not-found,unused-ignore]


class SyncReader:
    def __init__(self, target: Mapping[str, str]) -> None:
        self.vehicle = smartcar.Vehicle(target["vehicle_id"], "bench-token")

    def read(self) -> object:
        return self.vehicle.odometer()

    def close(self) -> None:
        pass


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(target)
