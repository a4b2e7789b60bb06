"""PKCE (RFC 7636, S256 only) and ``state`` values, from a CSPRNG via authlib."""

from __future__ import annotations

import hmac


def new_code_verifier(length: int = 64) -> str:
    """A fresh verifier: ``length`` (43-128) characters from ``[A-Za-z0-9]``, CSPRNG-drawn."""
    from authlib.common.security import generate_token

    if not 43 <= length <= 128:
        raise ValueError("a PKCE code verifier is 43 to 128 characters long")
    return str(generate_token(length))


def code_challenge(verifier: str) -> str:
    """The S256 challenge: base64url(sha256(verifier)) without padding."""
    from authlib.oauth2.rfc7636 import create_s256_code_challenge

    return str(create_s256_code_challenge(verifier))


def new_state(length: int = 32) -> str:
    """A fresh, unguessable ``state`` value."""
    from authlib.common.security import generate_token

    return str(generate_token(length))


def same_secret(expected: str, received: str | None) -> bool:
    """Constant-time comparison (for ``state`` values and signatures)."""
    return received is not None and hmac.compare_digest(expected.encode(), received.encode())
