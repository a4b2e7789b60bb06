"""Token storage for the CLI: one core FileTokenStore (0600) per brand and account, or the system keyring."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path

from carconnect.core import CarConnectError, FileTokenStore, KeyringTokenStore, Token, TokenStore, TokenStoreError

from .settings import config_dir

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


KEYRING_SERVICE = "carconnect"
KEYRING_MARKER = ".keyring"
STORE_ENV = "CARCONNECT_TOKEN_STORE"


def tokens_dir() -> Path:
    return config_dir() / "tokens"


def use_keyring() -> bool:
    """Tokens go to the system keyring when ``CARCONNECT_TOKEN_STORE=keyring`` (needs ``carconnect[keyring]``),
    to files when it is unset or ``file``; any other value is a :class:`TokenStoreError`."""
    chosen = os.environ.get(STORE_ENV) or "file"
    if chosen not in ("file", "keyring"):
        raise TokenStoreError(f"{STORE_ENV}={chosen} is no token store: set it to keyring or file, or unset it")
    return chosen == "keyring"


class MarkedKeyringStore(KeyringTokenStore):
    """Core's keyring store, plus a secret-free marker file that names the account for ``carconnect tokens``;
    refreshes are ordered by a lock file beside the marker."""

    def __init__(self, marker: Path) -> None:
        super().__init__(marker.stem, service=KEYRING_SERVICE, lock_dir=marker.parent)
        self.path = marker

    def save(self, token: Token) -> None:
        super().save(token)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path.touch(mode=0o600)

    def delete(self) -> None:
        super().delete()
        self.path.unlink(missing_ok=True)

    def check_usable(self) -> None:
        """Read the entry (dropping what it holds), so that a keyring that cannot be used fails before a login:
        :class:`TokenStoreError` then says what to do, with keyring's own message."""
        import keyring
        import keyring.errors

        try:
            keyring.get_password(self.service, self.account)
        except Exception as exc:  # keyring backends raise their own error types
            fix = "install a keyring backend (e.g. keyrings.alt)"
            if not isinstance(exc, keyring.errors.NoKeyringError):
                fix = "make the keyring usable (unlock it, or install another backend)"
            said = " ".join(f"{type(exc).__name__}: {exc}".split())
            raise TokenStoreError(
                f"{STORE_ENV}=keyring, but the keyring cannot be used: {fix} or unset {STORE_ENV} (keyring: {said})"
            ) from None


def _name(brand: str, account: str, sim: bool) -> str:
    return f"{brand}{'-sim' if sim else ''}-{_SAFE.sub('_', account)}"


def state_dir(brand: str, account: str = "default", sim: bool = False) -> Path:
    """Shared client state of one account (BMW's quota ledger), beside the tokens."""
    return config_dir() / "state" / _name(brand, account, sim)


def _simulator_marker(brand: str, account: str) -> Path:
    return tokens_dir() / f"{brand}-{_SAFE.sub('_', account)}.simulator"


def remember_simulator(brand: str, account: str, sim_url: str | None) -> None:
    """Record which simulator the account's last login used (``None``: the vendor itself)."""
    marker = _simulator_marker(brand, account)
    if sim_url is None:
        marker.unlink(missing_ok=True)
        return
    marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    marker.write_text(sim_url + "\n", encoding="utf-8")


class UnreadableMarkerError(CarConnectError):
    """The file that remembers an account's simulator exists but cannot be read."""


def remembered_simulator(brand: str, account: str) -> str | None:
    """The simulator URL the account logged in with, if its last login was against one.

    A marker that cannot be read (not UTF-8, not a file, no permission) raises
    :class:`UnreadableMarkerError`, which names the file and the fix.
    """
    marker = _simulator_marker(brand, account)
    if not marker.exists():
        return None
    try:
        return marker.read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise UnreadableMarkerError(
            f"cannot read {marker} ({reason}), which remembers the simulator of this login: "
            f"log in again (carconnect login {brand} --sim URL) or carconnect logout {brand}"
        ) from None


def _api_marker(brand: str, account: str, sim: bool) -> Path:
    return tokens_dir() / f"{_name(brand, account, sim)}.api"


def remember_api(brand: str, account: str, sim: bool, api: str | None) -> None:
    """Record which of the brand's APIs the account's login is for (``None``: the brand has one)."""
    marker = _api_marker(brand, account, sim)
    if api is None:
        marker.unlink(missing_ok=True)
        return
    marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    marker.write_text(api + "\n", encoding="utf-8")


def remembered_api(brand: str, account: str, sim: bool) -> str | None:
    """The API the account's login is for, as :func:`remember_api` recorded it (``None``: not recorded,
    or unreadable: the settings then decide)."""
    try:
        return _api_marker(brand, account, sim).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def has_login(brand: str, account: str, sim: bool) -> bool:
    """Whether a login of the account is stored (an unreadable store counts as none)."""
    try:
        return store_for(brand, account, sim).load() is not None
    except (CarConnectError, OSError):
        return False


def store_for(brand: str, account: str = "default", sim: bool = False) -> TokenStore:
    """The token store of one account (simulator logins are kept apart from real ones)."""
    name = _name(brand, account, sim)
    if use_keyring():
        return MarkedKeyringStore(tokens_dir() / f"{name}{KEYRING_MARKER}")
    return FileTokenStore(tokens_dir() / f"{name}.json")


def check_usable(store: TokenStore) -> None:
    """Raise :class:`TokenStoreError`, saying what to do, when ``store`` cannot keep a token: a keyring
    without a usable backend, or a token directory that cannot be made or written."""
    if isinstance(store, MarkedKeyringStore):
        store.check_usable()
        return
    if not isinstance(store, FileTokenStore):
        return
    directory = store.path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise TokenStoreError(_cannot_keep(directory, exc.strerror or type(exc).__name__)) from None
    if not os.access(directory, os.W_OK):
        raise TokenStoreError(_cannot_keep(directory, "not writable"))


def _cannot_keep(directory: Path, reason: str) -> str:
    return (
        f"cannot keep tokens in {directory} ({reason}): fix it, set CARCONNECT_HOME to another directory, "
        f"or set {STORE_ENV}=keyring"
    )


def _stores() -> list[tuple[str, TokenStore]]:
    if not tokens_dir().exists():
        return []
    files: list[tuple[str, TokenStore]] = [(path.stem, FileTokenStore(path)) for path in tokens_dir().glob("*.json")]
    marked: list[tuple[str, TokenStore]] = [
        (path.stem, MarkedKeyringStore(path)) for path in tokens_dir().glob(f"*{KEYRING_MARKER}")
    ]
    return sorted(files + marked, key=lambda item: item[0])


def list_accounts() -> list[tuple[str, Token | None, str | None]]:
    """Every stored account as (name, token or None, error)."""
    found: list[tuple[str, Token | None, str | None]] = []
    for name, store in _stores():
        try:
            found.append((name, store.load(), None))
        except (TokenStoreError, CarConnectError, ValueError) as exc:
            found.append((name, None, str(exc)))
    return found


def keep(store: TokenStore, token: Token) -> None:
    """Save a new login's ``token`` under the store's lock, taken only for the save: a service's
    refresh in flight ends first, and its refreshed token does not replace this login."""
    with store.lock():
        store.save(token)


def forget(brand: str, account: str = "default", sim: bool = False) -> bool:
    """Delete a stored token under the store's lock (a service's refresh in flight ends first, and
    does not bring the token back), and the API its login was for; True if there was a token."""
    remember_api(brand, account, sim, None)
    store = store_for(brand, account, sim)
    path = store.path if isinstance(store, MarkedKeyringStore | FileTokenStore) else None
    if path is None or not path.exists():
        return False
    with store.lock():
        if not path.exists():
            return False
        store.delete()
    return True


def describe(token: Token) -> dict[str, object]:
    """Secret-free facts about a token, for display.

    ``refresh_expires_at``: the login idles out then unless it is refreshed before (each refresh
    moves it); ``login_expires_at``: the login ends then however often it is refreshed. ``None``:
    the vendor does not say.
    """
    return {
        "expires_at": _iso(token.expires_at),
        "has_refresh_token": bool(token.refresh_token),
        "refresh_expires_at": _iso(token.refresh_expires_at),
        "login_expires_at": _iso(token.login_expires_at),
        "scopes": list(token.scopes),
        "extras": sorted(key for key in token.extras if not _looks_secret(key)),
    }


SUMMARY_DATES = ("expires", "idles out", "login ends")
"""The date columns of :func:`summary`."""


def summary(token: Token) -> dict[str, object]:
    """The facts of :func:`describe` that ``carconnect tokens`` shows in its table: the dates as short
    local date-times (``idles out`` is ``no refresh token`` without one) and the number of scopes."""
    idles_out = _short(token.refresh_expires_at) if token.refresh_token else "no refresh token"
    return {
        "expires": _short(token.expires_at),
        "idles out": idles_out,
        "login ends": _short(token.login_expires_at),
        "scopes": len(token.scopes),
    }


def _short(moment: datetime | None) -> str | None:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _looks_secret(key: str) -> bool:
    return bool(re.search(r"token|secret|key|password", key, re.IGNORECASE))


def dumps(value: object) -> str:
    return json.dumps(value, indent=2, default=str)
