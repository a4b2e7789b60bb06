"""Exit codes by error class, and the one-line message with the fix for each.

Documented in packages/cli/README.md; keep the two in step.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from carconnect.core import (
    AuthenticationError,
    CarConnectError,
    CommandFailedError,
    NotCapableError,
    NotFoundError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    TransportError,
    VehicleStateError,
    VehicleUnavailableError,
)

OK = 0
FAILED = 1
USAGE = 2
LOGIN_REQUIRED = 3
RATE_LIMITED = 4
NOT_SUPPORTED = 5
VEHICLE = 6
UNAVAILABLE = 7
NOT_FOUND = 8
NEEDS_SIMULATOR = 9
INTERRUPTED = 130

PROBE_TIMEOUT = 2.0
"""Seconds a simulator gets to answer at all when a request to it got no answer."""


def classify(error: CarConnectError, brand: str, *, sim_url: str | None = None) -> tuple[int, str]:
    """(exit code, one-line message telling the user what to do).

    ``sim_url`` is the simulator the failed command used: the login it suggests goes to the same one,
    and a request that got no answer from it is explained by no simulator running there, if none answers.
    """
    if isinstance(error, ReauthorizationRequiredError | AuthenticationError):
        return LOGIN_REQUIRED, _login_hint(error, brand, sim_url)
    if isinstance(error, QuotaExceededError):
        wait = f" (retry in {error.retry_after:.0f} s)" if error.retry_after else ""
        return RATE_LIMITED, f"quota exhausted{wait}: {one_line(error.message)}"
    if isinstance(error, RateLimitError):
        wait = f" retry in {error.retry_after:.0f} s" if error.retry_after else " retry later"
        return RATE_LIMITED, f"rate limited:{wait}"
    if isinstance(error, NotFoundError):
        return NOT_FOUND, f"not found: {one_line(error.message)} - list the vehicles: carconnect vehicles {brand}"
    if isinstance(error, NotCapableError):
        return NOT_SUPPORTED, f"not supported for this vehicle or account: {one_line(error)}"
    if isinstance(error, CommandFailedError):  # like a command result that did not succeed
        return FAILED, f"the command did not succeed: {one_line(error)}"
    if isinstance(error, VehicleStateError):
        return VEHICLE, f"the vehicle refused: {one_line(error)}"
    if isinstance(error, TransportError) and sim_url is not None and not simulator_answers(sim_url):
        return UNAVAILABLE, no_simulator(sim_url)
    if isinstance(error, TransportError | ServerError | VehicleUnavailableError):
        return UNAVAILABLE, f"service unavailable, try again later: {one_line(error)}"
    return FAILED, one_line(error)


def simulator_answers(sim_url: str) -> bool:
    """Whether anything answers HTTP at ``sim_url`` (any status counts)."""
    try:
        httpx.get(sim_url, timeout=PROBE_TIMEOUT)
    except httpx.TransportError:
        return False
    return True


def no_simulator(sim_url: str) -> str:
    """The message for a simulator URL nothing answers at, with the command that serves one there."""
    parts = urlsplit(sim_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"no simulator answers at {sim_url}: start one with carconnect sim --port {port}"


def _login_hint(error: CarConnectError, brand: str, sim_url: str | None) -> str:
    """The error, then the login command that fixes it (without repeating "log in again")."""
    login = f"carconnect login {brand}" + (f" --sim {sim_url}" if sim_url else "")
    line = one_line(error)
    if one_line(getattr(error, "message", error)).endswith("log in again"):  # str() may end with a request id
        return f"{line}: {login}"
    return f"{line} - log in again: {login}"


def one_line(error: object) -> str:
    """The message on one line (vendor messages sometimes carry newlines)."""
    return " ".join(str(error).split())
