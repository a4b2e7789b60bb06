"""Keeping the credentials a request carried out of the errors and log records about it.

Some servers echo what they were sent ("Access token expired: <token>", "Invalid refresh token:
<token>"). An error's message and body end up in logs and tracebacks, so every credential the request
carried (its credential headers, the secret fields of a token request's form) is replaced there by
:data:`MASK`. A request itself is named by :func:`describe_request`: method and URL without the query
(which may carry a code) or user info.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Mapping
from typing import TypedDict
from urllib.parse import parse_qsl, quote, unquote_plus

import httpx

MASK = "***"
SECRET_FIELDS = frozenset({"code", "code_verifier", "device_code", "assertion", "client_assertion"})
"""Fields of a token request's form or JSON body whose values are secrets, besides every field whose
name speaks of a token, a secret or a password (``refresh_token``, ``client_secret``, ``idpToken``,
``subject_token``)."""
SECRET_FIELD_WORDS = ("token", "secret", "password")
CREDENTIAL_HEADER_WORDS = ("auth", "token", "key", "secret", "cookie")
"""A header whose name holds one of these carries a credential (``Authorization``, ``auth-token``,
``vcc-api-key``, ``x-api-key``, ``Cookie``)."""
SHORTEST_SECRET = 8
"""Shorter values are not masked: they are not credentials, and masking them would garble the text."""


def sent_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carried, longest first, each also as a server may echo it."""
    if request is None:
        return ()
    found: set[str] = set()
    for name, value in request.headers.items():
        if any(word in name.lower() for word in CREDENTIAL_HEADER_WORDS):
            found.update(_credentials_in_header(value))
    found.update(_secret_fields(request))
    found.update([variant for value in list(found) for variant in _echoed_forms(value)])
    return tuple(sorted((value for value in found if len(value) >= SHORTEST_SECRET), key=len, reverse=True))


def _echoed_forms(value: str) -> tuple[str, ...]:
    """How a server may write ``value`` back: URL-encoded, or escaped in a JSON string (non-ASCII
    characters as escapes, and slashes escaped as some servers do)."""
    escaped = json.dumps(value)[1:-1]
    return quote(value, safe=""), escaped, escaped.replace("/", "\\/")


def _credentials_in_header(value: str) -> list[str]:
    """The header value, the credential after its scheme, and a Basic credential's decoded parts,
    as sent and form-decoded (OAuth clients URL-encode the client id and secret before Basic
    encoding them, RFC 6749 §2.3.1, and a server echoes the secret as it was registered)."""
    scheme, _, credential = value.partition(" ")
    found = [value, credential]
    if scheme.lower() == "basic":
        with contextlib.suppress(ValueError):
            decoded = base64.b64decode(credential, validate=True).decode("utf-8")
            parts = decoded.split(":", 1)
            found += [decoded, *parts, *(unquote_plus(part) for part in parts)]
    return found


def _secret_fields(request: httpx.Request) -> list[str]:
    """The secret fields' values of a form or JSON request body."""
    kind = request.headers.get("content-type", "")
    try:
        body = request.content.decode("utf-8", errors="replace")
    except httpx.RequestNotRead:  # a streamed body: nothing of it is known here
        return []
    if kind.startswith("application/x-www-form-urlencoded"):
        return [value for name, value in parse_qsl(body) if _is_secret_field(name)]
    if kind.startswith("application/json"):
        try:
            document = json.loads(body)
        except ValueError:
            return []
        if isinstance(document, Mapping):
            return [value for name, value in document.items() if _is_secret_field(name) and isinstance(value, str)]
    return []


def _is_secret_field(name: str) -> bool:
    lowered = name.lower()
    return lowered in SECRET_FIELDS or any(word in lowered for word in SECRET_FIELD_WORDS)


def describe_request(request: httpx.Request) -> str:
    """``request`` as messages and records name it: ``GET https://api.example.com/v2/x``.

    The URL keeps scheme, host, port and path; its query, fragment and user info are left out, since
    they may carry an authorization code or a password.
    """
    return f"{request.method} {url_without_query(request.url)}"


def url_without_query(url: httpx.URL) -> str:
    """``url``'s scheme, host, port and path: what :func:`describe_request` shows of it."""
    path = url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")
    return f"{url.scheme}://{url.netloc.decode('ascii', errors='replace')}{path}"


class RequestFacts(TypedDict):
    """What an error says of the request it is about (its ``method`` and ``url`` keyword arguments)."""

    method: str | None
    url: str | None


def request_facts(request: httpx.Request | None) -> RequestFacts:
    """``method`` and ``url`` (without its query) of ``request``, as an error's keyword arguments."""
    if request is None:
        return RequestFacts(method=None, url=None)
    return RequestFacts(method=request.method, url=url_without_query(request.url))


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request ``response`` answers, or ``None`` for a response built without one."""
    try:
        return response.request
    except RuntimeError:
        return None


def redacted(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every one of ``secrets`` replaced by :data:`MASK`."""
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


def redacted_body(content: bytes, secrets: tuple[str, ...]) -> bytes:
    """A response body with every one of ``secrets`` masked, before anything shortens or parses it."""
    if not secrets:
        return content
    return redacted(content.decode("utf-8", errors="replace"), secrets).encode("utf-8")
