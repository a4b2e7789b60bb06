"""Who competes: every contestant, the venv it runs in, and the read it makes."""

from __future__ import annotations

from dataclasses import dataclass

BRAND_CLASSES = {
    "volvo": ("VolvoClient", "AsyncVolvoClient"),
    "bmw": ("BmwClient", "AsyncBmwClient"),
    "ford": ("FordConnectClient", "AsyncFordConnectClient"),
    "smartcar": ("SmartcarClient", "AsyncSmartcarClient"),
}
PY311, PY312 = "carconnect-py311", "carconnect-py312"


@dataclass(frozen=True)
class Contestant:
    key: str
    label: str
    module: str
    """File stem under ``bench/contestants/``."""
    factory: str
    mode: str
    """``sync`` or ``async``."""
    env: str
    read: str
    """Key of :data:`harness.routes.READS`."""
    env_vars: tuple[tuple[str, str], ...] = ()
    """Extra environment of the worker; ``{base_url}`` is replaced by the server's URL."""
    baseline: str | None = None
    """Key of the contestant this one is compared with in its group."""


TRANSPORT_LABELS = {"httpx": " + httpx transport", "asyncio": " + AsyncioTransport", "aiohttp": " + httpx-aiohttp"}
"""How a contestant's label names the transport it was given (see ``contestants/_shared.py``)."""


def _factory(mode: str, transport: str) -> str:
    if mode == "sync":
        return "sync_client"
    return "async_client" if transport == "default" else f"async_client:{transport}"


def raw_httpx(read: str, mode: str, env: str = PY311, transport: str = "default") -> Contestant:
    suffix = "" if transport == "default" else f"-{transport}"
    label = f"raw httpx ({mode})" if transport == "default" else f"raw httpx{TRANSPORT_LABELS[transport]}"
    return Contestant(
        f"raw-httpx-{mode}{suffix}-{read}-{env}", label, "raw_httpx", _factory(mode, transport), mode, env, read
    )


BASELINE_TRANSPORT = {"default": "asyncio", "httpx": "default", "aiohttp": "aiohttp"}
"""Which raw httpx carries the same bytes as our async client with a given transport (like for like)."""


STDLIB_JSON_LABEL = ", stdlib json"
"""Marks our client decoding JSON with the standard library in a venv that has the ``speed`` extra."""


def ours(brand: str, mode: str, env: str = PY311, transport: str = "default", stdlib_json: bool = False) -> Contestant:
    """Our client; async ones run on their default (``AsyncioTransport``) unless ``transport`` says otherwise.

    In the 3.12 venv the brands have their ``speed`` extra (orjson); ``stdlib_json`` turns it off (see
    ``contestants/_shared.py``), which is what a default install runs.
    """
    sync_name, async_name = BRAND_CLASSES[brand]
    label = sync_name if mode == "sync" else async_name + TRANSPORT_LABELS.get(transport, "")
    suffix = "" if transport == "default" else f"-{transport}"
    baseline = raw_httpx(brand, mode, env, "default" if mode == "sync" else BASELINE_TRANSPORT[transport])
    return Contestant(
        f"carconnect-{brand}-{mode}{suffix}{'-stdlib-json' if stdlib_json else ''}-{env}",
        label + (STDLIB_JSON_LABEL if stdlib_json else ""),
        f"carconnect_{brand}",
        _factory(mode, transport),
        mode,
        env,
        brand,
        env_vars=(("CARCONNECT_BENCH_JSON", "stdlib"),) if stdlib_json else (),
        baseline=baseline.key,
    )


CORE_TRANSPORT = {
    read: Contestant(
        f"core-transport-{read}", "AsyncioTransport alone", "core_transport", "async_client", "async", PY312, read
    )
    for read in ("volvo", "bmw")
}
"""The transport without any client on top: what our async reads stand on."""

RAW_AIOHTTP = {
    read: Contestant(f"raw-aiohttp-{read}", "raw aiohttp", "raw_aiohttp", "async_client", "async", PY312, read)
    for read in ("volvo", "bmw")
}
PEERS = {
    "smartcar": Contestant(
        "peer-smartcar",
        "smartcar 6.19.1 (requests)",
        "peer_smartcar",
        "sync_client",
        "sync",
        "smartcar",
        "smartcar",
        env_vars=(("SMARTCAR_API_ORIGIN", "{base_url}"),),
    ),
    "connectedcar": Contestant(
        "peer-connectedcar",
        "connectedcar 1.3.10 (requests)",
        "peer_connectedcar",
        "sync_client",
        "sync",
        "connectedcar",
        "ford",
    ),
    "volvocarsapi": Contestant(
        "peer-volvocarsapi",
        "volvocarsapi 0.4.5 (aiohttp)",
        "peer_volvocarsapi",
        "async_client",
        "async",
        "volvocarsapi",
        "volvo",
    ),
    "bmw-cardata": Contestant(
        "peer-bmw-cardata",
        "bmw-cardata 0.1.0a3 (aiohttp)",
        "peer_bmw_cardata",
        "async_client",
        "async",
        "bmw-cardata",
        "bmw",
    ),
}
PEER_OF = {"smartcar": "smartcar", "ford": "connectedcar", "volvo": "volvocarsapi", "bmw": "bmw-cardata"}
"""Which peer reads the same data as our brand client."""
