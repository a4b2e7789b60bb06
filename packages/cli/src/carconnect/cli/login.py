"""The three login flows the CLI runs, each on top of carconnect.core.oauth."""

from __future__ import annotations

import sys
import webbrowser
from collections.abc import Callable

from carconnect.core import Token
from carconnect.core.oauth import DevicePollStatus, LoopbackReceiver, read_pasted_redirect

from .brands.base import BrandAdapter, Target

Browser = Callable[[str], object]
"""Opens a URL for the user (the system browser; the demo uses an HTTP client as the 'user')."""


def _to_stderr(text: str) -> None:
    """Instructions go to stderr so that ``--json`` output on stdout stays parseable."""
    print(text, file=sys.stderr)


def authorization_code_login(
    adapter: BrandAdapter,
    target: Target,
    *,
    open_browser: Browser | None = webbrowser.open,
    paste: Callable[[str], str] = input,
    say: Callable[[str], None] = _to_stderr,
    wait_seconds: float = 300.0,
) -> Token:
    """Authorization code + PKCE. Loopback redirect when the brand allows it, else paste the URL."""
    if adapter.redirect_scheme == "loopback" and open_browser is not None:
        with LoopbackReceiver() as receiver:
            oauth = adapter.oauth(target, redirect_uri=receiver.redirect_uri)
            request = oauth.authorization_request()
            receiver.expected_state = request.state
            say(f"Opening the {adapter.title} login page in your browser:\n  {request.url}")
            open_browser(request.url)
            callback = receiver.wait(wait_seconds)
            with oauth:
                return oauth.exchange_code(request, callback)
    oauth = adapter.oauth(target)
    request = oauth.authorization_request()
    say(f"Open this URL, log in, then paste the address the browser ends on:\n  {request.url}")
    if open_browser is not None:
        open_browser(request.url)
    with oauth:
        return oauth.exchange_code(request, read_pasted_redirect(paste))


def device_login(
    adapter: BrandAdapter,
    target: Target,
    *,
    say: Callable[[str], None] = _to_stderr,
    progress: Callable[[DevicePollStatus], None] | None = None,
    on_code: Callable[[str, str], None] | None = None,
) -> Token:
    """Device authorization grant: show the code and URL, poll until approved."""
    with adapter.oauth(target) as oauth:
        device = oauth.start_device_authorization(pkce=adapter.brand == "bmw")
        say(f"Open {device.verification_uri_complete}\n  and confirm the code {device.user_code}")
        if on_code is not None:
            on_code(device.user_code, device.verification_uri_complete)
        return oauth.poll_device_token(device, progress)


def client_credentials_login(adapter: BrandAdapter, target: Target) -> Token:
    """An application token (no user involved)."""
    with adapter.oauth(target) as oauth:
        return oauth.client_credentials()
