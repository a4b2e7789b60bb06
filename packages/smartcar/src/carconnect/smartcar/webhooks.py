"""Receiving Smartcar webhooks: signature check, verification challenge, typed payloads.

Every delivery but the verification challenge carries ``SC-Signature``: the hex HMAC-SHA256 of the
raw request body keyed with the application management token. Check it on the bytes as received,
before parsing, and answer 401 when it does not match::

    if not verify_signature(body, headers.get(SIGNATURE_HEADER), management_token):
        return 401
    event = parse_webhook(body)
    if isinstance(event, VerifyEvent):
        return 200, challenge_response(event.data.challenge, management_token)

Payloads come in two shapes: version 4.0 (``eventType`` ``VERIFY``, ``VEHICLE_STATE``,
``VEHICLE_ERROR``) and the older version 2.0 (``eventName: verify``, :class:`WebhookEvent`).

A challenge is answered only when it is a short token (:data:`CHALLENGE`). Smartcar does not sign a
``VERIFY`` event, and its answer, HMAC-SHA256(management token, challenge), is the very MAC that
``SC-Signature`` carries for a delivery's raw body: answering any challenge would sign any text a
caller chose, which it could then deliver as signed. A delivery's body is a JSON object, so it
holds ``{``; a challenge of at most 256 letters, digits and ``-._~+/=`` never can, so its answer is
never a delivery's signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from carconnect.core import ResponseParseError
from carconnect.core.calls import PARSE_ERRORS

from ._generated.vehicles_v2 import models as v2_models
from ._generated.vehicles_v3 import models as v3_models

if TYPE_CHECKING:
    from ._generated.vehicles_v3.models import VehicleErrorEvent, VehicleStateEvent, VerifyEvent


__all__ = [
    "CHALLENGE",
    "SIGNATURE_HEADER",
    "challenge_of",
    "challenge_response",
    "hmac_sha256_hex",
    "parse_webhook",
    "verify_signature",
]


SIGNATURE_HEADER = "SC-Signature"
CHALLENGE = re.compile(r"[A-Za-z0-9._~+/=-]{1,256}")
"""The challenges answered (whole string): short URL-safe or base64 tokens, never a JSON body."""

if TYPE_CHECKING:
    from ._generated.vehicles_v2.models import WebhookEvent

    WebhookPayload = VerifyEvent | VehicleStateEvent | VehicleErrorEvent | WebhookEvent
    """A parsed delivery: a 4.0 event, or a 2.0 one."""

_EVENT_MODELS = {"VERIFY": "VerifyEvent", "VEHICLE_STATE": "VehicleStateEvent", "VEHICLE_ERROR": "VehicleErrorEvent"}
"""The 4.0 ``eventType`` values and the model of each."""


def hmac_sha256_hex(management_token: str, message: bytes | str) -> str:
    """Hex HMAC-SHA256 of ``message`` keyed with the application management token."""
    data = message.encode() if isinstance(message, str) else message
    return hmac.new(management_token.encode(), data, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, signature: str | None, management_token: str) -> bool:
    """True when ``signature`` (the ``SC-Signature`` header) matches the raw ``body`` (constant time)."""
    if not signature or not management_token:
        return False
    expected = hmac_sha256_hex(management_token, body).encode()
    return hmac.compare_digest(expected, signature.strip().lower().encode("utf-8", "replace"))


def challenge_response(challenge: str, management_token: str) -> dict[str, str]:
    """The JSON body answering a verification challenge (send it with status 200).

    A challenge that is not a short token (:data:`CHALLENGE`) raises :class:`ResponseParseError`
    (answer 400): its answer could be a valid signature of a forged delivery (see the module).
    """
    if CHALLENGE.fullmatch(challenge) is None:
        raise ResponseParseError("the verification challenge is not a short token: not answered")
    return {"challenge": hmac_sha256_hex(management_token, challenge)}


def _decoded(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        return body
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # not JSON, or nested deeper than the parser goes
        raise ResponseParseError("the webhook body is not JSON") from exc
    if not isinstance(data, Mapping):
        raise ResponseParseError("the webhook body is not a JSON object")
    return data


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookPayload:
    """The typed event of a delivery (verify its signature first); unknown events raise ``ResponseParseError``."""
    data = _decoded(body)
    event_type, event_name = data.get("eventType"), data.get("eventName")
    try:
        if isinstance(event_type, str) and event_type.upper() in _EVENT_MODELS:
            model: type[VerifyEvent | VehicleStateEvent | VehicleErrorEvent] = getattr(
                v3_models, _EVENT_MODELS[event_type.upper()]
            )
            return model.from_dict(data)
        if isinstance(event_name, str):
            return v2_models.WebhookEvent.from_dict(data)
    except PARSE_ERRORS as exc:
        raise ResponseParseError(f"the webhook payload does not match its model: {type(exc).__name__}: {exc}") from exc
    raise ResponseParseError(f"unknown webhook event {event_type or event_name!r}")


def challenge_of(event: WebhookPayload) -> str | None:
    """The challenge of a verification event (either version), else ``None``."""
    if isinstance(event, v3_models.VerifyEvent):
        return event.data.challenge
    if isinstance(event, v2_models.WebhookEvent) and str(event.event_name).lower() == "verify":
        payload = event.payload
        if isinstance(payload, v2_models.WebhookEventPayload) and isinstance(payload.challenge, str):
            return payload.challenge
    return None
