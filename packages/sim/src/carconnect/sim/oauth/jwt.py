"""Minimal JWTs: HS256-signed id tokens and JWT-looking opaque codes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64_json(value: Any) -> str:
    return _b64(json.dumps(value, separators=(",", ":"), sort_keys=True).encode())


def encode_hs256(claims: dict[str, Any], key: bytes) -> str:
    signing_input = f"{_b64_json({'alg': 'HS256', 'typ': 'JWT'})}.{_b64_json(claims)}"
    signature = hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def decode_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, unverified (tests and debugging)."""
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def opaque_jwt(claims: dict[str, Any]) -> str:
    """A random value shaped like a JWT (BMW's device codes look like this)."""
    return f"{_b64_json({'alg': 'none', 'typ': 'JWT'})}.{_b64_json(claims)}.{secrets.token_urlsafe(24)}"


def verify_hs256(token: str, key: bytes) -> dict[str, Any] | None:
    """The claims of an HS256 JWT whose signature ``key`` made, else ``None`` (expiry is not checked)."""
    try:
        header, payload, signature = token.split(".")
        expected = _b64(hmac.new(key, f"{header}.{payload}".encode("ascii"), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, signature):
            return None
        return decode_claims(token)
    except (ValueError, UnicodeError):
        return None
