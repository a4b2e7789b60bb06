"""The plug-in point for brand REST APIs.

A brand's API lives in the module ``carconnect.sim.brands.<brand>``, a file (``volvo.py``,
``bmw.py``) or a package (``ford/``, ``smartcar/``), which exposes
``PLUGIN = BrandPlugin(routes=...)``. ``routes`` receives a :class:`BrandContext` and returns
Starlette routes per host name of the brand profile; paths are the vendor's real paths on that
host. Example::

    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import BaseRoute, Route

    from carconnect.sim.brands import BrandContext, BrandPlugin


    def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
        async def lock(request: Request) -> Response:
            principal = ctx.authenticate(request, scopes=["conve:lock"])
            vehicle = ctx.vehicle_for(request, principal, request.path_params["vin"])
            outcome = ctx.execute(vehicle.id, "lock")
            return JSONResponse({"data": {"vin": vehicle.vin, "invokeStatus": "COMPLETED" if outcome.ok else "FAILED"}})

        return {"api": [Route("/connected-vehicle/v2/vehicles/{vin}/commands/lock", lock, methods=["POST"])]}


    PLUGIN = BrandPlugin(routes=routes)

``authenticate`` raises :class:`~carconnect.sim.errors.AuthFailure`, which the host renders in the
brand's error shape (``BrandPlugin.error_styles`` overrides the profile's style per host); raise
:class:`BrandError` for any other error in that shape. A handler wrapped by :func:`answering` may
also raise :class:`Answer` with a finished response (a vendor shape the style does not produce),
or, wrapped by ``answering(kind, render)``, an exception of its own type that ``render`` turns
into a response. Faults, the clock and the admin API apply to plug-in routes without extra work.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ..clock import SimClock
from ..errors import Answer, Handler, answering
from ..fleet import Command, CommandOutcome, Fleet, Owner, Vehicle
from ..oauth.bearer import Principal, authenticate
from ..oauth.forms import origin
from ..profiles.base import BrandProfile, HostProfile
from ..profiles.errors import ErrorStyle

if TYPE_CHECKING:
    from ..state import SimState

__all__ = ["Answer", "BrandContext", "BrandError", "BrandPlugin", "Handler", "answering", "load_plugins"]

HOST_SCOPE_KEY = "carconnect.host"
BRAND_SCOPE_KEY = "carconnect.brand"


class BrandError(Exception):
    """Raise from a brand route to answer ``status`` in the host's error shape."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BrandContext:
    """What a brand's routes get from the framework: state, auth, fleet, URLs and error shapes."""

    def __init__(self, state: SimState, profile: BrandProfile, styles: Mapping[str, ErrorStyle]) -> None:
        self.state = state
        self.profile = profile
        self._styles = styles

    @property
    def brand(self) -> str:
        return self.profile.name

    @property
    def clock(self) -> SimClock:
        return self.state.clock

    @property
    def fleet(self) -> Fleet:
        return self.state.fleet

    @property
    def owner(self) -> Owner:
        return self.state.fleet.owner(self.brand)

    def vehicles(self) -> list[Vehicle]:
        return self.state.fleet.vehicles(self.brand)

    def find_vehicle(self, key: str) -> Vehicle | None:
        """By brand id or VIN, case-insensitive."""
        return self.state.fleet.find(self.brand, key)

    def execute(self, key: str, command: Command | str, **params: Any) -> CommandOutcome:
        """Deliver a command (counted in ``sim.deliveries``) and change the vehicle's state."""
        return self.state.fleet.execute(self.brand, key, command, **params)

    def host_of(self, request: Request) -> HostProfile:
        return self.profile.canonical_host(str(request.scope.get(HOST_SCOPE_KEY, self.profile.hosts[0].name)))

    def authenticate(
        self,
        request: Request,
        *,
        scopes: Iterable[str] = (),
        audiences: Iterable[str] | None = None,
        header: str | None = None,
    ) -> Principal:
        """The token's principal; raises ``AuthFailure`` (rendered as the host's 401/403).

        ``audiences`` defaults to the tokens this host accepts, ``header`` to its token header.
        """
        host = self.host_of(request)
        return authenticate(
            self.state,
            request,
            audiences=audiences if audiences is not None else host.audiences,
            scopes=scopes,
            header=header or host.token_header,
        )

    def vehicle_for(self, request: Request, principal: Principal, key: str, *, status: int = 404) -> Vehicle:
        """The vehicle ``key`` if the principal may use it, else a :class:`BrandError`."""
        vehicle = self.find_vehicle(key)
        if vehicle is None or not principal.may_access(vehicle.id):
            raise BrandError(status, f"Vehicle {key} not found.")
        return vehicle

    def error(self, request: Request, status: int, message: str) -> Response:
        """A response in the host's error shape."""
        return self.style(request).error(status, message, self.state.clock.now())

    def style(self, request: Request) -> ErrorStyle:
        host = self.host_of(request)
        return self._styles.get(host.name, host.errors)

    def url(self, request: Request, host: str, path: str = "") -> str:
        """Absolute URL of ``path`` on another host of this brand, as the client addresses the simulator."""
        return f"{origin(request)}/{self.brand}/{self.profile.canonical_host(host).name}{path}"


RoutesFactory = Callable[[BrandContext], Mapping[str, Sequence[BaseRoute]]]


@dataclasses.dataclass(frozen=True)
class BrandPlugin:
    """A brand's REST API for the simulator."""

    routes: RoutesFactory
    error_styles: Mapping[str, ErrorStyle] = dataclasses.field(default_factory=dict)
    """Per host name, replaces the profile's error style."""


def load_plugins(brands: Iterable[str]) -> dict[str, BrandPlugin]:
    """Import ``carconnect.sim.brands.<brand>`` for each brand that has one and return its ``PLUGIN``."""
    plugins: dict[str, BrandPlugin] = {}
    for brand in brands:
        name = f"{__name__}.{brand}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        plugin = getattr(module, "PLUGIN", None)
        if not isinstance(plugin, BrandPlugin):
            raise TypeError(f"{name} must define PLUGIN = BrandPlugin(...)")
        plugins[brand] = plugin
    return plugins
