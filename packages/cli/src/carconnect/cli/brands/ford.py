"""Ford for the CLI: FordConnect Query (the default) or FordConnect, chosen by the ``api`` setting.

FordConnect Query (``api = "query"``) is the API Ford registers new applications for: read-only, one
consented vehicle per login, addressed by its VIN. FordConnect (``api = "connect"``) has commands, but
Ford issues no new credentials for it since November 2024. Both are authorization code logins with
the client secret in the form body.

Once FordConnect accepted a command its result is printed whatever the polls find: failed as Ford
says, or an unknown outcome (still pending, or a poll that failed), with the command id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from carconnect.core import NotFoundError, RateLimitError, TokenSource
from carconnect.ford import (
    CONNECT_API_URL,
    CONNECT_REDIRECT_URI,
    QUERY_API_URL,
    QUERY_URL,
    ConnectCommand,
    FordAuth,
    FordClient,
    FordConnectAuth,
    FordConnectClient,
)
from carconnect.ford.models.query import Garage, NumberMetric, Unset

from .base import BrandAdapter, Target, VehicleRow, api_url, compact, require, simulator_module

COMMANDS: dict[str, Callable[[FordConnectClient, str], ConnectCommand]] = {
    "lock": FordConnectClient.lock,
    "unlock": FordConnectClient.unlock,
    "start": FordConnectClient.start_engine,
    "stop": FordConnectClient.stop_engine,
    "refresh": FordConnectClient.refresh_status,
}

QUERY = "query"
CONNECT = "connect"
QUERY_REDIRECT_URI = "http://localhost:8765/callback"
"""What a login for FordConnect Query sends when no redirect URI is configured (the one carconnect-ford's
README registers)."""


class FordAdapter(BrandAdapter):
    """What both Ford APIs share; :meth:`variant` picks one."""

    brand = "ford"
    flow = "authorization_code"
    portal = "the Ford developer portal (developer.ford.com)"
    quota_error = RateLimitError  # Ford's quota answer is a 429 with Retry-After
    apis = (QUERY, CONNECT)
    api_of_earlier_logins = CONNECT  # the CLI's only Ford API before the choice

    def variant(self, api: str | None) -> BrandAdapter:
        return VARIANTS[api or QUERY]


class FordQueryAdapter(FordAdapter):
    """FordConnect Query: ``FordAuth`` and ``FordClient`` (reads only; one vehicle per consent)."""

    title = "FordConnect Query"
    about_api = "FordConnect Query (the default): read-only, one vehicle per login; new applications get it"
    commands = ()
    default_redirect_uri = QUERY_REDIRECT_URI

    def oauth(self, target: Target, redirect_uri: str | None = None) -> FordAuth:
        settings = target.settings
        return FordAuth(
            require(settings.client_id, "client_id", self.brand),
            require(settings.client_secret, "client_secret", self.brand),
            redirect_uri=redirect_uri or settings.redirect_uri or self.default_redirect_uri,
            base_url=api_url(target, self.brand, "auth") if target.simulated else QUERY_URL,
            clock=target.clock,
        )

    def client(self, target: Target, credentials: TokenSource) -> FordClient:
        base_url = QUERY_API_URL
        if target.sim_url is not None:
            base_url = simulator_module("--sim").endpoints(target.sim_url, self.brand).apis["query"]
        return FordClient(credentials, base_url=base_url, clock=target.clock)

    def vehicles(self, client: FordClient) -> list[VehicleRow]:
        garage = client.garage()
        return [VehicleRow(id=garage.vin, vin=garage.vin, name=_name(garage))]

    def vehicle_ids(self, client: FordClient) -> list[str]:
        return [client.garage().vin]

    def status(self, client: FordClient, vehicle: str) -> dict[str, Any]:
        telemetry = client.telemetry()
        vin = telemetry.vin if isinstance(telemetry.vin, str) else client.garage().vin
        if vin != vehicle:
            raise NotFoundError(
                f"no vehicle {vehicle!r} on this login: FordConnect Query answers for the one vehicle its "
                f"consent covers ({vin})",
                status_code=404,
            )
        metrics = telemetry.metrics
        if not metrics:
            return {"vin": vin}
        locks = [str(metric.value) for metric in metrics.door_lock_status or [] if metric.value]
        return {
            "odometer": _number(metrics.odometer, "km"),
            "fuel_level": _number(metrics.fuel_level, "%"),
            "battery_level": _number(metrics.xev_battery_state_of_charge, "%"),
            "door_locks": ", ".join(dict.fromkeys(locks)) or None,
            "ignition": str(metrics.ignition_status.value) if metrics.ignition_status else None,
            "updated": str(telemetry.update_time) if telemetry.update_time else None,
        }

    def command(
        self, client: FordClient, vehicle: str, command: str, progress: Callable[[str], None]
    ) -> dict[str, Any]:
        raise AssertionError("FordConnect Query has no remote commands; main checks `commands` first")

    def read_only(self) -> str:
        return (
            "FordConnect Query has no remote commands: it is read-only (FordConnect has them, for an "
            'application Ford registered before November 2024: set api = "connect" in the [ford] table '
            "of the config file and log in again)"
        )


class FordConnectAdapter(FordAdapter):
    """FordConnect: ``FordConnectAuth`` and ``FordConnectClient`` (vehicles by Ford's id; polled commands)."""

    title = "FordConnect"
    about_api = "FordConnect: commands (lock, unlock, start, stop); Ford issues no new credentials since November 2024"
    commands = tuple(COMMANDS)
    sim_server = "ford-connect"
    default_redirect_uri = CONNECT_REDIRECT_URI  # https: the address the browser ends on is pasted back

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


def _name(garage: Garage) -> str | None:
    parts = (garage.model_year, garage.make, garage.model_name)
    return " ".join(str(part) for part in parts if part) or None


def _number(metric: NumberMetric | Unset, unit: str) -> str | None:
    """A metric's value with its unit (``None``: Ford did not send it)."""
    value = metric.value if isinstance(metric, NumberMetric) else None
    return f"{value:g} {unit}" if isinstance(value, int | float) else None


VARIANTS: dict[str, FordAdapter] = {QUERY: FordQueryAdapter(), CONNECT: FordConnectAdapter()}
ADAPTER = VARIANTS[QUERY]
