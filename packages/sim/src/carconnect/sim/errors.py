"""Exceptions that simulator handlers raise and the app turns into vendor-shaped responses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

AuthFailureReason = Literal["missing", "invalid", "expired", "revoked", "wrong_audience", "insufficient_scope"]


class AuthFailure(Exception):  # noqa: N818 - an outcome handlers raise, rendered per brand
    """A request to a brand API failed bearer authentication (401) or lacked a scope (403).

    Raised by :meth:`carconnect.sim.brands.BrandContext.authenticate`; the host's error style
    renders it in the brand's own error shape.
    """

    def __init__(self, reason: AuthFailureReason, description: str, *, scopes: tuple[str, ...] = ()) -> None:
        super().__init__(description)
        self.reason: AuthFailureReason = reason
        self.description = description
        self.scopes = scopes

    @property
    def status_code(self) -> int:
        return 403 if self.reason == "insufficient_scope" else 401


class OAuthFailure(Exception):  # noqa: N818 - an OAuth error answer, not a bug
    """An OAuth error answer: ``{"error": ..., "error_description": ...}`` with a status code."""

    def __init__(
        self,
        error: str,
        description: str,
        *,
        status_code: int = 400,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status_code = status_code
        self.headers = dict(headers or {})


class ConnectionDropped(Exception):  # noqa: N818 - it is an event, not an error condition
    """Raised by the app to drop the connection when no socket is there to abort (in-process use)."""
