"""Ford for the CLI: FordConnect (authorization code, secret in the form body) with polled commands.

Once Ford accepted a command its result is printed whatever the polls find: failed as Ford says, or
an unknown outcome (still pending, or a poll that failed), with the command id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from carconnect.core import TokenSource
from carconnect.ford import CONNECT_API_URL, ConnectCommand, FordConnectAuth, FordConnectClient

from .base import BrandAdapter, Target, VehicleRow, api_url, compact, require, simulator_module

COMMANDS: dict[str, Callable[[FordConnectClient, str], ConnectCommand]] = {
    "lock": FordConnectClient.lock,
    "unlock": FordConnectClient.unlock,
    "start": FordConnectClient.start_engine,
    "stop": FordConnectClient.stop_engine,
    "refresh": FordConnectClient.refresh_status,
}


class FordAdapter(BrandAdapter):
    brand = "ford"
    title = "FordConnect"
    flow = "authorization_code"
    commands = tuple(COMMANDS)
    portal = "the Ford developer portal (developer.ford.com)"
    sim_server = "ford-connect"

    def oauth(self, target: Target, redirect_uri: str | None = None) -> FordConnectAuth:
        settings = target.settings
        client_id = require(settings.client_id, "client_id", self.brand)
        secret = require(settings.client_secret, "client_secret", self.brand)
        redirect = redirect_uri or settings.redirect_uri
        options: dict[str, Any] = {"redirect_uri": redirect} if redirect else {}
        if target.sim_url is not None:
            found = simulator_module("--sim").endpoints(target.sim_url, self.brand, self.sim_server)
            options.update(authorize_url=found.authorize_url, token_url=found.token_url)
        return FordConnectAuth(client_id, secret, clock=target.clock, **options)

    def client(self, target: Target, credentials: TokenSource) -> FordConnectClient:
        base_url = api_url(target, self.brand, "mps") if target.simulated else CONNECT_API_URL
        return FordConnectClient(credentials, base_url=base_url, clock=target.clock)

    def vehicles(self, client: FordConnectClient) -> list[VehicleRow]:
        rows = []
        for vehicle in client.vehicles().vehicles or []:
            name = " ".join(str(part) for part in (vehicle.model_year, vehicle.make, vehicle.model_name) if part)
            rows.append(VehicleRow(id=vehicle.vehicle_id, name=name or None))
        return rows

    def status(self, client: FordConnectClient, vehicle: str) -> dict[str, Any]:
        info = client.vehicle(vehicle).vehicle
        details = compact(info.vehicle_details) if info.vehicle_details else {}
        status = compact(info.vehicle_status) if info.vehicle_status else {}
        return {**details, **status}

    def command(
        self, client: FordConnectClient, vehicle: str, command: str, progress: Callable[[str], None]
    ) -> dict[str, Any]:
        handle = COMMANDS[command](client, vehicle)
        progress(f"{command} accepted as {handle.command_id}; waiting for the vehicle...")
        report = handle.outcome()
        row = {"command": command, "command_id": handle.command_id, "succeeded": report.outcome == "succeeded"}
        if report.outcome == "failed":
            return {**row, "status": report.code or "FAILED", "reason": report.reason}
        if report.outcome == "unknown":
            return {**row, "status": report.status or "accepted", "reason": f"outcome unknown: {report.reason}"}
        return {**row, "status": str(report.status), "polls": report.polls}


ADAPTER = FordAdapter()
