"""Behaviour switches of a simulator run (``Simulator(**options)``, ``POST /_admin/options``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

ConsentMode = Literal["auto", "deny", "page"]
CONSENT_MODES: tuple[ConsentMode, ...] = ("auto", "deny", "page")
RedirectMatch = Literal["loopback", "exact"]
REDIRECT_MATCHES: tuple[RedirectMatch, ...] = ("loopback", "exact")


@dataclasses.dataclass
class SimOptions:
    """Mutable at run time; every field is read per request."""

    consent: ConsentMode = "auto"
    """Authorize endpoints: approve at once, answer ``access_denied``, or show an HTML consent page."""

    device_auto_approve_after: int | None = 2
    """Device grant: approve after this many pending polls (``None``: only the page or the admin API)."""

    enforce_poll_interval: bool = True
    """Device grant: answer ``slow_down`` to polls closer together than the interval (simulated time)."""

    volvo_omit_refresh_token: bool = False
    """Volvo quirk: refresh answers carry no new refresh token and the old one stays valid."""

    refresh_reuse_window: dict[str, int] = dataclasses.field(default_factory=dict)
    """Seconds a rotated refresh token still refreshes, per authorization server name, replacing the
    server's own window (Smartcar 60 s, others 0): ``{"smartcar": 600}``."""

    undocumented_retry_after: bool = False
    """Send ``Retry-After`` on the 429s whose vendor documents none (Volvo's rate limit, Smartcar's
    ``RATE_LIMIT:SMARTCAR_API``)."""

    redirect_uri_match: RedirectMatch = "loopback"
    """How an authorization request's ``redirect_uri`` must match one the client registered: ``exact``
    (the same string, as Volvo requires), or ``loopback``: exactly, or an ``http`` loopback redirect
    (``127.0.0.1``, ``localhost``, ``[::1]``) with the registered loopback one's path on any port and
    any of those hosts (RFC 8252 §7.3 lets the port vary; a native app's listener picks a free one)."""

    def __post_init__(self) -> None:
        if isinstance(self.refresh_reuse_window, Mapping):  # a copy: the caller's mapping stays the caller's
            self.refresh_reuse_window = dict(self.refresh_reuse_window)

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply ``changes`` after checking names and values; raises ``ValueError`` on a bad one."""
        known = {field.name for field in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown option(s): {', '.join(unknown)}")
        candidate = dataclasses.replace(self, **changes)
        candidate.check()
        for name in changes:
            setattr(self, name, getattr(candidate, name))

    def check(self) -> None:
        """Raise ``ValueError`` when a value is out of range."""
        if self.consent not in CONSENT_MODES:
            raise ValueError(f"consent must be one of {CONSENT_MODES}")
        if self.redirect_uri_match not in REDIRECT_MATCHES:
            raise ValueError(f"redirect_uri_match must be one of {REDIRECT_MATCHES}")
        after: object = self.device_auto_approve_after
        if after is not None and not _count(after):
            raise ValueError("device_auto_approve_after must be a non-negative int or None")
        for name in ("enforce_poll_interval", "volvo_omit_refresh_token", "undocumented_retry_after"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be a bool")
        windows: object = self.refresh_reuse_window
        if not isinstance(windows, dict) or not all(
            isinstance(server, str) and _count(window) for server, window in windows.items()
        ):
            raise ValueError("refresh_reuse_window must map server names to non-negative ints")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _count(value: object) -> bool:
    """Whether ``value`` is a non-negative int (not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
