"""Token storage for the CLI: one core FileTokenStore (0600) per brand and account."""

from __future__ import annotations

import json
import re
from pathlib import Path

from carconnect.core import FileTokenStore, Token, TokenStoreError

from .settings import config_dir

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def tokens_dir() -> Path:
    return config_dir() / "tokens"


def store_for(brand: str, account: str = "default", sim: bool = False) -> FileTokenStore:
    """The token file of one account (simulator logins are kept apart from real ones)."""
    name = f"{brand}{'-sim' if sim else ''}-{_SAFE.sub('_', account)}.json"
    return FileTokenStore(tokens_dir() / name)


def list_accounts() -> list[tuple[str, Token | None, str | None]]:
    """Every stored account as (file stem, token or None, error)."""
    found: list[tuple[str, Token | None, str | None]] = []
    if not tokens_dir().exists():
        return found
    for path in sorted(tokens_dir().glob("*.json")):
        try:
            found.append((path.stem, FileTokenStore(path).load(), None))
        except TokenStoreError as exc:
            found.append((path.stem, None, str(exc)))
    return found


def forget(brand: str, account: str = "default", sim: bool = False) -> bool:
    """Delete a stored token; True if there was one."""
    store = store_for(brand, account, sim)
    try:
        store.path.unlink()
    except FileNotFoundError:
        return False
    return True


def describe(token: Token) -> dict[str, object]:
    """Secret-free facts about a token, for display."""
    return {
        "expires_at": token.expires_at.isoformat() if token.expires_at else None,
        "has_refresh_token": bool(token.refresh_token),
        "scopes": list(token.scopes),
        "extras": sorted(key for key in token.extras if not _looks_secret(key)),
    }


def _looks_secret(key: str) -> bool:
    return bool(re.search(r"token|secret|key|password", key, re.IGNORECASE))


def dumps(value: object) -> str:
    return json.dumps(value, indent=2, default=str)
