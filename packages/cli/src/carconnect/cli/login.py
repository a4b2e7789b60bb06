"""The three login flows the CLI runs, each on top of carconnect.core.oauth."""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import httpx

from carconnect.core import OAuthError, Token, TransportError
from carconnect.core.oauth import DevicePollStatus, LoopbackReceiver, OAuthClient, read_pasted_redirect

from .brands.base import BrandAdapter, Target

Browser = Callable[[str], object]
"""Opens a URL for the user and says whether it could (the system browser; the demo uses an HTTP client)."""

PROBE_TIMEOUT = 5.0
"""Seconds to wait for the login server to answer at all before the login is given up."""
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
"""Hosts of a redirect URI the login can listen on (``LoopbackReceiver`` listens on ``127.0.0.1``)."""


def _to_stderr(text: str) -> None:
    """Instructions go to stderr so that ``--json`` output on stdout stays parseable."""
    print(text, file=sys.stderr)


def paste_on_stderr(prompt: str) -> str:
    """Read a pasted line after a prompt on stderr (stdout stays parseable); ``""`` at the end of input."""
    print(prompt, end="", file=sys.stderr, flush=True)
    try:
        return input()
    except EOFError:
        print(file=sys.stderr)  # the error that follows gets a line of its own
        return ""


def check_reachable(oauth: OAuthClient, title: str) -> None:
    """Fail at once, with :class:`TransportError`, when the login server does not answer at all.

    Any HTTP answer counts as reachable; only a refused connection, a DNS failure or silence does not.
    """
    url = oauth.config.token_url
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    try:
        httpx.get(url, timeout=PROBE_TIMEOUT)
    except httpx.TransportError as exc:
        raise TransportError(f"cannot reach the {title} login server at {origin} ({type(exc).__name__})") from None


@contextlib.contextmanager
def countdown(seconds: float, say: Callable[[str], None], every: float = 1.0) -> Iterator[None]:
    """Say how long is left, every ``every`` seconds, while the block waits."""
    done = threading.Event()
    deadline = time.monotonic() + seconds

    def tick() -> None:
        while not done.wait(every):
            say(f"waiting for the login... {max(0.0, deadline - time.monotonic()):.0f} s left")

    worker = threading.Thread(target=tick, daemon=True)
    worker.start()
    try:
        yield
    finally:
        done.set()
        worker.join()


def login_redirect_uri(adapter: BrandAdapter, target: Target) -> str | None:
    """The redirect URI a login sends: the configured one (option, environment, config file), else the
    brand's default against the vendor (what it has registered: vendors compare them exactly); ``None``
    (a simulator without one, a brand without a default): a loopback one on a free port, or the
    simulator's registered one when the redirect is pasted."""
    configured = target.settings.chosen("redirect_uri")
    if configured or target.simulated:
        return configured
    return adapter.default_redirect_uri


def loopback_address(redirect_uri: str) -> tuple[int, str] | None:
    """(port, path) the login listens on for ``redirect_uri``: an ``http`` URI on ``127.0.0.1`` or
    ``localhost``; ``None`` for any other (``https``, another host, a custom scheme)."""
    parts = urlsplit(redirect_uri)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    return port or 80, parts.path or "/"


def _receiver(adapter: BrandAdapter, redirect_uri: str | None, address: tuple[int, str] | None) -> LoopbackReceiver:
    """A listener for the redirect: at ``address`` (of ``redirect_uri``), else on a free port."""
    if address is None:
        return LoopbackReceiver()
    port, path = address
    try:
        return LoopbackReceiver(path, port=port)
    except OAuthError as error:
        raise OAuthError(
            f"{error.message}: {adapter.title} sends the browser to {redirect_uri} - free that port, or log in "
            "with --no-browser and paste the address the browser ends on",
            code=error.code,
        ) from None


def authorization_code_login(
    adapter: BrandAdapter,
    target: Target,
    *,
    open_browser: Browser | None = webbrowser.open,
    paste: Callable[[str], str] = paste_on_stderr,
    say: Callable[[str], None] = _to_stderr,
    tick: Callable[[str], None] | None = None,
    wait_seconds: float = 300.0,
) -> Token:
    """Authorization code + PKCE. The redirect is received on loopback when the brand allows it and
    its redirect URI (:func:`login_redirect_uri`) is a loopback ``http`` one (listened on at its port
    and path; on a free port when there is none), else the user pastes the address the browser ends on.

    The login server is checked first; when no browser opens, the URL is printed and a countdown
    (``tick``) runs until the redirect arrives or ``wait_seconds`` pass.
    """
    redirect_uri = login_redirect_uri(adapter, target)
    address = loopback_address(redirect_uri) if redirect_uri is not None else None
    receivable = redirect_uri is None or address is not None
    if adapter.redirect_scheme == "loopback" and open_browser is not None and receivable:
        with _receiver(adapter, redirect_uri, address) as receiver:
            oauth = adapter.oauth(target, redirect_uri=redirect_uri or receiver.redirect_uri)
            check_reachable(oauth, adapter.title)
            request = oauth.authorization_request()
            receiver.expected_state = request.state
            say(f"Opening the {adapter.title} login page in your browser:\n  {request.url}")
            if not open_browser(request.url):
                say(f"No browser could be opened: open the URL above on this machine within {wait_seconds:.0f} s.")
            with countdown(wait_seconds, tick or say):
                callback = receiver.wait(wait_seconds)
            with oauth:
                return oauth.exchange_code(request, callback)
    oauth = adapter.oauth(target, redirect_uri=redirect_uri)
    check_reachable(oauth, adapter.title)
    request = oauth.authorization_request()
    if open_browser is not None and not receivable:
        say(f"The redirect URI {redirect_uri} is not a loopback http address this command can listen on.")
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
    """Device authorization grant: show the code and URL, poll until approved (``progress`` counts down)."""
    with adapter.oauth(target) as oauth:
        check_reachable(oauth, adapter.title)
        device = oauth.start_device_authorization(pkce=adapter.brand == "bmw")
        say(f"Open {device.verification_uri_complete}\n  and confirm the code {device.user_code}")
        if on_code is not None:
            on_code(device.user_code, device.verification_uri_complete)
        return oauth.poll_device_token(device, progress)


def client_credentials_login(adapter: BrandAdapter, target: Target) -> Token:
    """An application token (no user involved)."""
    with adapter.oauth(target) as oauth:
        check_reachable(oauth, adapter.title)
        return oauth.client_credentials()
