"""A token store in the operating system's keyring (``pip install "carconnect-core[keyring]"``)."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .errors import CarConnectError
from .files import FileLock
from .stores import HeldStoreFile, TokenStoreError, file_locked, unreadable_token
from .stores import _file_error as file_error
from .tokens import Token

DEFAULT_SERVICE = "carconnect"


class KeyringTokenStore:
    """One account's token in the system keyring (service ``service``, user ``account``).

    Refreshes are ordered across processes by a lock file in ``lock_dir`` (the file store's
    ``flock``), since keyrings have no locks of their own; the lock file holds no secret. :meth:`save`
    and :meth:`delete` take that lock too, unless the code calling them holds it already (a refresh
    saving under it), so a login or logout elsewhere never lands between a refresh's re-read of the
    entry and its save.
    """

    def __init__(
        self, account: str, *, service: str = DEFAULT_SERVICE, lock_dir: str | os.PathLike[str] | None = None
    ) -> None:
        try:
            import keyring
        except ImportError as exc:
            raise CarConnectError('the keyring store needs: pip install "carconnect-core[keyring]"') from exc
        self._keyring = keyring
        self.account, self.service = account, service
        directory = Path(lock_dir).expanduser() if lock_dir is not None else Path.home() / ".cache" / "carconnect"
        self._lock = FileLock(directory / f"{service}-{account}")

    def __repr__(self) -> str:
        return f"KeyringTokenStore(service={self.service!r}, account={self.account!r})"

    @property
    def label(self) -> str:
        return f"keyring {self.service}/{self.account}"

    def load(self) -> Token | None:
        try:
            text = self._keyring.get_password(self.service, self.account)
        except Exception as exc:  # keyring backends raise their own error types
            raise TokenStoreError(f"cannot read the keyring: {type(exc).__name__}") from exc
        if not text:
            return None
        try:
            return Token.from_json(text)
        except ValueError as exc:
            raise unreadable_token(f"keyring entry {self.account!r}", exc) from exc

    def save(self, token: Token) -> None:
        """Write the entry, under the lock file unless the caller holds it."""
        document = json.dumps(token.to_dict())
        with file_locked(self, self._lock, self._lock_error):
            try:
                self._keyring.set_password(self.service, self.account, document)
            except Exception as exc:
                raise TokenStoreError(f"cannot write the keyring: {type(exc).__name__}") from exc

    def delete(self) -> None:
        """Remove the entry, under the lock file unless the caller holds it; nothing happens when there
        is none. A keyring that cannot delete it (locked, unreachable) raises :class:`TokenStoreError`:
        the token may still be stored."""
        with file_locked(self, self._lock, self._lock_error):
            self._delete()

    def _delete(self) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring.delete_password(self.service, self.account)
        except PasswordDeleteError as exc:  # nothing to delete, or (some backends) a refusal
            if self._keyring.get_password(self.service, self.account) is not None:
                raise TokenStoreError(f"cannot remove the keyring entry: {type(exc).__name__}") from exc
        except Exception as exc:
            raise TokenStoreError(f"cannot remove the keyring entry: {type(exc).__name__}") from exc

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """The lock file; failing to take it (its directory cannot be made) is a store error."""
        return HeldStoreFile(self._lock, self._lock_error)

    def _lock_error(self, exc: OSError) -> TokenStoreError:
        return file_error("take lock file", self._lock.path, exc)
