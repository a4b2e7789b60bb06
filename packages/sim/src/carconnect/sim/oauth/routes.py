"""Starlette routes of a brand's authorization servers, grouped by host."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from starlette.routing import BaseRoute, Route

from ..profiles import ford as ford_profile
from ..profiles.base import BrandProfile
from .authorize import authorize_endpoint
from .device import device_authorization_endpoint, verification_endpoint
from .ford import autonomic_token, cat_from_b2c, cat_refresh
from .grants import token_endpoint
from .revoke import discovery_endpoint, revocation_endpoint, userinfo_endpoint

if TYPE_CHECKING:
    from ..state import SimState


def oauth_routes(state: SimState, profile: BrandProfile) -> dict[str, list[BaseRoute]]:
    """Host name -> routes, for every authorization server of ``profile``."""
    mounts = {host.name: f"/{profile.name}/{profile.canonical_host(host.name).name}" for host in profile.hosts}
    routes: dict[str, list[BaseRoute]] = defaultdict(list)

    def host(name: str) -> list[BaseRoute]:
        return routes[profile.canonical_host(name).name]

    for server in profile.servers:
        token = server.token
        host(token.host).append(
            Route(token.route_path, token_endpoint(state, server, mounts[token.host]), methods=["POST"])
        )
        if server.authorize:
            ref = server.authorize
            host(ref.host).append(Route(ref.route_path, authorize_endpoint(state, server), methods=["GET", "POST"]))
        if server.device_authorization and server.verification:
            ref, page = server.device_authorization, server.verification
            handler = device_authorization_endpoint(state, server, mounts[page.host] + page.path)
            host(ref.host).append(Route(ref.route_path, handler, methods=["POST"]))
            host(page.host).append(Route(page.route_path, verification_endpoint(state), methods=["GET", "POST"]))
        if server.revocation:
            ref = server.revocation
            host(ref.host).append(Route(ref.route_path, revocation_endpoint(state, server), methods=["POST"]))
        if server.userinfo:
            ref = server.userinfo
            host(ref.host).append(Route(ref.route_path, userinfo_endpoint(state, server), methods=["GET"]))
        if server.discovery:
            ref = server.discovery
            host(ref.host).append(Route(ref.route_path, discovery_endpoint(server, mounts), methods=["GET"]))
    if profile.name == "ford":
        chain = (
            (ford_profile.CAT_FROM_B2C, cat_from_b2c(state)),
            (ford_profile.CAT_REFRESH, cat_refresh(state)),
            (ford_profile.AUTONOMIC_TOKEN, autonomic_token(state)),
        )
        for ref, handler in chain:
            host(ref.host).append(Route(ref.route_path, handler, methods=["POST"]))
    return dict(routes)
