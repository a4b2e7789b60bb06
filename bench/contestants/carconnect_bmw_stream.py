"""carconnect's BMW stream: ``CarDataStream`` as shipped (one connection, each message decoded with the
telematics catalogue into a typed ``StreamUpdate`` and merged into the vehicle's running state).

Its login comes from a ``TokenManager`` holding a dummy token with the target's GCID and an id_token
valid for a day, so no renewal happens during the run.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping

from _ca import ssl_context
from _stream import StreamReader, address

from carconnect.bmw.streaming import CarDataStream
from carconnect.core import Token, TokenManager


def dummy_id_token(lifetime: int = 86_400) -> str:
    """An unsigned JWT whose ``exp`` is ``lifetime`` seconds away (the benchmark broker checks nothing)."""

    def part(document: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(document).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part({'exp': int(time.time()) + lifetime})}.bench"


async def async_client(base_url: str, target: Mapping[str, str]) -> StreamReader:
    host, port = address(base_url)
    token = Token("bench-token", id_token=dummy_id_token(), extras={"gcid": target["gcid"]})
    stream = CarDataStream(TokenManager(token), [target["vin"]], host=host, port=port, tls=ssl_context() or True)
    await stream.start()
    return await StreamReader(stream, stream.close).subscribed(base_url, dict(target))
