# Generated from async_fordpass.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The FordPass client (EXPERIMENTAL: the FordPass app's own backend; Ford changes it without notice).

Ford locks accounts that make more than about 250 to 300 requests a day: poll sparingly. Two hosts:

* Autonomic (``api.autonomic.ai``): telemetry and commands, with a 5-minute Autonomic bearer token
  that the client exchanges from your CAT token and renews by itself;
* Ford (``api.vehicle.ford.com``): the vehicle list, with the CAT token in ``auth-token`` plus the
  region's ``Application-Id``, ``countryCode`` and ``locale`` headers.

Commands answer 201 and return a handle (:mod:`carconnect.ford.commands`) whose ``wait()`` reads the
outcome from telemetry ``states`` (each poll is one telemetry read) on the client's clock. Commands
are sent once and never re-sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Unpack

from carconnect.core import SYSTEM_CLOCK, ClientBase, Credentials, Options, as_token_source, call
from carconnect.core.users import for_current_user

from ._fordpass import (
    AUTONOMIC_URL,
    CHARGE_COMMAND_VERSION,
    FORD_VEHICLE_URL,
    LRDT,
    V1BETA_VERSION,
    cat_token_header,
    command_request,
    dashboard_request,
    default_login,
    ford_headers,
    fordpass_handle_args,
    telemetry_query,
)
from ._generated import fordpass as fordpass_api
from ._generated.fordpass import models as fordpass_models
from ._generated.fordpass.api import commands as fordpass_commands
from ._generated.fordpass.api import garage as fordpass_garage
from ._generated.fordpass.api import telemetry as fordpass_telemetry
from .commands import DEFAULT_WAIT, CommandHandle, WaitPolicy
from .errors import ford_error_mapper
from .inbody import FORD_POLICIES
from .regions import Region

if TYPE_CHECKING:
    from ._generated.fordpass.models import Command, CommandRequest, Dashboard, TelemetrySection, VehicleTelemetry
    from .fordpass_auth import FordPassAuth

    FordPassCommand = CommandHandle[Command, VehicleTelemetry]
else:  # the parameters are for type checkers; at run time they would load the models
    FordPassCommand = CommandHandle


class FordPassClient(ClientBase):
    """FordPass for one account (experimental).

    ``credentials``: the CAT token source (``FordPassAuth(...).token_manager(store)``), a CAT ``Token``
    or a CAT access token string. ``auth``: the :class:`~carconnect.ford.FordPassAuth` that exchanges
    it for Autonomic tokens (default: one for ``region`` that sends the way this client does: its
    ``transport`` or ``http_client``, ``trust_env``, ``timeout``, ``user_agent`` and ``retry``), kept as
    ``fordpass_auth``. ``base_url`` / ``ford_base_url``: the Autonomic and Ford hosts (the
    simulator's ``sim.url("ford", "autonomic")`` and ``sim.url("ford", "api")``). ``wait_policy``: how
    command handles poll by default. ``options``: carconnect-core's client options (``transport``,
    ``http_client``, ``retry``, ``timeout``, ``clock``, ``user_agent``, ``trust_env``, ``event_hooks``).
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        auth: FordPassAuth | None = None,
        region: Region = Region.US,
        locale: str = "en-US",
        application_id: str | None = None,
        base_url: str = AUTONOMIC_URL,
        ford_base_url: str = FORD_VEHICLE_URL,
        wait_policy: WaitPolicy = DEFAULT_WAIT,
        **options: Unpack[Options],
    ) -> None:
        cat = as_token_source(credentials, options.get("clock", SYSTEM_CLOCK))
        self._owns_login = auth is None
        self.fordpass_auth = auth or default_login(region, locale, application_id, options)
        super().__init__(
            self.fordpass_auth.autonomic_source(cat),
            error_mapper=ford_error_mapper,
            policies=FORD_POLICIES,
            **options,
        )
        self.wait_policy = wait_policy
        self.cat_signer = self.signer(
            cat, headers=ford_headers(region, locale, application_id), token_header=cat_token_header
        )
        self._autonomic = self._bind(fordpass_api.Client(base_url=base_url), base_url)
        self._ford = self._bind(fordpass_api.Client(base_url=ford_base_url), ford_base_url, self.cat_signer)

    def close(self) -> None:
        """Close the connection pools (a transport, httpx client or ``auth`` you passed in stays open)."""
        super().close()
        if self._owns_login:
            self.fordpass_auth.close()

    def _command(self, vin: str, request: CommandRequest, v1beta: bool = False) -> FordPassCommand:
        """Send a command once and wrap Ford's acceptance in a handle that reads telemetry."""
        operation = fordpass_commands.send_command_v1beta if v1beta else fordpass_commands.send_command
        accepted = call(operation.sync_detailed, vin, client=self._autonomic, body=request)
        args = fordpass_handle_args(vin, accepted, request.type_.value, self.clock, self.wait_policy)
        return CommandHandle(**args, poll=for_current_user(partial(self.telemetry, vin)))

    # -- garage and telemetry ----------------------------------------------------------------------

    def vehicles(self) -> Dashboard:
        """The account's vehicles with their profiles and capabilities (joined on ``VIN``)."""
        return call(fordpass_garage.list_vehicles.sync_detailed, client=self._ford, body=dashboard_request())

    def telemetry(self, vin: str) -> VehicleTelemetry:
        """Latest metrics, command states and events of a vehicle."""
        return call(fordpass_telemetry.get_telemetry.sync_detailed, vin, client=self._autonomic, lrdt=LRDT)

    def query_telemetry(self, vin: str, sections: Iterable[TelemetrySection] | None = None) -> VehicleTelemetry:
        """Telemetry with chosen sections (the app's own call; every section by default)."""
        return call(
            fordpass_telemetry.query_telemetry.sync_detailed,
            vin,
            client=self._autonomic,
            body=telemetry_query(sections),
        )

    # -- commands (sent once; the handle reads the outcome from telemetry) -------------------------

    def send_command(
        self, vin: str, command_type: str, properties: Mapping[str, Any] | None = None, *, wake_up: bool = True
    ) -> FordPassCommand:
        """Any v1 command by Ford's name (``remoteStart``, ``lock``, ``startTrailerLightCheck``...)."""
        return self._command(vin, command_request(command_type, properties, wake_up))

    def send_command_v1beta(
        self,
        vin: str,
        command_type: str,
        properties: Mapping[str, Any] | None = None,
        *,
        version: str = V1BETA_VERSION,
        wake_up: bool = True,
    ) -> FordPassCommand:
        """Any newer command (charging ``1.0.1``, departure times ``1``, preconditioning...)."""
        return self._command(vin, command_request(command_type, properties, wake_up, version), v1beta=True)

    def lock(self, vin: str) -> FordPassCommand:
        """Lock the doors."""
        return self.send_command(vin, fordpass_models.CommandType.LOCK)

    def unlock(self, vin: str) -> FordPassCommand:
        """Unlock the doors."""
        return self.send_command(vin, fordpass_models.CommandType.UNLOCK)

    def remote_start(self, vin: str) -> FordPassCommand:
        """Start the engine (or climate, on an EV)."""
        return self.send_command(vin, fordpass_models.CommandType.REMOTE_START)

    def cancel_remote_start(self, vin: str) -> FordPassCommand:
        """Stop a remote start."""
        return self.send_command(vin, fordpass_models.CommandType.CANCEL_REMOTE_START)

    def status_refresh(self, vin: str) -> FordPassCommand:
        """Ask the car to report fresh telemetry."""
        return self.send_command(vin, fordpass_models.CommandType.STATUS_REFRESH)

    def start_panic_cue(self, vin: str, duration: int | None = None) -> FordPassCommand:
        """Honk and flash."""
        return self.send_command(
            vin, fordpass_models.CommandType.START_PANIC_CUE, {} if duration is None else {"duration": duration}
        )

    def start_charge(self, vin: str) -> FordPassCommand:
        """Start charging (EV)."""
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.START_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    def cancel_charge(self, vin: str) -> FordPassCommand:
        """Stop charging (EV)."""
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.CANCEL_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )

    def pause_charge(self, vin: str) -> FordPassCommand:
        """Pause charging (EV)."""
        return self.send_command_v1beta(
            vin, fordpass_models.CommandType.PAUSE_GLOBAL_CHARGE_COMMAND, version=CHARGE_COMMAND_VERSION
        )


__all__ = ["AUTONOMIC_URL", "FORD_VEHICLE_URL", "FordPassClient", "FordPassCommand"]
