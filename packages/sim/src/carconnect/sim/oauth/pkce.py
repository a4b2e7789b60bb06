"""PKCE (RFC 7636), S256 only."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def verifier_matches(verifier: str | None, challenge: str) -> bool:
    """True when ``verifier`` is well formed and hashes to ``challenge``."""
    if verifier is None or not _VERIFIER.match(verifier):
        return False
    return secrets.compare_digest(s256(verifier), challenge)


def make_pair() -> tuple[str, str]:
    """A fresh (verifier, challenge) pair; handy in tests."""
    verifier = secrets.token_urlsafe(64)
    return verifier, s256(verifier)
