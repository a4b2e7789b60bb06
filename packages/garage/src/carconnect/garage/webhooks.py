"""Smartcar webhooks into event streams: a small ASGI app the service mounts.

It checks ``SC-Signature`` with ``carconnect.smartcar``'s helpers on the raw body (401 when it does
not match), answers the verification challenge, and publishes each ``VEHICLE_STATE`` delivery's
signals, normalized, to the :class:`~carconnect.garage.events.EventHub` that the cars' streams read.
Needs ``carconnect-smartcar`` installed.

The challenge is answered only when it is a short token (``carconnect.smartcar.webhooks.CHALLENGE``,
which explains why); other challenges get a 400 and nothing is signed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from carconnect.core import ResponseParseError

from .adapters.base import mapping
from .adapters.smartcar import status_from_signals
from .events import EventHub

logger = logging.getLogger("carconnect.garage")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class SmartcarWebhookApp:
    """ASGI app for Smartcar webhook deliveries (mount it at the callback URL you gave Smartcar)."""

    def __init__(self, management_token: str, hub: EventHub) -> None:
        self._management_token = management_token
        self.hub = hub

    def __repr__(self) -> str:
        return "SmartcarWebhookApp(management_token=***)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope.get("method") != "POST":
            await _answer(send, 405, {"error": "POST only"})
            return
        body = await _body(receive)
        status, answer = self.handle(body, _header(scope, b"sc-signature"))
        await _answer(send, status, answer)

    def handle(self, body: bytes, signature: str | None) -> tuple[int, dict[str, Any]]:
        """Status code and JSON answer for one delivery (the ASGI app's logic, without ASGI).

        A verification challenge is answered only when it is a short token (see the module).
        """
        from carconnect.smartcar.webhooks import challenge_of, challenge_response, parse_webhook, verify_signature

        try:
            event = parse_webhook(body)
        except ResponseParseError as error:
            return 400, {"error": error.message}
        challenge = challenge_of(event)
        if challenge is not None:
            try:
                return 200, challenge_response(challenge, self._management_token)
            except ResponseParseError as refused:  # its answer could sign a forged delivery
                logger.warning("smartcar webhook refused: %s", refused.message)
                return 400, {"error": refused.message}
        if not verify_signature(body, signature, self._management_token):
            logger.warning("smartcar webhook refused: signature does not match")
            return 401, {"error": "signature does not match"}
        data = mapping(json.loads(body))
        if str(data.get("eventType", "")).upper() == "VEHICLE_STATE":
            delivery = mapping(data.get("data"))
            vehicle_id = str(mapping(delivery.get("vehicle")).get("id"))
            signals = delivery.get("signals")
            status = status_from_signals(signals if isinstance(signals, list) else [])
            listeners = self.hub.publish("smartcar", vehicle_id, status)
            logger.info("smartcar webhook for %s: %d streams", vehicle_id, listeners)
        return 200, {"received": True}


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(bytes(message.get("body", b"")))
        if not message.get("more_body"):
            return b"".join(chunks)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or []:
        if bytes(key).lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def _answer(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
