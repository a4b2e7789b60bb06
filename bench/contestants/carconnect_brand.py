"""carconnect's client of any registered brand: the read the per-brand table names, parsed into the typed model.

The worker hands over the brand's registry name, the client method (``call``), the identifier it takes
(``argument``) and the client's options (``options``, see ``harness/routes.py``). The client classes come
from the ``carconnect.brands`` registry of this venv, or from ``clients`` where the read needs another
client of the brand's package (Ford's FordConnect API). Volvo's rate limiter stays on but never reaches
its limit (each call counts for 10 ms, up to 1,000 per window: about a real minute's worth); BMW's
daily budget keeps its whole bookkeeping but is raised to 10^9 calls with a 10 ms rolling window.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from _shared import AsyncReader, Reader, async_transport, sync_transport

from carconnect.core.brands import Brand, brand

TOKEN = "bench-token"


def built(value: Any, registered: Brand) -> Any:
    """``value`` with every ``[name, {arguments}]`` pair replaced by ``name(**arguments)``."""
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], dict):
        name, arguments = value
        factory = timedelta if name == "timedelta" else registered.load(name)
        return factory(**{key: built(item, registered) for key, item in arguments.items()})
    return value


def client(target: Mapping[str, Any], base_url: str, transport: object, *, asynchronous: bool) -> tuple[Any, Any]:
    """The brand's client (sync or async) and its bound read method."""
    registered = brand(target["brand"])
    options = {key: built(value, registered) for key, value in target["options"].items()}
    sync_name, async_name = target["clients"] or (registered.client, registered.async_client)
    kind = registered.load(async_name if asynchronous else sync_name)
    made = kind(TOKEN, base_url=base_url, transport=transport, **options)
    return made, getattr(made, target["call"])


def sync_client(base_url: str, target: Mapping[str, Any]) -> Reader:
    transport = sync_transport()
    made, call = client(target, base_url, transport, asynchronous=False)
    identifier = target[target["argument"]]
    return Reader(lambda: call(identifier), made.close, transport)


async def async_client(base_url: str, target: Mapping[str, Any], transport: str = "stock") -> AsyncReader:
    inner = async_transport(transport)
    made, call = client(target, base_url, inner, asynchronous=True)
    identifier = target[target["argument"]]
    return AsyncReader(lambda: call(identifier), made.aclose, inner)
