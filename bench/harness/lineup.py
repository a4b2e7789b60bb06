"""Who competes: every contestant, the venv it runs in, the read it makes, and over which scheme."""

from __future__ import annotations

from dataclasses import dataclass

BRAND_CLASSES = {
    "volvo": ("VolvoClient", "AsyncVolvoClient"),
    "bmw": ("BmwClient", "AsyncBmwClient"),
    "ford": ("FordConnectClient", "AsyncFordConnectClient"),
    "smartcar": ("SmartcarClient", "AsyncSmartcarClient"),
}
PY311, PY312 = "carconnect-py311", "carconnect-py312"
SCHEMES = ("http", "https")


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
    scheme: str = "http"
    """``http`` or ``https`` (the server with the run's CA)."""
    env_vars: tuple[tuple[str, str], ...] = ()
    """Extra environment of the worker; ``{base_url}`` is replaced by the server's URL."""


TRANSPORT_LABELS = {"stock": "", "asyncio": " + AsyncioTransport"}
"""How a label names the transport an async httpx-based client was given (see ``contestants/_shared.py``)."""


def _factory(mode: str, transport: str) -> str:
    return "sync_client" if mode == "sync" else f"async_client:{transport}"


def raw_httpx(read: str, mode: str, env: str = PY311, transport: str = "stock", scheme: str = "http") -> Contestant:
    """Plain httpx (``get`` + ``.json()``) on ``transport``: the like-for-like reference of our clients."""
    label = f"raw httpx ({mode})" + TRANSPORT_LABELS[transport]
    return Contestant(
        f"raw-httpx-{mode}-{transport}-{read}-{env}-{scheme}",
        label,
        "raw_httpx",
        _factory(mode, transport),
        mode,
        env,
        read,
        scheme,
    )


def ours(brand: str, mode: str, env: str = PY311, transport: str = "stock", scheme: str = "http") -> Contestant:
    """Our client with its default limits, on the stock transport or ``AsyncioTransport``."""
    sync_name, async_name = BRAND_CLASSES[brand]
    label = sync_name if mode == "sync" else async_name + TRANSPORT_LABELS[transport]
    return Contestant(
        f"carconnect-{brand}-{mode}-{transport}-{env}-{scheme}",
        label,
        f"carconnect_{brand}",
        _factory(mode, transport),
        mode,
        env,
        brand,
        scheme,
    )


def core_transport(read: str, scheme: str = "http") -> Contestant:
    """``AsyncioTransport`` without any client on top: what our fast async reads stand on."""
    return Contestant(
        f"core-transport-{read}-{scheme}",
        "AsyncioTransport alone",
        "core_transport",
        "async_client",
        "async",
        PY312,
        read,
        scheme,
    )


PEER_SPECS = {
    "smartcar": ("smartcar 6.19.1 (requests)", "peer_smartcar", "sync", "smartcar"),
    "connectedcar": ("connectedcar 1.3.10 (requests)", "peer_connectedcar", "sync", "ford"),
    "volvocarsapi": ("volvocarsapi 0.4.5 (aiohttp)", "peer_volvocarsapi", "async", "volvo"),
    "bmw-cardata": ("bmw-cardata 0.1.0a3 (aiohttp)", "peer_bmw_cardata", "async", "bmw"),
}
PEER_OF = {"smartcar": "smartcar", "ford": "connectedcar", "volvo": "volvocarsapi", "bmw": "bmw-cardata"}
"""Which peer reads the same data as our brand client."""


def peer(name: str, scheme: str = "http") -> Contestant:
    """Another Python client of the same API, in its own venv, as its authors ship it."""
    label, module, mode, read = PEER_SPECS[name]
    env_vars = (("SMARTCAR_API_ORIGIN", "{base_url}"),) if name == "smartcar" else ()
    return Contestant(
        f"peer-{name}-{scheme}", label, module, f"{mode}_client", mode, name, read, scheme, env_vars=env_vars
    )


def raw_aiohttp(read: str, scheme: str = "http") -> Contestant:
    """Plain aiohttp (``get`` + ``.json()``), in the venv of the peer reading the same data."""
    return Contestant(
        f"raw-aiohttp-{read}-{scheme}",
        "raw aiohttp",
        "raw_aiohttp",
        "async_client",
        "async",
        PEER_OF[read],
        read,
        scheme,
    )


STREAMING = "carconnect-streaming"
"""Our venv for the streaming benchmark: carconnect-bmw with its ``streaming`` extra (aiomqtt)."""


def streaming() -> list[Contestant]:
    """One connection each to the benchmark broker: our ``CarDataStream``, bmw-cardata's streaming client,
    and plain aiomqtt with ``json.loads`` (the floor both stand on, in bmw-cardata's venv)."""
    return [
        Contestant(
            "carconnect-bmw-stream",
            "CarDataStream",
            "carconnect_bmw_stream",
            "async_client",
            "async",
            STREAMING,
            "bmw",
            "mqtts",
        ),
        Contestant(
            "peer-bmw-cardata-stream",
            "bmw-cardata 0.1.0a3 StreamingClient (aiomqtt)",
            "peer_bmw_cardata_stream",
            "async_client",
            "async",
            "bmw-cardata",
            "bmw",
            "mqtts",
        ),
        Contestant(
            "raw-aiomqtt-stream",
            "raw aiomqtt + json.loads",
            "raw_aiomqtt_stream",
            "async_client",
            "async",
            "bmw-cardata",
            "bmw",
            "mqtts",
        ),
    ]
