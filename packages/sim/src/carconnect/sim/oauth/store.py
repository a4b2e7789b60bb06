"""What the authorization servers remember: grants, tokens, authorization codes, device codes."""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
from datetime import datetime, timedelta
from typing import Literal

TokenKind = Literal["access", "refresh"]
TokenStatus = Literal["active", "rotated", "revoked"]
DeviceStatus = Literal["pending", "approved", "denied", "consumed"]

logger = logging.getLogger("carconnect.sim.oauth")


def new_secret(size: int = 32) -> str:
    """An opaque random string (tokens, codes)."""
    return secrets.token_urlsafe(size)


@dataclasses.dataclass
class Grant:
    """One user consent; every token issued from it (the token family) dies with it."""

    id: str
    server: str
    client_id: str
    user_id: str | None
    scopes: tuple[str, ...]
    vehicle_ids: tuple[str, ...]
    created_at: datetime
    nonce: str | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclasses.dataclass
class IssuedToken:
    value: str
    kind: TokenKind
    server: str
    audience: str
    client_id: str
    grant_id: str | None
    scopes: tuple[str, ...]
    issued_at: datetime
    expires_at: datetime | None
    status: TokenStatus = "active"
    rotated_at: datetime | None = None

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and now >= self.expires_at

    def __repr__(self) -> str:
        return f"IssuedToken(kind={self.kind!r}, audience={self.audience!r}, status={self.status!r})"


@dataclasses.dataclass
class AuthorizationCode:
    value: str
    server: str
    client_id: str
    redirect_uri: str | None
    code_challenge: str | None
    user_id: str
    scopes: tuple[str, ...]
    vehicle_ids: tuple[str, ...]
    nonce: str | None
    expires_at: datetime
    used: bool = False
    grant_id: str | None = None


@dataclasses.dataclass
class DeviceAuthorization:
    device_code: str
    user_code: str
    server: str
    client_id: str
    scopes: tuple[str, ...]
    code_challenge: str | None
    expires_at: datetime
    interval: int
    status: DeviceStatus = "pending"
    polls: int = 0
    last_poll: datetime | None = None
    grant_id: str | None = None


class OAuthStore:
    """Thread-safe in-memory state of every authorization server."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.grants: dict[str, Grant] = {}
        self.tokens: dict[str, IssuedToken] = {}
        self.codes: dict[str, AuthorizationCode] = {}
        self.devices: dict[str, DeviceAuthorization] = {}
        self._by_user_code: dict[str, str] = {}

    def reset(self) -> None:
        with self.lock:
            self.grants.clear()
            self.tokens.clear()
            self.codes.clear()
            self.devices.clear()
            self._by_user_code.clear()

    def new_grant(
        self,
        *,
        server: str,
        client_id: str,
        user_id: str | None,
        scopes: tuple[str, ...],
        vehicle_ids: tuple[str, ...],
        now: datetime,
        nonce: str | None = None,
    ) -> Grant:
        grant = Grant(new_secret(12), server, client_id, user_id, scopes, vehicle_ids, now, nonce)
        with self.lock:
            self.grants[grant.id] = grant
        return grant

    def issue(
        self,
        kind: TokenKind,
        *,
        server: str,
        audience: str,
        client_id: str,
        grant_id: str | None,
        scopes: tuple[str, ...],
        now: datetime,
        ttl: int | None,
    ) -> IssuedToken:
        expires_at = now + timedelta(seconds=ttl) if ttl is not None else None
        token = IssuedToken(new_secret(), kind, server, audience, client_id, grant_id, scopes, now, expires_at)
        with self.lock:
            self.tokens[token.value] = token
        return token

    def revoke_grant(self, grant_id: str, now: datetime, reason: str) -> None:
        """Revoke a grant and every token of its family; ``reason`` is logged (debug level)."""
        with self.lock:
            grant = self.grants.get(grant_id)
            if grant is not None and grant.active:
                grant.revoked_at = now
                logger.debug("grant %s revoked: %s", grant_id, reason)
            for token in self.tokens.values():
                if token.grant_id == grant_id:
                    token.status = "revoked"

    def add_device(self, device: DeviceAuthorization) -> None:
        with self.lock:
            self.devices[device.device_code] = device
            self._by_user_code[device.user_code.upper()] = device.device_code

    def device_by_user_code(self, user_code: str) -> DeviceAuthorization | None:
        with self.lock:
            device_code = self._by_user_code.get(user_code.strip().upper())
            return self.devices.get(device_code) if device_code else None

    def grant_of(self, token: IssuedToken) -> Grant | None:
        return self.grants.get(token.grant_id) if token.grant_id else None
