"""Receiving the authorization redirect of a native or CLI login (RFC 8252).

:class:`LoopbackReceiver` listens on 127.0.0.1 (never another interface) on an ephemeral port,
accepts exactly one redirect (a request to its callback path carrying ``code`` or ``error``),
answers it with a short page and stops. Other requests (a favicon, a scanner, a bare callback path)
are answered 404 or 400 and the wait goes on; each connection is served on its own thread, so one
that never sends a request (a browser's speculative connection) holds up neither the redirect nor
the timeout. If an expected ``state`` is given, a redirect with another state or none, an error
redirect included (its state is checked before its ``error`` is believed), is answered 400 and
raises :class:`~carconnect.core.errors.InvalidStateError`. For custom-scheme redirects that a
browser cannot hand to us (``fordapp://...``), :func:`read_pasted_redirect` takes the URL the user
pastes.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from typing import Self
from urllib.parse import urlsplit

from ..errors import InvalidStateError, OAuthError
from .flows import parse_callback
from .pkce import same_secret

_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>carconnect</title></head><body><p>%s</p></body></html>"
)
CONNECTION_TIMEOUT = 10.0
"""Seconds a connection to the receiver may stay silent before it is closed."""
_POLL = 0.2
"""Seconds between the listener's checks of its deadline and of a cancelled wait."""


class _Server(ThreadingMixIn, HTTPServer):
    """An HTTP server answering each connection on a daemon thread, never waited for on close."""

    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay silent: a browser that went away is nothing to report."""


class LoopbackReceiver:
    """One-shot HTTP listener on ``127.0.0.1`` for an OAuth redirect.

    A ``port`` that cannot be listened on (another program has it) is an
    :class:`~carconnect.core.errors.OAuthError` with code ``port_unavailable``.
    """

    def __init__(self, path: str = "/callback", *, port: int = 0, expected_state: str | None = None) -> None:
        self.path = path
        self.expected_state = expected_state
        self._received: str | None = None
        self._error: OAuthError | None = None
        self._done = threading.Event()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", port), self._handler_class(), bind_and_activate=False)
        try:
            self._server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._server.server_bind()
            self._server.server_activate()
        except OSError as exc:
            self._server.server_close()
            raise OAuthError(
                f"cannot listen on 127.0.0.1:{port} for the login redirect ({exc.strerror or type(exc).__name__})",
                code="port_unavailable",
            ) from exc

    @property
    def redirect_uri(self) -> str:
        """The ``redirect_uri`` to register and send: ``http://127.0.0.1:<port><path>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = CONNECTION_TIMEOUT

            def do_GET(self) -> None:
                receiver._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                """Stay silent: the query holds an authorization code."""

        return Handler

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        if urlsplit(handler.path).path != self.path:
            _answer(handler, 404, b"Not the login callback.")
            return
        url = f"http://127.0.0.1:{self._server.server_address[1]}{handler.path}"
        try:
            params = parse_callback(url)
        except OAuthError:
            params = {}
        if "code" not in params and "error" not in params:
            _answer(handler, 400, b"Not a login redirect.")
            return
        with self._lock:
            if self._done.is_set():
                _answer(handler, 409, b"This login has already finished.")
                return
            checked = self.expected_state is not None  # an error redirect too: any page can forge one
            if checked and not same_secret(self.expected_state or "", params.get("state")):
                _answer(handler, 400, b"This login link does not match the login in progress.")
                self._error = InvalidStateError("the redirect's state does not match", code="invalid_state")
            else:
                _answer(handler, 200, b"Login received. You can close this window.")
                self._received = url
            self._done.set()

    def wait(self, timeout: float = 300.0) -> str:
        """Serve until the redirect arrives (or ``timeout``); return its full URL."""
        deadline = threading.Event()
        timer = threading.Timer(timeout, deadline.set)
        timer.start()
        try:
            self._server.timeout = _POLL
            while not self._done.is_set() and not deadline.is_set() and not self._stopped.is_set():
                self._server.handle_request()
        finally:
            timer.cancel()
            self.close()
        if self._error is not None:
            raise self._error
        if self._received is None:
            raise OAuthError(f"no login redirect arrived within {timeout:.0f} s", code="timeout")
        return self._received

    async def await_redirect(self, wait_seconds: float = 300.0) -> str:
        """Async :meth:`wait` (the listener runs in a worker thread, which stops listening when the
        caller is cancelled)."""
        try:
            return await asyncio.to_thread(self.wait, wait_seconds)
        except asyncio.CancelledError:
            self._stopped.set()
            raise

    def close(self) -> None:
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _answer(handler: BaseHTTPRequestHandler, status: int, message: bytes) -> None:
    body = _PAGE % message
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


def read_pasted_redirect(prompt: Callable[[str], str] = input) -> str:
    """Ask the user to paste the URL the browser was redirected to (custom-scheme redirects)."""
    pasted = prompt("Paste the full URL the browser ended on (or just the code): ").strip()
    if not pasted:
        raise OAuthError("nothing was pasted", code="invalid_request")
    return pasted


__all__ = ["LoopbackReceiver", "read_pasted_redirect"]
