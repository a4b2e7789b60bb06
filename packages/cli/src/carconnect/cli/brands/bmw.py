"""BMW for the CLI: the CarData device login with PKCE and read-only telematics (no remote commands)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from carconnect.bmw import API_URL, GCDM_URL, BmwAuth, BmwClient, QuotaBudget
from carconnect.bmw.models import TelematicDataMap
from carconnect.core import TokenSource

from .base import BrandAdapter, Target, VehicleRow, api_url, require

STATUS_DESCRIPTORS = {
    "vehicle.vehicle.travelledDistance": "mileage",
    "vehicle.cabin.door.status": "doors",
    "vehicle.drivetrain.batteryManagement.header": "battery",
    "vehicle.drivetrain.fuelSystem.level": "fuel",
}


class BmwAdapter(BrandAdapter):
    brand = "bmw"
    title = "BMW CarData"
    flow = "device"
    commands = ()

    def oauth(self, target: Target, redirect_uri: str | None = None) -> BmwAuth:
        client_id = require(target.settings.client_id, "client_id", self.brand)
        base_url = api_url(target, self.brand, "auth") if target.simulated else GCDM_URL
        return BmwAuth(client_id, base_url=base_url, clock=target.clock)

    def client(self, target: Target, credentials: TokenSource) -> BmwClient:
        base_url = api_url(target, self.brand, "api") if target.simulated else API_URL
        return BmwClient(credentials, base_url=base_url, quota=quota_budget(target), clock=target.clock)

    def vehicles(self, client: BmwClient) -> list[VehicleRow]:
        return [
            VehicleRow(id=mapping.vin, vin=mapping.vin, name=str(mapping.mapping_type))
            for mapping in client.vehicle_mappings()
        ]

    def status(self, client: BmwClient, vehicle: str) -> dict[str, Any]:
        container = client.ensure_container(STATUS_DESCRIPTORS)
        found = client.telematic_data(vehicle, container.container_id).telematic_data
        data = found.additional_properties if isinstance(found, TelematicDataMap) else {}
        status: dict[str, Any] = {}
        for descriptor, label in STATUS_DESCRIPTORS.items():
            entry = data.get(descriptor)
            if entry is not None:
                unit = getattr(entry, "unit", None)
                value = getattr(entry, "value", None)
                status[label] = f"{value} {unit}" if unit else value
        status["calls_left_today"] = client.quota.remaining()
        return status

    def command(self, client: BmwClient, vehicle: str, command: str, progress: Callable[[str], None]) -> dict[str, Any]:
        raise AssertionError("BMW CarData has no remote commands; main checks `commands` first")


def quota_budget(target: Target) -> QuotaBudget:
    """The account's CarData call ledger: a file under the account's state directory, so that every
    ``carconnect`` run (and any program given the same path) counts against the same 50 daily calls."""
    path = target.state_dir / "bmw-quota.json" if target.state_dir is not None else None
    return QuotaBudget(path, clock=target.clock)


ADAPTER = BmwAdapter()
