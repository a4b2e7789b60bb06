"""The :class:`Token` model: what an OAuth token endpoint gave us, with secrets kept out of reprs."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import UnusableTokenAnswer

logger = logging.getLogger("carconnect.core.tokens")

FORMAT = 1
"""The version of the stored form :meth:`Token.to_dict` writes (its ``format`` field)."""

UNUSABLE_ACCESS_TOKEN = "carconnect:no-access-token"
"""The access token of :attr:`UnusableTokenAnswer.rotated <carconnect.core.errors.UnusableTokenAnswer>`:
not a credential, and always expired, so it is refreshed before any use."""


class NewerFormatError(ValueError):
    """A stored token written in a newer :data:`FORMAT` than this carconnect reads."""


_EXPIRED = datetime(1970, 1, 1, tzinfo=UTC)
"""The expiry of a stored token whose ``expires_at`` cannot be read: it is refreshed before use."""

_STANDARD_FIELDS = {
    "format",
    "refresh_expires_at",
    "login_expires_at",
    "login_ends_from",
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
    ``absolute``: the login ends this long after it began, however often it was refreshed, at the
    latest: a login is refused locally only from then (the vendor's ``invalid_grant`` ends one it
    ends sooner).
    ``absolute_from``: the earliest the login may end, when the vendor's absolute lifetime varies
    (six calendar months: 181 to 184 days); the warning that the login ends counts from it.
    ``None``: ``absolute``.
    """

    idle: timedelta | None = None
    absolute: timedelta | None = None
    absolute_from: timedelta | None = None


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
    """When the login ends however often it is refreshed (the vendor's absolute lifetime), at the latest."""
    login_ends_from: datetime | None = None
    """The earliest the login may end however often it is refreshed, when the vendor's absolute
    lifetime varies (``None``: :attr:`login_expires_at`)."""
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
            f"login_expires_at={self.login_expires_at!r}, login_ends_from={self.login_ends_from!r}, "
            f"scopes={self.scopes!r}, id_token={_hidden(self.id_token)}, "
            f"extras={sorted(self.extras)!r})"
        )

    __str__ = __repr__

    def expires_within(self, seconds: float, now: datetime) -> bool:
        """True when the token is expired or will be within ``seconds``; unknown expiry counts as valid."""
        return self.expires_at is not None and self.expires_at - timedelta(seconds=seconds) <= now

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (secrets included: this is what a token store persists), with the
        ``format`` it is written in (:data:`FORMAT`); extras never replace a standard field."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "access_token": self.access_token,
            "token_type": self.token_type,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "scope": " ".join(self.scopes) or None,
            "id_token": self.id_token,
            "refresh_expires_at": _iso(self.refresh_expires_at),
            "login_expires_at": _iso(self.login_expires_at),
            "login_ends_from": _iso(self.login_ends_from),
            "issued_at": _iso(self.issued_at),
        }
        for key, value in self.extras.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Inverse of :meth:`to_dict`; a moment stored without a timezone is taken as UTC.

        ``ValueError`` (naming the field, never its value) for a ``format`` newer than :data:`FORMAT`
        (a dict without one is an older carconnect's), an ``access_token`` that is not a non-empty
        string, or a ``refresh_token``, ``id_token``, ``scope`` or ``token_type`` that is neither a
        string nor null. A moment that cannot be read counts as unknown (``None``), except
        ``expires_at``: an unknown expiry means "valid until the server refuses it", which a damaged
        value does not vouch for, so the token counts as expired and is refreshed before use.
        """
        version = data.get("format")
        if isinstance(version, int | float) and not isinstance(version, bool) and version > FORMAT:
            raise NewerFormatError(f"written by a newer carconnect (format {version}): upgrade carconnect to read it")
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("the stored token has no access_token (a non-empty string)")
        for name in ("refresh_token", "id_token", "scope", "token_type"):
            if not isinstance(data.get(name), str | None):
                raise ValueError(f"the stored token's {name} is not a string")
        expires_at = data.get("expires_at")
        return cls(
            access_token=access_token,
            refresh_token=data.get("refresh_token"),
            expires_at=None if expires_at in (None, "") else _moment_or_none(expires_at) or _EXPIRED,
            scopes=tuple((data.get("scope") or "").split()),
            id_token=data.get("id_token"),
            token_type=data.get("token_type") or "Bearer",
            extras={key: value for key, value in data.items() if key not in _STANDARD_FIELDS},
            refresh_expires_at=_moment_or_none(data.get("refresh_expires_at")),
            login_expires_at=_moment_or_none(data.get("login_expires_at")),
            login_ends_from=_moment_or_none(data.get("login_ends_from")),
            issued_at=_moment_or_none(data.get("issued_at")),
        )

    @classmethod
    def from_json(cls, document: str | bytes) -> Token:
        """Inverse of ``json.dumps(token.to_dict())``, as stores read it back; ``ValueError`` for
        anything else (not UTF-8, not JSON, not an object, what :meth:`from_dict` refuses)."""
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
        answer that is not a positive number of seconds (a number or a numeric string), not finite or
        longer than a century counts as unstated (an ``expires_in`` of zero or less is logged as a
        warning): an answer with an access token is never refused for it, since it may carry a
        refresh token the server has just rotated.

        An answer without a usable access token (no ``access_token``, an empty one, a ``token_type``
        other than Bearer, which is what an absent one means) raises :class:`UnusableTokenAnswer`,
        whose ``rotated`` keeps a new refresh token the answer carried.
        """
        if not isinstance(payload, Mapping):
            raise UnusableTokenAnswer("token response is not a JSON object")
        kept_refresh = previous.refresh_token if previous is not None else None
        answered = payload.get("refresh_token")
        if answered is not None and not isinstance(answered, str):
            logger.warning("a token answer's refresh_token is not a string: ignored")
        new_refresh = answered if isinstance(answered, str) and answered and answered != kept_refresh else None
        refresh_token = new_refresh or kept_refresh
        scope = payload.get("scope")
        id_token = payload.get("id_token")
        extras = {key: value for key, value in payload.items() if key not in _STANDARD_FIELDS}
        if previous is not None:
            extras = {**previous.extras, **extras}
        refresh_expires_at, login_expires_at, login_ends_from = _refresh_expiry(
            payload, now, previous, lifetime, has_refresh=bool(refresh_token), kept=new_refresh is None
        )
        token = cls(
            access_token=UNUSABLE_ACCESS_TOKEN,
            refresh_token=refresh_token,
            refresh_expires_at=refresh_expires_at,
            login_expires_at=login_expires_at,
            login_ends_from=login_ends_from,
            expires_at=now,
            scopes=tuple(scope.split()) if isinstance(scope, str) else _granted(previous, requested_scopes),
            id_token=id_token if isinstance(id_token, str) and id_token else (previous.id_token if previous else None),
            extras=extras,
            issued_at=now,
        )
        problem = _unusable(payload)
        if problem is not None:
            raise UnusableTokenAnswer(problem, rotated=token if new_refresh is not None else None)
        expires_at = _after(now, payload.get("expires_in"))
        if expires_at is not None and expires_at <= now:
            logger.warning("a token answer states an access token lifetime of zero or less: taken as unknown")
            expires_at = None
        return replace(
            token,
            access_token=payload["access_token"],
            expires_at=expires_at,
            token_type=payload.get("token_type") or "Bearer",
        )


def _unusable(payload: Mapping[str, Any]) -> str | None:
    """Why a token answer gives no usable access token (``None``: it gives one)."""
    access_token = payload.get("access_token")
    if not isinstance(access_token, str):
        return "token response has no access_token"
    if not access_token:
        return "token response has an empty access_token"
    token_type = payload.get("token_type")
    if token_type is None or token_type == "":
        return None
    if not isinstance(token_type, str):
        return "token response has a token_type that is not a string"
    if token_type.lower() != "bearer":
        return f"token response has token_type {token_type[:40]!r}, not Bearer"
    return None


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
    finite or longer than :data:`_MAX_LIFETIME`. A lifetime of zero or less gives ``now`` or earlier.
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
    *,
    has_refresh: bool,
    kept: bool,
) -> tuple[datetime | None, datetime | None, datetime | None]:
    """(refresh token expiry, login expiry, earliest login expiry) for a token answer received at ``now``; ``kept``: the
    refresh token is ``previous``'s (the answer gave no new one). A stated lifetime of zero or less
    counts as unstated (Keycloak states 0 for a refresh token without an idle end)."""
    if not has_refresh:
        return None, None, None
    login_expires_at = previous.login_expires_at if previous is not None else None
    login_ends_from = previous.login_ends_from if previous is not None else None
    if login_expires_at is None and lifetime is not None and lifetime.absolute is not None:
        login_expires_at = now + lifetime.absolute
        if lifetime.absolute_from is not None and lifetime.absolute_from < lifetime.absolute:
            login_ends_from = now + lifetime.absolute_from
    for name in REFRESH_LIFETIME_FIELDS:
        refresh_expires_at = _after(now, payload.get(name))
        if refresh_expires_at is not None and refresh_expires_at > now:
            return refresh_expires_at, login_expires_at, login_ends_from
    if lifetime is not None and lifetime.idle is not None:
        return now + lifetime.idle, login_expires_at, login_ends_from
    if previous is not None and kept:
        return previous.refresh_expires_at, login_expires_at, login_ends_from
    return None, login_expires_at, login_ends_from
