# Generated from async_client.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""``SmartcarClient``: one typed method per endpoint of the Vehicles API v2.0 and compatibility.

Vehicle readings return a :class:`~carconnect.smartcar.results.Reading` (the generated model plus
the ``SC-*`` meta headers); commands return the generated ``ActionResult`` and are never re-sent
automatically. ``client.v3`` is the Vehicles API v3, ``client.management`` the Management API.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from carconnect.core import SYSTEM_CLOCK, ClientBase, Credentials, Options, call, call_detailed
from carconnect.core.scopes import scope_names

from ._base import DEFAULT_TIMEOUT, Apis, CallSettings, Setup
from ._generated.vehicles_v2 import models as v2_models
from ._generated.vehicles_v2.api import batch as v2_batch
from ._generated.vehicles_v2.api import commands as v2_commands
from ._generated.vehicles_v2.api import compatibility as v2_compatibility
from ._generated.vehicles_v2.api import data as v2_data
from ._generated.vehicles_v2.api import user as v2_user
from ._generated.vehicles_v2.api import vehicles as v2_vehicles
from ._generated.vehicles_v2.api import webhooks as v2_webhooks
from .errors import smartcar_error_mapper
from .hosts import API_URL, MANAGEMENT_URL, VEHICLE_API_URL, Flags
from .inbody import InBodyErrorPolicy
from .inputs import charge_limit_command, day, destination, opt, scope_text
from .pages import iterate
from .paging import DEFAULT_MAX_PAGES, permission_pages, vehicle_pages
from .results import Reading, raw_reading, reading
from .retry import COMMANDS_SENT_ONCE, QUOTA_COOL_OFF, ResolutionPolicy, VehicleLimitPolicy
from .units import UnitSystemHeader

if TYPE_CHECKING:
    from ._generated.vehicles_v2.models import (
        ActionResult,
        Battery,
        BatteryCapacity,
        ChargeLimit,
        ChargeStatus,
        Compatibility,
        CompatibilityMatrix,
        DiagnosticTroubleCodes,
        EngineOil,
        Fuel,
        Location,
        LockStatus,
        NominalCapacity,
        Odometer,
        Permission,
        PermissionList,
        PowertrainType,
        Region,
        ServiceRecord,
        StatusResult,
        SystemStatus,
        TirePressure,
        User,
        VehicleAttributes,
        VehicleList,
        Vin,
        WebhookSubscription,
    )
    from .batch import BatchResult
    from .management import Management
    from .units import UnitSystemLike
    from .v3 import VehiclesV3


class SmartcarClient(CallSettings, ClientBase):
    """Smartcar's APIs, sync.

    ``credentials``: the user's v2 token source (``SmartcarAuth(...).token_manager(store)``), a
    ``Token`` or an access token. ``app_token``: the v3 application token source
    (``auth.app_token_source()``); v3 falls back to ``credentials`` without it. ``user_id``: the
    Smartcar user v3 calls act for by default. ``management_token``: the application management
    token (Management API, webhook unsubscription). ``client_id`` / ``client_secret``: for the
    compatibility endpoints. ``unit_system``: ``"metric"`` (default) or ``"imperial"``, per client
    and per read. ``flags``: feature flags sent with v2 calls. ``hosts`` (or ``base_url``,
    ``v3_url``, ``management_url``) point the client elsewhere, e.g. at the simulator.
    ``options``: core's client options (``transport``, ``http_client``, ``retry``, ``timeout``
    (310 s by default), ``clock``, ``user_agent``, ``trust_env``, ``event_hooks``). Smartcar's retry
    rules (:mod:`carconnect.smartcar.retry`: resolutions for reads, commands sent once, a vehicle's
    limits remembered) apply whatever ``retry`` says. ``quota_cool_off``: seconds a vehicle's calls
    are refused locally after ``BILLING:VEHICLE_REQUEST_LIMIT`` before one call probes again (an
    hour by default; :class:`~carconnect.smartcar.retry.VehicleLimitPolicy`).
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        app_token: Credentials | None = None,
        user_id: str | None = None,
        management_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        unit_system: UnitSystemLike = "metric",
        flags: Flags | None = None,
        base_url: str = API_URL,
        v3_url: str = VEHICLE_API_URL,
        management_url: str = MANAGEMENT_URL,
        hosts: Mapping[str, str] | None = None,
        quota_cool_off: float = QUOTA_COOL_OFF,
        **options: Unpack[Options],
    ) -> None:
        self._setup = Setup.create(
            credentials,
            app_token=app_token,
            user_id=user_id,
            management_token=management_token,
            client_id=client_id,
            client_secret=client_secret,
            unit=unit_system,
            flags=flags,
            base_url=base_url,
            v3_url=v3_url,
            management_url=management_url,
            hosts=hosts,
        )
        if "http_client" not in options:  # a caller's own client keeps its timeout
            options.setdefault("timeout", DEFAULT_TIMEOUT)
        reads = (self._setup.v2_url, self._setup.v3_url)
        policies = [
            InBodyErrorPolicy(),
            VehicleLimitPolicy(options.get("clock", SYSTEM_CLOCK), cool_off=quota_cool_off),
            ResolutionPolicy(),
            COMMANDS_SENT_ONCE,
            UnitSystemHeader(reads, self._setup.unit_system),
        ]
        super().__init__(self._setup.credentials, error_mapper=smartcar_error_mapper, policies=policies, **options)
        self._apis = Apis.bind(self._bind, self.signer, self._setup)
        self._http = self.http_client_for(self._setup.v2_url)

    # The v3 and Management APIs load on first use: a client of v2 alone never imports them.

    @cached_property
    def v3(self) -> VehiclesV3:
        """Vehicles API v3."""
        from .v3 import VehiclesV3

        return VehiclesV3(self._apis.v3, self._setup)

    @cached_property
    def management(self) -> Management:
        """Management API."""
        from .management import Management

        return Management(self._apis.management)

    # -- the user and their vehicles -------------------------------------------------------------

    def user(self) -> User:
        """The Smartcar user id of the access token (store tokens against it)."""
        return call(v2_user.get_user.sync_detailed, client=self._apis.v2)

    def vehicles(self, *, limit: int | None = None, offset: int | None = None) -> VehicleList:
        """One page of the vehicle ids the token may use (at most 50 per page)."""
        return call(v2_vehicles.list_vehicles.sync_detailed, client=self._apis.v2, limit=opt(limit), offset=opt(offset))

    def iter_vehicles(self, *, page_size: int = 50, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[str]:
        """Every vehicle id, page after page."""
        return iterate(lambda offset: self.vehicles(limit=page_size, offset=offset), vehicle_pages(max_pages))

    def attributes(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[VehicleAttributes]:
        """Make, model and year (``read_vehicle_info``)."""
        return reading(
            call_detailed(
                v2_vehicles.get_vehicle_attributes.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def vin(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[Vin]:
        """The VIN (``read_vin``)."""
        return reading(
            call_detailed(
                v2_vehicles.get_vin.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def permissions(self, vehicle_id: str, *, limit: int | None = None, offset: int | None = None) -> PermissionList:
        """One page of the permissions granted for the vehicle."""
        return call(
            v2_vehicles.get_permissions.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            limit=opt(limit),
            offset=opt(offset),
        )

    def iter_permissions(
        self, vehicle_id: str, *, page_size: int = 25, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Iterator[Permission]:
        """Every permission granted for the vehicle, page after page."""
        return iterate(
            lambda offset: self.permissions(vehicle_id, limit=page_size, offset=offset), permission_pages(max_pages)
        )

    # -- readings ------------------------------------------------------------------------------

    def odometer(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[Odometer]:
        """Distance travelled: km, or miles in imperial (``read_odometer``)."""
        return reading(
            call_detailed(
                v2_data.get_odometer.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def location(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[Location]:
        """Last known position in degrees (``read_location``)."""
        return reading(
            call_detailed(
                v2_data.get_location.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def fuel(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[Fuel]:
        """Tank level (fraction 0 to 1), amount and range; any may be null (``read_fuel``)."""
        return reading(
            call_detailed(
                v2_data.get_fuel.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def battery(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[Battery]:
        """High-voltage battery level (fraction 0 to 1) and range (``read_battery``)."""
        return reading(
            call_detailed(
                v2_data.get_battery.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def battery_capacity(
        self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None
    ) -> Reading[BatteryCapacity]:
        """Usable capacity in kWh (``read_battery``)."""
        return reading(
            call_detailed(
                v2_data.get_battery_capacity.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def nominal_capacity(
        self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None
    ) -> Reading[NominalCapacity]:
        """Nominal capacity, the choices and a Connect link to pick one (``read_battery``)."""
        return reading(
            call_detailed(
                v2_data.get_nominal_capacity.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def charge(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[ChargeStatus]:
        """Plugged in and charging state (``read_charge``)."""
        return reading(
            call_detailed(
                v2_data.get_charge_status.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def charge_limit(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[ChargeLimit]:
        """The charge limit as a fraction 0 to 1 (``read_charge``)."""
        return reading(
            call_detailed(
                v2_data.get_charge_limit.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def lock_status(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[LockStatus]:
        """Locked, and open doors, windows, sunroof, storage, charging port (``read_security``)."""
        return reading(
            call_detailed(
                v2_data.get_lock_status.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def engine_oil(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[EngineOil]:
        """Remaining oil life, fraction 0 to 1 (``read_engine_oil``)."""
        return reading(
            call_detailed(
                v2_data.get_engine_oil.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def tire_pressure(self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None) -> Reading[TirePressure]:
        """Tire pressures: kPa, or psi in imperial (``read_tires``)."""
        return reading(
            call_detailed(
                v2_data.get_tire_pressure.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def service_history(
        self,
        vehicle_id: str,
        *,
        start: date | str | None = None,
        end: date | str | None = None,
        unit_system: UnitSystemLike | None = None,
    ) -> Reading[list[ServiceRecord]]:
        """Dealer service records between two dates (the last year by default; ``read_service_history``)."""
        return reading(
            call_detailed(
                v2_data.get_service_history.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                start_date=day(start),
                end_date=day(end),
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def diagnostic_system_status(
        self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None
    ) -> Reading[SystemStatus]:
        """Health of each vehicle system (``read_diagnostics``)."""
        return reading(
            call_detailed(
                v2_data.get_system_status.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    def diagnostic_trouble_codes(
        self, vehicle_id: str, *, unit_system: UnitSystemLike | None = None
    ) -> Reading[DiagnosticTroubleCodes]:
        """Active diagnostic trouble codes (``read_diagnostics``)."""
        return reading(
            call_detailed(
                v2_data.get_diagnostic_trouble_codes.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                sc_unit_system=self._unit_override(unit_system),
                flags=self._flags(),
            )
        )

    # -- commands (never re-sent) ----------------------------------------------------------------

    def lock(self, vehicle_id: str) -> ActionResult:
        """Lock the doors (``control_security``)."""
        return call(
            v2_commands.control_security.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=v2_models.SecurityCommand(action=v2_models.SecurityAction.LOCK),
            flags=self._flags(),
        )

    def unlock(self, vehicle_id: str) -> ActionResult:
        """Unlock the doors (``control_security``)."""
        return call(
            v2_commands.control_security.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=v2_models.SecurityCommand(action=v2_models.SecurityAction.UNLOCK),
            flags=self._flags(),
        )

    def start_charge(self, vehicle_id: str) -> ActionResult:
        """Start charging (``control_charge``)."""
        return call(
            v2_commands.control_charge.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=v2_models.ChargeCommand(action=v2_models.ChargeAction.START),
            flags=self._flags(),
        )

    def stop_charge(self, vehicle_id: str) -> ActionResult:
        """Stop charging (``control_charge``)."""
        return call(
            v2_commands.control_charge.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=v2_models.ChargeCommand(action=v2_models.ChargeAction.STOP),
            flags=self._flags(),
        )

    def set_charge_limit(self, vehicle_id: str, limit: float) -> ActionResult:
        """Charge up to ``limit``, a fraction from 0.5 to 1 (``control_charge``)."""
        return call(
            v2_commands.set_charge_limit.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=charge_limit_command(limit),
            flags=self._flags(),
        )

    def send_destination(self, vehicle_id: str, latitude: float, longitude: float) -> ActionResult:
        """Send a destination to the navigation system (``control_navigation``)."""
        return call(
            v2_commands.send_destination.sync_detailed,
            vehicle_id,
            client=self._apis.v2,
            body=destination(latitude, longitude),
            flags=self._flags(),
        )

    # -- batch, pass-through, connection and webhooks ------------------------------------------

    def batch(self, vehicle_id: str, paths: Iterable[str], *, unit_system: UnitSystemLike | None = None) -> BatchResult:
        """Several reads in one request; each path succeeds or fails on its own (see :class:`BatchResult`)."""
        from .batch import BatchResult, batch_request

        return BatchResult.from_response(
            call_detailed(
                v2_batch.batch.sync_detailed,
                vehicle_id,
                client=self._apis.v2,
                body=batch_request(paths),
                sc_unit_system=self._unit(unit_system),
                flags=self._flags(),
            )
        )

    def request(
        self,
        vehicle_id: str,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        unit_system: UnitSystemLike | None = None,
    ) -> Reading[Any]:
        """Any vehicle endpoint, e.g. make-specific ones (``"GET", "tesla/compass"``): raw JSON and meta.

        The make in the path must be lower case. A POST is a command: never re-sent.
        """
        return raw_reading(
            call_detailed(
                self._http.send,
                self._passthrough(self._http, vehicle_id, method, path, body, headers, unit_system),
            )
        )

    def disconnect(self, vehicle_id: str) -> StatusResult:
        """Revoke this application's access to the vehicle."""
        return call(v2_vehicles.disconnect.sync_detailed, vehicle_id, client=self._apis.v2)

    def subscribe(self, vehicle_id: str, webhook_id: str) -> WebhookSubscription:
        """Subscribe the vehicle to a webhook."""
        return call(v2_webhooks.subscribe_webhook.sync_detailed, vehicle_id, webhook_id, client=self._apis.v2)

    def unsubscribe(self, vehicle_id: str, webhook_id: str) -> StatusResult:
        """Unsubscribe the vehicle from a webhook (uses ``management_token``)."""
        return call(
            v2_webhooks.unsubscribe_webhook.sync_detailed, vehicle_id, webhook_id, client=self._apis.v2_management
        )

    # -- compatibility (client credentials) ------------------------------------------------------

    def compatibility(self, vin: str, scopes: Iterable[str] | str, *, country: str | None = None) -> Compatibility:
        """Whether a VIN is compatible and capable of the permissions, a list of names or one
        space-separated string (``client_id``/``client_secret``)."""
        return call(
            v2_compatibility.get_compatibility.sync_detailed,
            client=self._apis.v2_client,
            vin=vin,
            scope=scope_text(scopes),
            country=opt(country),
            flags=self._flags(),
        )

    def compatibility_matrix(
        self,
        region: Region | str,
        *,
        make: str | None = None,
        powertrain: PowertrainType | str | None = None,
        scopes: Iterable[str] | str = (),
    ) -> CompatibilityMatrix:
        """Supported models per make in ``US``, ``CA`` or ``EUROPE`` (``client_id``/``client_secret``)."""
        return call(
            v2_compatibility.get_compatibility_matrix.sync_detailed,
            client=self._apis.v2_client,
            region=v2_models.Region(region),
            make=opt(make),
            type_=opt(v2_models.PowertrainType(powertrain) if powertrain else None),
            scope=opt(" ".join(scope_names(scopes)) or None),
        )
