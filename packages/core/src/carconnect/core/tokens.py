"""The :class:`Token` model: what an OAuth token endpoint gave us, with secrets kept out of reprs."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import ResponseParseError

_STANDARD_FIELDS = {
    "refresh_expires_at",
    "login_expires_at",
    "access_token",
    "refresh_token",
    "expires_in",
    "expires_at",
    "scope",
    "id_token",
    "token_type",
    "issued_at",
}


REFRESH_LIFETIME_FIELDS = ("refresh_expires_in", "refresh_token_expires_in")
"""Answer fields in which vendors state the refresh token's lifetime in seconds."""

_MAX_LIFETIME = timedelta(days=100 * 365)
"""Longer lifetimes in a token answer ("never expires" values, infinity) count as unknown."""


@dataclass(frozen=True)
class RefreshLifetime:
    """How long a vendor's refresh tokens live when the token answer does not say.

    ``idle``: a refresh token not used for this long dies (each refresh starts a new one).
    ``absolute``: the login ends this long after it began, however often it was refreshed.
    """

    idle: timedelta | None = None
    absolute: timedelta | None = None


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
    refresh_expires_at: datetime | None = None
    """When the refresh token dies if it is not used (from the answer or the vendor's idle lifetime)."""
    login_expires_at: datetime | None = None
    """When the login ends however often it is refreshed (the vendor's absolute lifetime)."""
    issued_at: datetime | None = None
    """When the token answer arrived (``None``: unknown, as for a token built by hand)."""

    @property
    def lifetime(self) -> float | None:
        """Seconds the access token lives from :attr:`issued_at` to :attr:`expires_at` (``None``: unknown)."""
        if self.expires_at is None or self.issued_at is None:
            return None
        return max((self.expires_at - self.issued_at).total_seconds(), 0.0)

    @property
    def refresh_deadline(self) -> datetime | None:
        """The earlier of :attr:`refresh_expires_at` and :attr:`login_expires_at` (``None``: unknown)."""
        known = [moment for moment in (self.refresh_expires_at, self.login_expires_at) if moment is not None]
        return min(known) if known else None

    def __repr__(self) -> str:
        return (
            f"Token(access_token={_hidden(self.access_token)}, refresh_token={_hidden(self.refresh_token)}, "
            f"expires_at={self.expires_at!r}, refresh_expires_at={self.refresh_expires_at!r}, "
            f"login_expires_at={self.login_expires_at!r}, scopes={self.scopes!r}, id_token={_hidden(self.id_token)}, "
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
            "refresh_expires_at": _iso(self.refresh_expires_at),
            "login_expires_at": _iso(self.login_expires_at),
            "issued_at": _iso(self.issued_at),
        }
        data.update(self.extras)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Inverse of :meth:`to_dict`; a moment stored without a timezone is taken as UTC."""
        expires_at = data.get("expires_at")
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=data.get("refresh_token"),
            expires_at=_aware(datetime.fromisoformat(expires_at)) if expires_at else None,
            scopes=tuple(str(data.get("scope") or "").split()),
            id_token=data.get("id_token"),
            token_type=str(data.get("token_type") or "Bearer"),
            extras={key: value for key, value in data.items() if key not in _STANDARD_FIELDS},
            refresh_expires_at=_parse_iso(data.get("refresh_expires_at")),
            login_expires_at=_parse_iso(data.get("login_expires_at")),
            issued_at=_moment_or_none(data.get("issued_at")),
        )

    @classmethod
    def from_json(cls, document: str | bytes) -> Token:
        """Inverse of ``json.dumps(token.to_dict())``, as stores read it back; ``ValueError`` for
        anything else (not UTF-8, not JSON, not an object, no access token, a malformed moment)."""
        try:
            data = json.loads(document)
            if not isinstance(data, Mapping):
                raise ValueError("not a JSON object")
            return cls.from_dict(data)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a stored token ({type(exc).__name__})") from exc

    @classmethod
    def from_response(
        cls,
        payload: Any,
        *,
        now: datetime,
        previous: Token | None = None,
        lifetime: RefreshLifetime | None = None,
        requested_scopes: Iterable[str] = (),
    ) -> Token:
        """Build a token from a token-endpoint JSON body.

        A refresh answer without a ``refresh_token`` keeps the previous one (Volvo does that), and
        values the answer leaves out (scopes, id token, extras) are carried over from ``previous``.
        An answer without ``scope`` granted what was asked for (RFC 6749 §5.1): the previous token's
        scopes, else ``requested_scopes``.
        The refresh token's expiry comes from the answer (``refresh_expires_in``) or from the
        vendor's ``lifetime``; a refresh token kept from ``previous`` keeps its known expiry
        otherwise, and the login's absolute end is kept across refreshes. A lifetime in the
        answer that is not a number of seconds (a number or a numeric string), not finite or longer
        than a century counts as unstated: an answer with an access token is never refused for it,
        since it may carry a refresh token the server has just rotated.
        """
        if not isinstance(payload, Mapping) or not isinstance(payload.get("access_token"), str):
            raise ResponseParseError("token response has no access_token")
        expires_at = _after(now, payload.get("expires_in"))
        scope = payload.get("scope")
        extras = {key: value for key, value in payload.items() if key not in _STANDARD_FIELDS}
        if previous is not None:
            extras = {**previous.extras, **extras}
        refresh_token = payload.get("refresh_token") or (previous.refresh_token if previous else None)
        refresh_expires_at, login_expires_at = _refresh_expiry(payload, now, previous, lifetime, bool(refresh_token))
        return cls(
            access_token=payload["access_token"],
            refresh_token=refresh_token,
            refresh_expires_at=refresh_expires_at,
            login_expires_at=login_expires_at,
            expires_at=expires_at,
            scopes=tuple(scope.split()) if isinstance(scope, str) else _granted(previous, requested_scopes),
            id_token=payload.get("id_token") or (previous.id_token if previous else None),
            token_type=str(payload.get("token_type") or "Bearer"),
            extras=extras,
            issued_at=now,
        )


def _granted(previous: Token | None, requested: Iterable[str]) -> tuple[str, ...]:
    """The scopes of an answer that names none: the previous token's, else the requested ones."""
    if previous is not None and previous.scopes:
        return previous.scopes
    return tuple(str(scope) for scope in requested)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse_iso(value: Any) -> datetime | None:
    return _aware(datetime.fromisoformat(value)) if isinstance(value, str) and value else None


def _moment_or_none(value: Any) -> datetime | None:
    """An ISO moment as :func:`_parse_iso` reads it; ``None`` for a value that is not one."""
    try:
        return _parse_iso(value)
    except ValueError:
        return None


def _aware(moment: datetime) -> datetime:
    """``moment``, taken as UTC when it has no timezone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _after(now: datetime, seconds: Any) -> datetime | None:
    """``seconds`` (a number or numeric string) after ``now``, in UTC.

    ``None`` (unknown) when ``seconds`` is absent or not a number of seconds, or the lifetime is not
    finite or longer than :data:`_MAX_LIFETIME`.
    """
    if isinstance(seconds, bool) or not isinstance(seconds, int | float | str):
        return None
    try:
        lifetime = float(seconds)
    except (OverflowError, ValueError):  # an integer too large for a float; not a number
        return None
    if not math.isfinite(lifetime) or abs(lifetime) > _MAX_LIFETIME.total_seconds():
        return None
    return (now + timedelta(seconds=lifetime)).astimezone(UTC)


def _refresh_expiry(
    payload: Mapping[str, Any],
    now: datetime,
    previous: Token | None,
    lifetime: RefreshLifetime | None,
    has_refresh: bool,
) -> tuple[datetime | None, datetime | None]:
    """(refresh token expiry, login expiry) for a token answer received at ``now``."""
    if not has_refresh:
        return None, None
    login_expires_at = previous.login_expires_at if previous is not None else None
    if login_expires_at is None and lifetime is not None and lifetime.absolute is not None:
        login_expires_at = now + lifetime.absolute
    for name in REFRESH_LIFETIME_FIELDS:
        refresh_expires_at = _after(now, payload.get(name))
        if refresh_expires_at is not None:
            return refresh_expires_at, login_expires_at
    if lifetime is not None and lifetime.idle is not None:
        return now + lifetime.idle, login_expires_at
    if previous is not None and not payload.get("refresh_token"):  # the same refresh token, kept
        return previous.refresh_expires_at, login_expires_at
    return None, login_expires_at
