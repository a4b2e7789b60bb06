"""Keeping the credentials a request carried out of the errors built from its answer.

Some servers echo what they were sent ("Access token expired: <token>", "Invalid refresh token:
<token>"). An error's message and body end up in logs and tracebacks, so every credential the request
carried (its credential headers, the secret fields of a token request's form) is replaced there by
:data:`MASK`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx

MASK = "***"
SECRET_FIELDS = frozenset(
    {
        "access_token",
        "assertion",
        "client_assertion",
        "client_secret",
        "code",
        "code_verifier",
        "device_code",
        "id_token",
        "password",
        "refresh_token",
        "token",
    }
)
"""Form fields of token, revocation and device requests whose values are secrets."""
CREDENTIAL_HEADER_WORDS = ("auth", "token", "key", "secret", "cookie")
"""A header whose name holds one of these carries a credential (``Authorization``, ``auth-token``,
``vcc-api-key``, ``x-api-key``, ``Cookie``)."""
SHORTEST_SECRET = 8
"""Shorter values are not masked: they are not credentials, and masking them would garble the text."""


def sent_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carried, longest first."""
    if request is None:
        return ()
    found: set[str] = set()
    for name, value in request.headers.items():
        if any(word in name.lower() for word in CREDENTIAL_HEADER_WORDS):
            found.add(value)
            found.add(value.partition(" ")[2])  # the credential after a scheme ("Bearer ...")
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        try:
            form = request.content.decode("utf-8", errors="replace")
        except httpx.RequestNotRead:
            form = ""
        found.update(value for name, value in parse_qsl(form) if name in SECRET_FIELDS)
    return tuple(sorted((value for value in found if len(value) >= SHORTEST_SECRET), key=len, reverse=True))


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request ``response`` answers, or ``None`` for a response built without one."""
    try:
        return response.request
    except RuntimeError:
        return None


def redacted(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` (text, or a decoded JSON body) with every one of ``secrets`` replaced by :data:`MASK`."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, MASK)
        return value
    if isinstance(value, Mapping):
        return {key: redacted(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [redacted(item, secrets) for item in value]
    return value
