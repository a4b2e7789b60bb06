"""Brand profiles: hosts, authorization servers with their quirks, error styles and demo clients."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import bmw, ford, smartcar, volvo
from .base import AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle
from .vendor import VendorError

__all__ = [
    "BRANDS",
    "DEMO_CLIENTS",
    "PROFILES",
    "VENDOR_ERRORS",
    "AuthServer",
    "BrandProfile",
    "DemoClient",
    "EndpointRef",
    "ErrorStyle",
    "HostProfile",
    "OAuthErrorStyle",
    "VendorError",
    "auth_server",
    "vendor_error",
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


VENDOR_ERRORS: MappingProxyType[str, Mapping[str, VendorError]] = MappingProxyType(
    {
        "volvo": volvo.VENDOR_ERRORS,
        "bmw": bmw.VENDOR_ERRORS,
        "ford": ford.VENDOR_ERRORS,
        "smartcar": smartcar.VENDOR_ERRORS,
    }
)
"""Every documented vendor error answer the ``vendor`` fault can send, by brand and shape name."""


def vendor_error(brand: str | None, shape: str | None) -> VendorError:
    """The vendor error ``shape`` of ``brand``; ``ValueError`` names the known shapes otherwise."""
    shapes = VENDOR_ERRORS.get(brand or "")
    if shapes is None:
        raise ValueError(f"a vendor fault needs a brand: one of {', '.join(VENDOR_ERRORS)}")
    if shape is None or shape not in shapes:
        raise ValueError(f"unknown {brand} vendor error {shape!r}; shapes: {', '.join(shapes)}")
    return shapes[shape]


def auth_server(name: str) -> AuthServer:
    """The authorization server called ``name`` (``volvo``, ``bmw``, ``ford``, ``ford-connect``, ...)."""
    for profile in PROFILES.values():
        for server in profile.servers:
            if server.name == name:
                return server
    raise KeyError(f"no authorization server {name!r}")
