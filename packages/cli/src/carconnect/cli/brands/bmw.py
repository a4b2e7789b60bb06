"""BMW for the CLI: the CarData device login with PKCE and read-only telematics (no remote commands).

Every call counts against the account's 50 a day, so ``status`` remembers its container's id in the
account's state directory: after the first run a status costs one call (``telematicData``), not two.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carconnect.bmw import API_URL, GCDM_URL, BmwAuth, BmwClient, QuotaBudget
from carconnect.bmw.containers import name_for
from carconnect.bmw.models import TelematicDataMap, TelematicDataResponse
from carconnect.core import ApiError, TokenSource

from .base import BrandAdapter, Target, VehicleRow, api_url, require

STATUS_DESCRIPTORS = {
    "vehicle.vehicle.travelledDistance": "mileage",
    "vehicle.cabin.door.status": "doors",
    "vehicle.drivetrain.batteryManagement.header": "battery",
    "vehicle.drivetrain.fuelSystem.level": "fuel",
}

CONTAINER_FILE = "bmw-status-container"
"""The id and name of the container ``status`` reads, under the account's state directory."""
STATUS_CONTAINER_NAME = name_for(STATUS_DESCRIPTORS)
"""The name of the container holding exactly :data:`STATUS_DESCRIPTORS` (it ends with their digest)."""


@dataclass
class BmwSession:
    """A BMW client and where the account keeps the id of its status container (``None``: nowhere)."""

    client: BmwClient
    container_file: Path | None

    def status_data(self, vin: str) -> TelematicDataResponse:
        """The status container's values: through the remembered container (one call), or after
        finding or creating it (two or three calls) when none is remembered for these descriptors or
        BMW refuses the one that is."""
        known = self._remembered()
        if known is not None:
            try:
                return self.client.telematic_data(vin, known)
            except ApiError as error:
                if error.code not in CONTAINER_GONE:
                    raise
        container = self.client.ensure_container(STATUS_DESCRIPTORS)
        self._remember(container.container_id, container.name)
        return self.client.telematic_data(vin, container.container_id)

    def _remembered(self) -> str | None:
        """The remembered container id, if it was remembered for the current descriptors."""
        if self.container_file is None:
            return None
        try:
            container_id, name = self.container_file.read_text(encoding="utf-8").split()
        except (FileNotFoundError, ValueError):
            return None
        return container_id if name == STATUS_CONTAINER_NAME else None

    def _remember(self, container_id: str, name: str) -> None:
        if self.container_file is not None:
            self.container_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.container_file.write_text(f"{container_id} {name}\n", encoding="utf-8")


CONTAINER_GONE = frozenset({"CU-105", "CU-121"})
"""BMW's answers for a container the account no longer has (deleted, unknown or malformed id)."""


class BmwAdapter(BrandAdapter):
    brand = "bmw"
    title = "BMW CarData"
    flow = "device"
    commands = ()
    credentials = ("client_id",)
    portal = "the MyBMW portal (My vehicles, your vehicle, BMW CarData)"

    def oauth(self, target: Target, redirect_uri: str | None = None) -> BmwAuth:
        client_id = require(target.settings.client_id, "client_id", self.brand)
        base_url = api_url(target, self.brand, "auth") if target.simulated else GCDM_URL
        return BmwAuth(client_id, base_url=base_url, clock=target.clock)

    def client(self, target: Target, credentials: TokenSource) -> BmwClient:
        base_url = api_url(target, self.brand, "api") if target.simulated else API_URL
        return BmwClient(credentials, base_url=base_url, quota=quota_budget(target), clock=target.clock)

    @contextlib.contextmanager
    def session(self, target: Target, credentials: TokenSource) -> Iterator[BmwSession]:
        container_file = target.state_dir / CONTAINER_FILE if target.state_dir is not None else None
        with self.client(target, credentials) as client:
            yield BmwSession(client, container_file)

    def vehicles(self, client: BmwSession) -> list[VehicleRow]:
        return [
            VehicleRow(id=mapping.vin, vin=mapping.vin, name=str(mapping.mapping_type))
            for mapping in client.client.vehicle_mappings()
        ]

    def status(self, client: BmwSession, vehicle: str) -> dict[str, Any]:
        found = client.status_data(vehicle).telematic_data
        data = found.additional_properties if isinstance(found, TelematicDataMap) else {}
        status: dict[str, Any] = {}
        for descriptor, label in STATUS_DESCRIPTORS.items():
            entry = data.get(descriptor)
            if entry is not None:
                unit = getattr(entry, "unit", None)
                value = getattr(entry, "value", None)
                status[label] = f"{value} {unit}" if unit else value
        status["calls_left_today"] = client.client.quota.remaining()
        return status

    def command(
        self, client: BmwSession, vehicle: str, command: str, progress: Callable[[str], None]
    ) -> dict[str, Any]:
        raise AssertionError("BMW CarData has no remote commands; main checks `commands` first")


def quota_budget(target: Target) -> QuotaBudget:
    """The account's CarData call ledger: a file under the account's state directory, so that every
    ``carconnect`` run (and any program given the same path) counts against the same 50 daily calls."""
    path = target.state_dir / "bmw-quota.json" if target.state_dir is not None else None
    return QuotaBudget(path, clock=target.clock)


ADAPTER = BmwAdapter()
