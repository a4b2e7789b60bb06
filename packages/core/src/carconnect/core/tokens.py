"""The :class:`Token` model: what an OAuth token endpoint gave us, with secrets kept out of reprs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import ResponseParseError

_STANDARD_FIELDS = {
    "access_token",
    "refresh_token",
    "expires_in",
    "expires_at",
    "scope",
    "id_token",
    "token_type",
}


def _hidden(value: object) -> str:
    return "None" if value is None else "'***'"


@dataclass(frozen=True, repr=False)
class Token:
    """An OAuth 2.0 token set. ``expires_at`` is an aware UTC datetime (``None``: unknown)."""

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    scopes: tuple[str, ...] = ()
    id_token: str | None = None
    token_type: str = "Bearer"
    extras: Mapping[str, Any] = field(default_factory=dict)
    """Non-standard response fields (BMW ``gcid``, Smartcar ``sc-user-id``...)."""

    def __repr__(self) -> str:
        return (
            f"Token(access_token={_hidden(self.access_token)}, refresh_token={_hidden(self.refresh_token)}, "
            f"expires_at={self.expires_at!r}, scopes={self.scopes!r}, id_token={_hidden(self.id_token)}, "
            f"extras={sorted(self.extras)!r})"
        )

    __str__ = __repr__

    def expires_within(self, seconds: float, now: datetime) -> bool:
        """True when the token is expired or will be within ``seconds``; unknown expiry counts as valid."""
        return self.expires_at is not None and self.expires_at - timedelta(seconds=seconds) <= now

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (secrets included: this is what a token store persists)."""
        data: dict[str, Any] = {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "scope": " ".join(self.scopes) or None,
            "id_token": self.id_token,
        }
        data.update(self.extras)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Inverse of :meth:`to_dict`."""
        expires_at = data.get("expires_at")
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=data.get("refresh_token"),
            expires_at=datetime.fromisoformat(expires_at) if expires_at else None,
            scopes=tuple(str(data.get("scope") or "").split()),
            id_token=data.get("id_token"),
            token_type=str(data.get("token_type") or "Bearer"),
            extras={key: value for key, value in data.items() if key not in _STANDARD_FIELDS},
        )

    @classmethod
    def from_response(cls, payload: Any, *, now: datetime, previous: Token | None = None) -> Token:
        """Build a token from a token-endpoint JSON body.

        A refresh answer without a ``refresh_token`` keeps the previous one (Volvo does that), and
        values the answer leaves out (scopes, id token, extras) are carried over from ``previous``.
        """
        if not isinstance(payload, Mapping) or not isinstance(payload.get("access_token"), str):
            raise ResponseParseError("token response has no access_token")
        try:
            lifetime = payload.get("expires_in")
            expires_at = now + timedelta(seconds=float(lifetime)) if lifetime not in (None, "") else None
        except (TypeError, ValueError) as exc:
            raise ResponseParseError("token response has an invalid expires_in") from exc
        scope = payload.get("scope")
        extras = {key: value for key, value in payload.items() if key not in _STANDARD_FIELDS}
        if previous is not None:
            extras = {**previous.extras, **extras}
        return cls(
            access_token=payload["access_token"],
            refresh_token=payload.get("refresh_token") or (previous.refresh_token if previous else None),
            expires_at=expires_at.astimezone(UTC) if expires_at else None,
            scopes=tuple(scope.split()) if isinstance(scope, str) else (previous.scopes if previous else ()),
            id_token=payload.get("id_token") or (previous.id_token if previous else None),
            token_type=str(payload.get("token_type") or "Bearer"),
            extras=extras,
        )
