"""Where everything is: per-brand URLs for pointing a client at the simulator in one line."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .profiles import DEMO_CLIENTS, PROFILES, DemoClient, EndpointRef
from .profiles import ford as ford_profile


def host_url(base_url: str, brand: str, host: str = "api") -> str:
    """``{base_url}/{brand}/{host}``: the stand-in for the vendor host (aliases resolved)."""
    profile = PROFILES[brand]
    return f"{base_url.rstrip('/')}/{brand}/{profile.canonical_host(host).name}"


@dataclasses.dataclass(frozen=True)
class BrandEndpoints:
    """The URLs of one authorization server and of the brand's APIs, plus its demo client."""

    brand: str
    server: str
    client: DemoClient
    token_url: str
    authorize_url: str | None
    device_authorization_url: str | None
    verification_url: str | None
    revocation_url: str | None
    userinfo_url: str | None
    discovery_url: str | None
    apis: Mapping[str, str]
    """API name -> base URL (``connected-vehicle``, ``cardata``, ``query``, ``v2`` ...)."""
    hosts: Mapping[str, str]
    """Host name -> base URL."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Non-OAuth token URLs (FordPass: ``cat_exchange_url``, ``cat_refresh_url``, ``autonomic_token_url``)."""

    @property
    def api_url(self) -> str:
        """The brand's first API base URL."""
        return next(iter(self.apis.values()))

    def as_dict(self) -> dict[str, Any]:
        data = {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}
        data["client"] = {"client_id": self.client.client_id, "redirect_uris": list(self.client.redirect_uris)}
        data["apis"], data["hosts"], data["extra"] = dict(self.apis), dict(self.hosts), dict(self.extra)
        return data


def endpoints(base_url: str, brand: str, server: str | None = None) -> BrandEndpoints:
    """Endpoints of ``brand`` (its main authorization server unless ``server`` names another)."""
    profile = PROFILES[brand]
    auth = profile.server(server)

    def url(ref: EndpointRef | None) -> str | None:
        return ref.url(host_url(base_url, brand, ref.host)) if ref else None

    extra: dict[str, str] = {}
    if auth.name == "fordpass":
        for key, ref in (
            ("cat_exchange_url", ford_profile.CAT_FROM_B2C),
            ("cat_refresh_url", ford_profile.CAT_REFRESH),
            ("autonomic_token_url", ford_profile.AUTONOMIC_TOKEN),
        ):
            extra[key] = ref.url(host_url(base_url, brand, ref.host))
    return BrandEndpoints(
        brand=brand,
        server=auth.name,
        client=DEMO_CLIENTS.get(auth.name, auth.clients[0]),
        token_url=auth.token.url(host_url(base_url, brand, auth.token.host)),
        authorize_url=url(auth.authorize),
        device_authorization_url=url(auth.device_authorization),
        verification_url=url(auth.verification),
        revocation_url=url(auth.revocation),
        userinfo_url=url(auth.userinfo),
        discovery_url=url(auth.discovery),
        apis={name: host_url(base_url, brand, host) + path for name, (host, path) in profile.apis.items()},
        hosts={host.name: host_url(base_url, brand, host.name) for host in profile.hosts if host.alias_of is None},
        extra=extra,
    )
