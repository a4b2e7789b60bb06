"""Volvo for the CLI: Volvo ID authorization code login, Connected Vehicle reads and commands.

A login against Volvo asks for ``DEFAULT_SCOPES`` (every read, and climatization), which any published
application may ask for, plus the ``scopes`` setting (``--scope``): lock, unlock, engine start/stop and
honk/flash need restricted scopes that Volvo grants to approved applications only, and asking for a
scope the application was not granted fails the login.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from carconnect.core import PermissionDeniedError, TokenSource
from carconnect.volvo import ALL_SCOPES, API_URL, DEFAULT_SCOPES, VOLVO_ID_URL, Scope, VolvoAuth, VolvoClient

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

KNOWN_SCOPES = frozenset(scope.value for scope in Scope)
_SCOPE_LIKE = re.compile(r"[a-z]+(?::[a-z_]+)+")


class VolvoAdapter(BrandAdapter):
    brand = "volvo"
    title = "Volvo ID"
    flow = "authorization_code"
    commands = tuple(COMMANDS)
    credentials = ("client_id", "client_secret", "api_key")
    portal = "the Volvo Cars developer portal (developer.volvocars.com)"
    default_redirect_uri = "http://127.0.0.1:8765/callback"
    default_scopes = tuple(scope.value for scope in DEFAULT_SCOPES)
    all_scopes = tuple(scope.value for scope in ALL_SCOPES)
    scope_note = "Volvo grants the lock, unlock, engine and honk/flash scopes to approved applications only"

    def oauth(self, target: Target, redirect_uri: str | None = None) -> VolvoAuth:
        settings = target.settings
        return VolvoAuth(
            require(settings.client_id, "client_id", self.brand),
            require(settings.client_secret, "client_secret", self.brand),
            redirect_uri=redirect_uri or settings.redirect_uri or self.default_redirect_uri,
            scopes=self.login_scopes(target),
            base_url=api_url(target, self.brand, "auth") if target.simulated else VOLVO_ID_URL,
            clock=target.clock,
        )

    def client(self, target: Target, credentials: TokenSource) -> VolvoClient:
        api_key = require(target.settings.api_key, "api_key", self.brand)
        base_url = api_url(target, self.brand, "api") if target.simulated else API_URL
        return VolvoClient(credentials, api_key=api_key, base_url=base_url, clock=target.clock)

    def missing_scopes(self, error: Exception) -> tuple[str, ...] | None:
        """Volvo's 403 for a scope the token lacks names it in its message ("Missing scope: conve:lock.")."""
        if not isinstance(error, PermissionDeniedError) or "scope" not in str(error).lower():
            return None
        return tuple(dict.fromkeys(name for name in _SCOPE_LIKE.findall(str(error)) if name in KNOWN_SCOPES))

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
