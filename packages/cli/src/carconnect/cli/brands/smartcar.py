"""Smartcar for the CLI: Smartcar Connect (authorization code) and the Vehicles API v2."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from carconnect.core import TokenSource
from carconnect.smartcar import ALL_SCOPES, DEFAULT_SCOPES, SmartcarAuth, SmartcarClient

from .base import BrandAdapter, Target, VehicleRow, require, simulator_module

COMMANDS: dict[str, Callable[[SmartcarClient, str], Any]] = {
    "lock": SmartcarClient.lock,
    "unlock": SmartcarClient.unlock,
    "charge-start": SmartcarClient.start_charge,
    "charge-stop": SmartcarClient.stop_charge,
}


def _hosts(target: Target) -> dict[str, str] | None:
    if target.sim_url is None:
        return None
    return dict(simulator_module("--sim").endpoints(target.sim_url, "smartcar").hosts)


class SmartcarAdapter(BrandAdapter):
    brand = "smartcar"
    title = "Smartcar Connect"
    flow = "authorization_code"
    commands = tuple(COMMANDS)
    portal = "the Smartcar dashboard (dashboard.smartcar.com)"
    default_scopes = tuple(scope.value for scope in DEFAULT_SCOPES)
    all_scopes = tuple(scope.value for scope in ALL_SCOPES)

    def oauth(self, target: Target, redirect_uri: str | None = None) -> SmartcarAuth:
        settings = target.settings
        return SmartcarAuth(
            require(settings.client_id, "client_id", self.brand),
            require(settings.client_secret, "client_secret", self.brand),
            redirect_uri=redirect_uri or settings.redirect_uri,
            scopes=self.login_scopes(target),
            mode="simulated" if target.simulated else "live",
            hosts=_hosts(target),
            clock=target.clock,
        )

    def client(self, target: Target, credentials: TokenSource) -> SmartcarClient:
        return SmartcarClient(credentials, hosts=_hosts(target), clock=target.clock)

    def vehicles(self, client: SmartcarClient) -> list[VehicleRow]:
        rows = []
        for vehicle_id in client.iter_vehicles():
            attributes = client.attributes(vehicle_id).data
            name = " ".join(str(part) for part in (attributes.year, attributes.make, attributes.model) if part)
            rows.append(VehicleRow(id=vehicle_id, name=name or None))
        return rows

    def vehicle_ids(self, client: SmartcarClient) -> list[str]:
        return list(client.iter_vehicles())

    def status(self, client: SmartcarClient, vehicle: str) -> dict[str, Any]:
        odometer = client.odometer(vehicle)
        unit = "km" if str(odometer.meta.unit_system) == "metric" else "mi"
        return {
            "odometer": f"{odometer.data.distance} {unit}",
            "locked": client.lock_status(vehicle).data.is_locked,
            "data_age": odometer.meta.data_age,
        }

    def command(
        self, client: SmartcarClient, vehicle: str, command: str, progress: Callable[[str], None]
    ) -> dict[str, Any]:
        progress(f"sending {command} to {vehicle}...")
        result = COMMANDS[command](client, vehicle)
        status = str(result.status)
        return {"command": command, "status": status, "succeeded": status == "success", "message": result.message}

    def extra_steps(self, target: Target, client: SmartcarClient, vehicle: str) -> list[tuple[str, Callable[[], str]]]:
        def v3_with_app_token() -> str:
            with self.oauth(target) as auth:
                user_id = client.user().id
                app_token, hosts = auth.app_token_source(), _hosts(target)
                with SmartcarClient(app_token=app_token, user_id=user_id, hosts=hosts, clock=target.clock) as app:
                    signals = app.v3.signals(vehicle)
            return f"client credentials app token; v3 signals: {len(signals.data)}"

        return [("v3 app token", v3_with_app_token)]


ADAPTER = SmartcarAdapter()
