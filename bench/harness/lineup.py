"""Who competes: every contestant, the venv it runs in, the read it makes, and over which scheme."""

from __future__ import annotations

from dataclasses import dataclass

from .brands import measured, registry
from .routes import READS

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
    registered = registry()[brand]
    sync_name, async_name = READS[brand].clients or (registered.client, registered.async_client)
    label = sync_name if mode == "sync" else async_name + TRANSPORT_LABELS[transport]
    return Contestant(
        f"carconnect-{brand}-{mode}-{transport}-{env}-{scheme}",
        label,
        "carconnect_brand",
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


@dataclass(frozen=True)
class PeerSpec:
    label: str
    module: str
    """File stem under ``bench/contestants/``."""
    mode: str
    imports: str
    """The module whose import time is compared with ours."""


PEER_SPECS = {
    "smartcar": PeerSpec("smartcar 6.19.1 (requests)", "peer_smartcar", "sync", "smartcar"),
    "connectedcar": PeerSpec("connectedcar 1.3.10 (requests)", "peer_connectedcar", "sync", "connectedcar"),
    "volvocarsapi": PeerSpec("volvocarsapi 0.4.5 (aiohttp)", "peer_volvocarsapi", "async", "volvocarsapi.api"),
    "bmw-cardata": PeerSpec("bmw-cardata 0.1.0a3 (aiohttp)", "peer_bmw_cardata", "async", "bmw_cardata"),
}
"""The other Python clients, by venv name; which brand's read each makes is in ``harness.routes.READS``."""


def peer_of(brand: str) -> str | None:
    """The peer reading the same data as our client of ``brand`` (``None``: no peer)."""
    return READS[brand].peer


def read_of(peer_name: str) -> str:
    """The brand whose read ``peer_name`` makes."""
    return next(brand for brand, read in READS.items() if read.peer == peer_name)


def brands_with_peer(mode: str) -> tuple[str, ...]:
    """Measured brands whose peer is a ``mode`` (``sync`` or ``async``) client."""
    return tuple(
        brand for brand in measured() if (name := peer_of(brand)) is not None and PEER_SPECS[name].mode == mode
    )


def peer(name: str, scheme: str = "http") -> Contestant:
    """Another Python client of the same API, in its own venv, as its authors ship it."""
    spec = PEER_SPECS[name]
    env_vars = (("SMARTCAR_API_ORIGIN", "{base_url}"),) if name == "smartcar" else ()
    return Contestant(
        f"peer-{name}-{scheme}",
        spec.label,
        spec.module,
        f"{spec.mode}_client",
        spec.mode,
        name,
        read_of(name),
        scheme,
        env_vars=env_vars,
    )


def raw_aiohttp(read: str, scheme: str = "http") -> Contestant:
    """Plain aiohttp (``get`` + ``.json()``), in the venv of the peer reading the same data."""
    return Contestant(
        f"raw-aiohttp-{read}-{scheme}",
        "raw aiohttp",
        "raw_aiohttp",
        "async_client",
        "async",
        str(peer_of(read)),
        read,
        scheme,
    )


STREAM_READ = "bmw"
"""The brand whose stream is measured: only BMW streams."""
STREAMING = "carconnect-streaming"
"""Our venv for the streaming benchmark: carconnect-bmw with its ``streaming`` extra (aiomqtt)."""


def streaming() -> list[Contestant]:
    """One connection each to the benchmark broker: our ``CarDataStream``, bmw-cardata's streaming client,
    and plain aiomqtt with ``json.loads`` (the floor both stand on, in bmw-cardata's venv)."""
    peer_env = "bmw-cardata"
    members = (
        ("carconnect-bmw-stream", "CarDataStream", "carconnect_bmw_stream", STREAMING),
        (
            "peer-bmw-cardata-stream",
            "bmw-cardata 0.1.0a3 StreamingClient (aiomqtt)",
            "peer_bmw_cardata_stream",
            peer_env,
        ),
        ("raw-aiomqtt-stream", "raw aiomqtt + json.loads", "raw_aiomqtt_stream", peer_env),
    )
    return [
        Contestant(key, label, module, "async_client", "async", env, STREAM_READ, "mqtts")
        for key, label, module, env in members
    ]
