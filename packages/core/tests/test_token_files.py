"""The stored form of a token: typed fields, damaged moments, a format version, symbolic links."""

from __future__ import annotations

import json
import os
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from carconnect.core import FileTokenStore, MemoryTokenStore, Token, TokenManager, TokenStoreError
from carconnect.core.tokens import FORMAT

NOW = datetime(2030, 1, 1, tzinfo=UTC)
SECRETS = ("at-secret", "rt-secret")


def stored(**changes: Any) -> dict[str, Any]:
    token = Token("at-secret", "rt-secret", expires_at=NOW, scopes=("a", "b"), issued_at=NOW - timedelta(hours=1))
    return {**token.to_dict(), **changes}


def test_the_format_is_written_and_not_read_into_extras() -> None:
    data = stored()
    assert data["format"] == FORMAT == 1
    token = Token.from_dict(data)
    assert dict(token.extras) == {}
    assert Token.from_dict(token.to_dict()) == token


def test_extras_never_replace_a_standard_field() -> None:
    token = Token("at-secret", extras={"format": 9, "access_token": "other", "gcid": "g"})
    assert token.to_dict()["format"] == FORMAT
    assert token.to_dict()["access_token"] == "at-secret"
    assert token.to_dict()["gcid"] == "g"


def test_a_file_without_a_format_is_an_older_carconnects() -> None:
    data = stored()
    del data["format"]
    assert Token.from_dict(data).access_token == "at-secret"


@pytest.mark.parametrize("version", [2, 7.5])
def test_a_newer_format_is_refused(tmp_path: Path, version: float) -> None:
    with pytest.raises(ValueError, match=rf"written by a newer carconnect \(format {version}\)"):
        Token.from_dict(stored(format=version))
    path = tmp_path / "t.json"
    path.write_text(json.dumps(stored(format=version)))
    with pytest.raises(TokenStoreError, match=rf"t.json was written by a newer carconnect \(format {version}\)"):
        FileTokenStore(path).load()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"access_token": None}, "access_token"),
        ({"access_token": ""}, "access_token"),
        ({"access_token": {"value": "at-secret"}}, "access_token"),
        ({"refresh_token": {"value": "rt-secret", "exp": 1}}, "refresh_token"),
        ({"refresh_token": 5}, "refresh_token"),
        ({"id_token": ["at-secret"]}, "id_token"),
        ({"scope": ["a", "b"]}, "scope"),
        ({"token_type": {"kind": "Bearer"}}, "token_type"),
    ],
)
def test_a_field_of_the_wrong_type_is_refused_by_name(tmp_path: Path, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=field) as caught:
        Token.from_dict(stored(**changes))
    assert not any(secret in str(caught.value) for secret in SECRETS)
    path = tmp_path / "t.json"
    path.write_text(json.dumps(stored(**changes)))
    with pytest.raises(TokenStoreError, match="not a valid token") as refused:
        FileTokenStore(path).load()
    shown = "".join(traceback.format_exception(refused.value))
    assert not any(secret in shown for secret in SECRETS)


def test_a_missing_access_token_is_refused() -> None:
    data = stored()
    del data["access_token"]
    with pytest.raises(ValueError, match="access_token"):
        Token.from_dict(data)


def test_null_optional_fields_are_absent() -> None:
    token = Token.from_dict(stored(refresh_token=None, id_token=None, scope=None, token_type=None))
    assert (token.refresh_token, token.id_token, token.scopes, token.token_type) == (None, None, (), "Bearer")


@pytest.mark.parametrize("field", ["refresh_expires_at", "login_expires_at", "issued_at"])
@pytest.mark.parametrize("value", ["soon", 1767225600, "1767225600", {"at": 1}])
def test_an_unreadable_optional_moment_is_unknown(field: str, value: object) -> None:
    token = Token.from_dict(stored(**{field: value}))
    assert getattr(token, field) is None
    assert token.expires_at == NOW


@pytest.mark.parametrize("value", ["soon", 1767225600, "1767225600", ["2030-01-01"]])
def test_an_unreadable_expiry_counts_as_expired(value: object) -> None:
    token = Token.from_dict(stored(expires_at=value))
    assert token.expires_at is not None
    assert token.expires_within(0, NOW - timedelta(days=365 * 50))
    manager = TokenManager(MemoryTokenStore(token))  # nothing to refresh with: a new login, never a guess
    with pytest.raises(Exception, match="log in again"):
        manager.get_access_token()
    assert Token.from_dict(token.to_dict()) == token


@pytest.mark.parametrize("value", [None, ""])
def test_no_expiry_is_unknown_expiry(value: object) -> None:
    assert Token.from_dict(stored(expires_at=value)).expires_at is None


def test_a_symlinked_token_file_shares_the_targets_lock_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    link = tmp_path / "links" / "link.json"
    link.parent.mkdir()
    FileTokenStore(real).save(Token("at-1", "rt-1"))
    os.symlink(real, link)
    through_link, direct = FileTokenStore(link), FileTokenStore(real)
    assert through_link._lock.path == direct._lock.path == tmp_path / "real.json.lock"
    through_link.save(Token("at-2", "rt-2"))
    assert link.is_symlink()
    assert link.resolve() == real.resolve()
    loaded = direct.load()
    assert loaded is not None
    assert loaded.access_token == "at-2"
    assert sorted(p.name for p in link.parent.iterdir()) == ["link.json"]  # no temporary file beside the link
    assert through_link.path == link  # messages name the path as given
    through_link.delete()
    assert not real.exists()
    assert link.is_symlink()
    assert direct.load() is None


def test_a_dangling_link_is_written_through(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    os.symlink(tmp_path / "later.json", link)
    FileTokenStore(link).save(Token("at-1"))
    assert link.is_symlink()
    loaded = FileTokenStore(tmp_path / "later.json").load()
    assert loaded is not None
    assert loaded.access_token == "at-1"
