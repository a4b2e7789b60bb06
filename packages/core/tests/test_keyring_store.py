"""KeyringTokenStore against an in-memory keyring backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from carconnect.core import KeyringTokenStore, Token, TokenStoreError


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory whose deletes fail with ``delete_error`` when it is set."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}
        self.delete_error: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.delete_error is not None:
            raise self.delete_error
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def backend() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_delete_forgets_and_tolerates_absence(backend: MemoryKeyring, tmp_path: Path) -> None:
    store = KeyringTokenStore("volvo", lock_dir=tmp_path)
    store.save(Token("at", "rt"))
    store.delete()
    assert backend.secrets == {}
    store.delete()  # nothing to delete: PasswordDeleteError is not a failure
    assert store.load() is None


def test_a_keyring_that_cannot_delete_is_an_error_not_a_silent_logout(backend: MemoryKeyring, tmp_path: Path) -> None:
    store = KeyringTokenStore("volvo", lock_dir=tmp_path)
    store.save(Token("ACCESS-secret", "REFRESH-secret"))
    backend.delete_error = keyring.errors.KeyringLocked("the keyring is locked")
    with pytest.raises(TokenStoreError, match="KeyringLocked") as failed:
        store.delete()
    assert "secret" not in str(failed.value)
    assert store.load() == Token("ACCESS-secret", "REFRESH-secret")


def test_the_label_names_service_and_account(tmp_path: Path) -> None:
    from carconnect.core.stores import store_label

    assert store_label(KeyringTokenStore("volvo", service="app", lock_dir=tmp_path)) == "keyring app/volvo"


def test_a_refused_delete_reported_as_nothing_to_delete_is_still_an_error(
    backend: MemoryKeyring, tmp_path: Path
) -> None:
    store = KeyringTokenStore("volvo", lock_dir=tmp_path)
    store.save(Token("ACCESS-secret", "REFRESH-secret"))
    backend.delete_error = keyring.errors.PasswordDeleteError("denied")  # macOS reports every failure so
    with pytest.raises(TokenStoreError, match="PasswordDeleteError"):
        store.delete()


def test_a_lock_directory_that_cannot_be_made_is_a_store_error(backend: MemoryKeyring, tmp_path: Path) -> None:
    not_a_directory = tmp_path / "cache"
    not_a_directory.write_text("")
    store = KeyringTokenStore("volvo", lock_dir=not_a_directory / "locks")
    with pytest.raises(TokenStoreError, match="cannot take lock file"), store.lock():
        pass
