"""Volvo for the CLI: Volvo ID authorization code login, Connected Vehicle reads and commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from carconnect.core import TokenSource
from carconnect.volvo import ALL_SCOPES, API_URL, DEFAULT_SCOPES, VOLVO_ID_URL, VolvoAuth, VolvoClient

from .base import BrandAdapter, Target, VehicleRow, api_url, compact, require

COMMANDS: dict[str, Callable[[VolvoClient, str], Any]] = {
    "lock": VolvoClient.lock,
    "unlock": VolvoClient.unlock,
    "honk": VolvoClient.honk,
    "flash": VolvoClient.flash,
    "start": VolvoClient.start_engine,
    "stop": VolvoClient.stop_engine,
    "climate-start": VolvoClient.start_climatization,
    "climate-stop": VolvoClient.stop_climatization,
}


class VolvoAdapter(BrandAdapter):
    brand = "volvo"
    title = "Volvo ID"
    flow = "authorization_code"
    commands = tuple(COMMANDS)
    credentials = ("client_id", "client_secret", "api_key")
    portal = "the Volvo Cars developer portal (developer.volvocars.com)"

    def oauth(self, target: Target, redirect_uri: str | None = None) -> VolvoAuth:
        settings = target.settings
        return VolvoAuth(
            require(settings.client_id, "client_id", self.brand),
            require(settings.client_secret, "client_secret", self.brand),
            redirect_uri=redirect_uri or settings.redirect_uri or "http://127.0.0.1:8765/callback",
            scopes=ALL_SCOPES if target.simulated else DEFAULT_SCOPES,
            base_url=api_url(target, self.brand, "auth") if target.simulated else VOLVO_ID_URL,
            clock=target.clock,
        )

    def client(self, target: Target, credentials: TokenSource) -> VolvoClient:
        api_key = require(target.settings.api_key, "api_key", self.brand)
        base_url = api_url(target, self.brand, "api") if target.simulated else API_URL
        return VolvoClient(credentials, api_key=api_key, base_url=base_url, clock=target.clock)

    def vehicles(self, client: VolvoClient) -> list[VehicleRow]:
        rows = []
        for vehicle in client.vehicles():
            details = client.vehicle_details(vehicle.vin)
            model = getattr(details.descriptions, "model", None)
            name = " ".join(str(part) for part in (details.model_year, model, details.fuel_type) if part)
            rows.append(VehicleRow(id=vehicle.vin, vin=vehicle.vin, name=name or None))
        return rows

    def vehicle_ids(self, client: VolvoClient) -> list[str]:
        return [vehicle.vin for vehicle in client.vehicles()]

    def status(self, client: VolvoClient, vehicle: str) -> dict[str, Any]:
        doors = compact(client.doors(vehicle))
        return {
            "odometer": compact(client.odometer(vehicle)).get("odometer"),
            "central_lock": doors.get("centralLock"),
            "engine": compact(client.engine_status(vehicle)).get("engineStatus"),
        }

    def command(
        self, client: VolvoClient, vehicle: str, command: str, progress: Callable[[str], None]
    ) -> dict[str, Any]:
        progress(f"sending {command} to {vehicle}...")
        result = COMMANDS[command](client, vehicle)
        answer = {
            "command": command,
            "status": result.invoke_status,
            "succeeded": result.succeeded,
            "message": result.message,
        }
        if result.may_have_run:
            answer["reason"] = (
                f"outcome unknown: Volvo reports {result.invoke_status or 'no status'}, so the command may "
                "still run or have run; read the car's state before sending it again"
            )
        return answer


ADAPTER = VolvoAdapter()
