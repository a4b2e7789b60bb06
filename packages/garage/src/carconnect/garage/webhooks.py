"""Smartcar webhooks into event streams: a small ASGI app the service mounts.

It checks ``SC-Signature`` with ``carconnect.smartcar``'s helpers on the raw body (401 when it does
not match), answers the verification challenge, and publishes each ``VEHICLE_STATE`` delivery's
signals, normalized, to the :class:`~carconnect.garage.events.EventHub` that the cars' streams read.
Needs ``carconnect-smartcar`` installed.

The challenge is answered only when it is a short token (``carconnect.smartcar.webhooks.CHALLENGE``,
which explains why); other challenges get a 400 and nothing is signed.

Logging (``carconnect.garage``): each delivery, and each malformed one (400), is a DEBUG record. A
refusal that may be a forgery (a signature that does not match, a challenge not answered) is a
WARNING at most once a minute, counting the refusals since the last one; the others are DEBUG.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from carconnect.core import SYSTEM_CLOCK, Clock, ResponseParseError

from .adapters.base import mapping
from .adapters.smartcar import status_from_signals
from .events import EventHub

logger = logging.getLogger("carconnect.garage")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

REFUSAL_WARNING_INTERVAL = 60.0
"""Seconds between two WARNINGs about refused deliveries (the refusals between them are DEBUG)."""


class SmartcarWebhookApp:
    """ASGI app for Smartcar webhook deliveries (mount it at the callback URL you gave Smartcar).

    ``clock`` times the WARNINGs about refused deliveries (at most one a minute).
    """

    def __init__(self, management_token: str, hub: EventHub, *, clock: Clock = SYSTEM_CLOCK) -> None:
        self._management_token = management_token
        self.hub = hub
        self._clock = clock
        self._lock = threading.Lock()
        self._refusals = 0
        """Refusals since the last WARNING about one."""
        self._warned_at: float | None = None
        """When (``clock.monotonic()``) the last WARNING about a refusal was logged."""

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
            logger.debug("smartcar webhook malformed (400): %s", error.message)
            return 400, {"error": error.message}
        challenge = challenge_of(event)
        if challenge is not None:
            try:
                return 200, challenge_response(challenge, self._management_token)
            except ResponseParseError as refused:  # its answer could sign a forged delivery
                self._refused(refused.message)
                return 400, {"error": refused.message}
        if not verify_signature(body, signature, self._management_token):
            self._refused("signature does not match")
            return 401, {"error": "signature does not match"}
        data = mapping(json.loads(body))
        if str(data.get("eventType", "")).upper() == "VEHICLE_STATE":
            delivery = mapping(data.get("data"))
            vehicle_id = str(mapping(delivery.get("vehicle")).get("id"))
            signals = delivery.get("signals")
            status = status_from_signals(signals if isinstance(signals, list) else [])
            listeners = self.hub.publish("smartcar", vehicle_id, status)
            logger.debug("smartcar webhook for %s: %d streams", vehicle_id, listeners)
        return 200, {"received": True}

    def _refused(self, reason: str) -> None:
        """Log a refusal that may be a forgery: a WARNING at most once a minute, else DEBUG."""
        now = self._clock.monotonic()
        with self._lock:
            self._refusals += 1
            count = self._refusals
            quiet = self._warned_at is not None and now - self._warned_at < REFUSAL_WARNING_INTERVAL
            if not quiet:
                self._refusals, self._warned_at = 0, now
        if quiet:
            logger.debug("smartcar webhook refused: %s", reason)
        else:
            logger.warning(
                "smartcar webhook refused: %s (%d refused since the last such warning; at most one a minute)",
                reason,
                count,
            )


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
