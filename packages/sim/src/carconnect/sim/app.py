"""The simulator's ASGI application: one server, every brand's hosts mounted at ``/<brand>/<host>``."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import Message, Receive, Scope, Send

from .admin import admin_app
from .brands import BRAND_SCOPE_KEY, HOST_SCOPE_KEY, BrandContext, BrandError, BrandPlugin, load_plugins
from .errors import AuthFailure
from .fault_effects import Connections, apply_fault
from .oauth.forms import origin
from .oauth.routes import oauth_routes
from .profiles import BRANDS, PROFILES, BrandProfile, ErrorStyle
from .profiles.errors import answering_request
from .state import SimState
from .urls import endpoints


def _host_app(state: SimState, routes: list[BaseRoute], style: ErrorStyle) -> Starlette:
    async def auth_failure(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, AuthFailure)
        return style.auth_failure(exc, state.clock.now())

    async def brand_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BrandError)
        return style.error(exc.status, exc.message, state.clock.now())

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        response = style.error(exc.status_code, str(exc.detail), state.clock.now())
        response.headers.update(exc.headers or {})
        return response

    return Starlette(
        routes=routes,
        exception_handlers={AuthFailure: auth_failure, BrandError: brand_error, HTTPException: http_error},
    )


class SimApp:
    """ASGI callable: locates brand and host, fires faults, then routes."""

    def __init__(self, state: SimState, plugins: Mapping[str, BrandPlugin] | None = None) -> None:
        self.state = state
        self.plugins = dict(plugins) if plugins is not None else load_plugins(BRANDS)
        self.connections: Connections = {}
        """Open sockets by client address; the threaded server fills it so ``drop`` faults can abort."""
        self._styles: dict[tuple[str, str], ErrorStyle] = {}
        routes: list[BaseRoute] = [Route("/", self._index), Mount("/_admin", app=admin_app(state))]
        for profile in PROFILES.values():
            routes += self._brand_mounts(profile)
        self.router = Starlette(routes=routes)

    def _brand_mounts(self, profile: BrandProfile) -> list[BaseRoute]:
        plugin = self.plugins.get(profile.name)
        overrides = dict(plugin.error_styles) if plugin else {}
        context = BrandContext(self.state, profile, overrides)
        plugin_routes = dict(plugin.routes(context)) if plugin else {}
        unknown = sorted(set(plugin_routes) - {host.name for host in profile.hosts})
        if unknown:
            raise ValueError(f"{profile.name} plug-in routes for unknown host(s): {', '.join(unknown)}")
        by_host = oauth_routes(self.state, profile)
        for host_name, extra in plugin_routes.items():
            by_host.setdefault(profile.canonical_host(host_name).name, []).extend(extra)
        apps: dict[str, Starlette] = {}
        mounts: list[BaseRoute] = []
        for host in profile.hosts:
            canonical = profile.canonical_host(host.name)
            style = overrides.get(canonical.name, canonical.errors)
            self._styles[(profile.name, host.name)] = style
            if canonical.name not in apps:
                apps[canonical.name] = _host_app(self.state, by_host.get(canonical.name, []), style)
            mounts.append(Mount(f"/{profile.name}/{host.name}", app=apps[canonical.name]))
        return mounts

    async def _index(self, request: Request) -> Response:
        base = origin(request)
        return JSONResponse(
            {
                "service": "carconnect-sim",
                "admin": f"{base}/_admin/",
                "brands": {brand: endpoints(base, brand).as_dict() for brand in BRANDS},
            }
        )

    def style_for(self, brand: str, host: str) -> ErrorStyle:
        return self._styles[(brand, host)]

    def _locate(self, path: str) -> tuple[str, str, str] | None:
        parts = path.split("/", 3)
        if len(parts) < 3 or parts[1] not in PROFILES:
            return None
        brand, host = parts[1], parts[2]
        if (brand, host) not in self._styles:
            return None
        return brand, host, "/" + (parts[3] if len(parts) > 3 else "")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        located = self._locate(scope["path"]) if scope["type"] == "http" else None
        if located is None:
            await self.router(scope, receive, send)
            return
        brand, host, vendor_path = located
        canonical = PROFILES[brand].canonical_host(host)
        scope = {**scope, BRAND_SCOPE_KEY: brand, HOST_SCOPE_KEY: host}
        headers = Headers(scope=scope)
        send = _echoing(send, headers, canonical.echo_headers)
        delay, fault = self.state.faults.pick(brand, {host, canonical.name}, scope["method"], vendor_path)
        if delay:
            await asyncio.sleep(delay)
        with answering_request(headers):
            if fault is None:
                await self.router(scope, receive, send)
                return
            await apply_fault(
                fault,
                self.router,
                scope,
                receive,
                send,
                style=self.style_for(brand, host),
                now=self.state.clock.now(),
                connections=self.connections,
                retry_after_always=self.state.options.undocumented_retry_after,
            )


def _echoing(send: Send, request: Headers, names: tuple[str, ...]) -> Send:
    """``send`` adding each of ``names`` the request carries to the response headers."""
    echoed = [(name.lower().encode("latin-1"), request[name].encode("latin-1")) for name in names if name in request]
    if not echoed:
        return send

    async def echo(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(name, value) for name, value in echoed if name not in present]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return echo


def create_app(state: SimState | None = None, *, plugins: Mapping[str, BrandPlugin] | None = None) -> SimApp:
    """The ASGI app over ``state`` (a fresh seed-0 state when omitted).

    ``plugins`` replaces the discovered ``carconnect.sim.brands.<brand>`` plug-ins (tests, extensions).
    """
    return SimApp(state if state is not None else SimState(), plugins)
