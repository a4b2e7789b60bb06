"""What to pass to each brand's clients to reach a simulator: ids, secrets, API keys, redirect URIs, URLs.

:func:`client_settings` depends only on the simulator's base URL, so ``--help`` can show the same
table with a placeholder port before anything listens.
"""

from __future__ import annotations

from dataclasses import dataclass

from .profiles import DEMO_CLIENTS
from .urls import endpoints, host_url


@dataclass(frozen=True)
class Setting:
    """One value and where it goes: ``VolvoClient(api_key=...)``."""

    name: str
    value: str
    pass_as: str


@dataclass(frozen=True)
class ClientSetup:
    """Everything one brand's auth and client classes need to talk to the simulator."""

    brand: str
    classes: str
    settings: tuple[Setting, ...]


def _common(server: str, auth: str) -> list[Setting]:
    client = DEMO_CLIENTS[server]
    found = [Setting("client_id", client.client_id, f"{auth}(client_id, ...)")]
    if client.client_secret:
        found.append(Setting("client_secret", client.client_secret, f"{auth}(client_id, client_secret, ...)"))
    if client.redirect_uris:
        found.append(Setting("redirect_uri", client.redirect_uri, f"{auth}(redirect_uri=...)"))
    return found


def _volvo(base_url: str) -> ClientSetup:
    api_key = DEMO_CLIENTS["volvo"].api_key or ""
    return ClientSetup(
        "volvo",
        "VolvoAuth, VolvoClient / AsyncVolvoClient",
        (
            *_common("volvo", "VolvoAuth"),
            Setting("api_key", api_key, "VolvoClient(api_key=...)"),
            Setting("auth base_url", host_url(base_url, "volvo", "auth"), "VolvoAuth(base_url=...)"),
            Setting("api base_url", host_url(base_url, "volvo", "api"), "VolvoClient(base_url=...)"),
        ),
    )


def _bmw(base_url: str) -> ClientSetup:
    return ClientSetup(
        "bmw",
        "BmwAuth, BmwClient / AsyncBmwClient",
        (
            *_common("bmw", "BmwAuth"),
            Setting("auth base_url", host_url(base_url, "bmw", "auth"), "BmwAuth(base_url=...)"),
            Setting("api base_url", host_url(base_url, "bmw", "api"), "BmwClient(base_url=...)"),
        ),
    )


def _ford_query(base_url: str) -> ClientSetup:
    return ClientSetup(
        "ford",
        "FordAuth, FordClient / AsyncFordClient (FordConnect Query)",
        (
            *_common("ford", "FordAuth"),
            Setting("auth base_url", host_url(base_url, "ford", "auth"), "FordAuth(base_url=...)"),
            Setting("api base_url", endpoints(base_url, "ford").apis["query"], "FordClient(base_url=...)"),
        ),
    )


def _ford_connect(base_url: str) -> ClientSetup:
    found = endpoints(base_url, "ford", "ford-connect")
    settings = _common("ford-connect", "FordConnectAuth")
    application_id = DEMO_CLIENTS["ford-connect"].application_id
    if application_id:
        settings.append(Setting("application_id", application_id, "FordConnectAuth(application_id=...)"))
    if found.authorize_url:
        settings.append(Setting("authorize_url", found.authorize_url, "FordConnectAuth(authorize_url=...)"))
    settings += [
        Setting("token_url", found.token_url, "FordConnectAuth(token_url=...)"),
        Setting("api base_url", host_url(base_url, "ford", "mps"), "FordConnectClient(base_url=...)"),
    ]
    return ClientSetup("ford", "FordConnectAuth, FordConnectClient / AsyncFordConnectClient", tuple(settings))


def _smartcar(base_url: str) -> ClientSetup:
    found = endpoints(base_url, "smartcar")
    settings = _common("smartcar", "SmartcarAuth")
    management_token = DEMO_CLIENTS["smartcar"].management_token
    if management_token:
        settings.append(Setting("management_token", management_token, "SmartcarClient(management_token=...)"))
    for name, url in found.hosts.items():
        settings.append(Setting(f"hosts[{name!r}]", url, "SmartcarAuth(hosts=...), SmartcarClient(hosts=...)"))
    return ClientSetup("smartcar", "SmartcarAuth, SmartcarClient / AsyncSmartcarClient", tuple(settings))


def client_settings(base_url: str) -> list[ClientSetup]:
    """Per brand (Ford twice: Query and FordConnect), the values its classes take to reach ``base_url``."""
    return [builder(base_url) for builder in (_volvo, _bmw, _ford_query, _ford_connect, _smartcar)]


def render(base_url: str) -> str:
    """:func:`client_settings` as text: one block per brand, ``name  value  -> where it goes``."""
    lines: list[str] = []
    for setup in client_settings(base_url):
        lines.append(f"{setup.brand}: {setup.classes}")
        for setting in setup.settings:
            lines.append(f"  {setting.name:<19} {setting.value}  -> {setting.pass_as}")
        lines.append("")
    return "\n".join(lines)
