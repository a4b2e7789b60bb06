"""Brand profiles: hosts, authorization servers with their quirks, error styles and demo clients."""

from __future__ import annotations

from types import MappingProxyType

from . import bmw, ford, smartcar, volvo
from .base import AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle

__all__ = [
    "BRANDS",
    "DEMO_CLIENTS",
    "PROFILES",
    "AuthServer",
    "BrandProfile",
    "DemoClient",
    "EndpointRef",
    "ErrorStyle",
    "HostProfile",
    "OAuthErrorStyle",
    "auth_server",
]

PROFILES: MappingProxyType[str, BrandProfile] = MappingProxyType(
    {profile.name: profile for profile in (volvo.PROFILE, bmw.PROFILE, ford.PROFILE, smartcar.PROFILE)}
)
BRANDS: tuple[str, ...] = tuple(PROFILES)

DEMO_CLIENTS: MappingProxyType[str, DemoClient] = MappingProxyType(
    {
        "volvo": volvo.CLIENT,
        "bmw": bmw.CLIENT,
        "ford": ford.QUERY_CLIENT,
        "ford-connect": ford.CONNECT_CLIENT,
        "fordpass": ford.FORDPASS_CLIENT,
        "smartcar": smartcar.CLIENT,
    }
)
"""Clients registered out of the box, by authorization server (the brand name is its main server;
Smartcar's v3 client-credentials server accepts the ``smartcar`` client)."""


def auth_server(name: str) -> AuthServer:
    """The authorization server called ``name`` (``volvo``, ``bmw``, ``ford``, ``ford-connect``, ...)."""
    for profile in PROFILES.values():
        for server in profile.servers:
            if server.name == name:
                return server
    raise KeyError(f"no authorization server {name!r}")
