"""The :class:`Simulator`: the app plus a uvicorn server on an ephemeral loopback port, in a thread."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .admin import publish_broker
from .app import SimApp, create_app
from .brands import BrandPlugin
from .clock import SimClock
from .fault_effects import Connections
from .faults import FaultRegistry
from .fleet import Deliveries, Fleet
from .oauth.device import decide_device
from .oauth.store import OAuthStore
from .oauth.tokens import mint_tokens
from .options import SimOptions
from .profiles import auth_server
from .state import SimState
from .transports import AsyncSimTransport, SyncSimTransport
from .urls import BrandEndpoints, endpoints, host_url

if TYPE_CHECKING:
    import respx

    from .mqtt.broker import CarDataBroker
    from .mqtt.rules import SecondLogin

LOOPBACK = "127.0.0.1"
IN_PROCESS_BASE_URL = "http://carconnect-sim.invalid"
"""Base URL before :meth:`Simulator.start` (the in-process transports ignore the host)."""


def _protocol_class(connections: Connections) -> type[H11Protocol]:
    """uvicorn's h11 protocol, remembering each connection's transport so a fault can abort it."""

    class TrackedH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if self.client:
                connections[self.client] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client:
                connections.pop(self.client, None)
            super().connection_lost(exc)

    return TrackedH11Protocol


class Simulator:
    """Every brand's login servers and APIs, in one process.

    ``with Simulator() as sim:`` serves on ``127.0.0.1`` and an ephemeral port until the block ends;
    without ``start()``, :meth:`transport` / :meth:`async_transport` serve in-process.
    ``options`` are :class:`~carconnect.sim.options.SimOptions` fields.
    """

    def __init__(
        self,
        seed: int = 0,
        clock: SimClock | None = None,
        port: int = 0,
        *,
        plugins: Mapping[str, BrandPlugin] | None = None,
        **options: Any,
    ) -> None:
        self.state = SimState(seed, clock, SimOptions(**options))
        self.app: SimApp = create_app(self.state, plugins=plugins)
        self._requested_port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._port: int | None = None
        self._broker: CarDataBroker | None = None

    # -- state -------------------------------------------------------------------------------

    @property
    def seed(self) -> int:
        return self.state.seed

    @property
    def clock(self) -> SimClock:
        return self.state.clock

    @property
    def options(self) -> SimOptions:
        return self.state.options

    @property
    def fleet(self) -> Fleet:
        return self.state.fleet

    @property
    def deliveries(self) -> Deliveries:
        return self.state.fleet.deliveries

    @property
    def faults(self) -> FaultRegistry:
        return self.state.faults

    @property
    def oauth(self) -> OAuthStore:
        return self.state.oauth

    def reset(self) -> None:
        """Back to the seeded start (fleet, grants, faults, deliveries); options and clock stay."""
        self.state.reset()

    def issue_token(
        self,
        server: str,
        *,
        scopes: Sequence[str] | None = None,
        vehicle_ids: Sequence[str] | None = None,
        audience: str | None = None,
    ) -> dict[str, Any]:
        """Tokens for the brand's demo user from authorization server ``server``, skipping the flow.

        Returns ``access_token``, ``refresh_token``, ``expires_in``, ``user_id`` (and ``id_token`` with the
        ``openid`` scope where the server issues them); scopes default to
        the demo client's, vehicles to the whole fleet of the brand.
        """
        return mint_tokens(self.state, auth_server(server), scopes=scopes, vehicle_ids=vehicle_ids, audience=audience)

    def approve_device(self, user_code: str) -> None:
        """Approve a pending device code as the user would on the verification page."""
        decide_device(self.state, user_code, "approve")

    def deny_device(self, user_code: str) -> None:
        """Deny a pending device code as the user would on the verification page.

        The client polling with that device code then gets ``access_denied``.
        """
        decide_device(self.state, user_code, "deny")

    # -- addresses ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the simulator is not running")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` once started, else the in-process placeholder."""
        return f"http://{LOOPBACK}:{self._port}" if self._port is not None else IN_PROCESS_BASE_URL

    def url(self, brand: str, host: str = "api") -> str:
        """Base URL standing in for one vendor host, e.g. ``http://127.0.0.1:PORT/volvo/api``."""
        return host_url(self.base_url, brand, host)

    def endpoints(self, brand: str, server: str | None = None) -> BrandEndpoints:
        """OAuth and API URLs of ``brand`` (another authorization server by ``server`` name)."""
        return endpoints(self.base_url, brand, server)

    # -- BMW CarData streaming -------------------------------------------------------------------

    def mqtt(
        self,
        *,
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
        interval: float | None = 1.0,
        qos: int = 0,
        second_login: SecondLogin = "kick",
    ) -> CarDataBroker:
        """BMW's streaming broker on this simulator's fleet and logins, started on first call.

        The arguments (see :class:`~carconnect.sim.mqtt.broker.CarDataBroker`) apply to the first call
        only; :meth:`stop` stops the broker too. Its address is published under the admin API's
        ``GET /_admin/streaming`` while it runs.
        """
        if self._broker is None:
            from .mqtt.broker import CarDataBroker

            broker = CarDataBroker(
                self.state,
                port=port,
                ssl_context=ssl_context,
                interval=interval,
                qos=qos,
                second_login=second_login,
            )
            self._broker = broker.start()
            publish_broker(self.state, self._broker)
        return self._broker

    # -- in-process transports ---------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport into the app (no socket)."""
        return SyncSimTransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport into the app (no socket)."""
        return AsyncSimTransport(app=self.app)

    # -- standing in for the vendors ----------------------------------------------------------

    def intercept(self, *, any_client: bool = True) -> AbstractContextManager[respx.MockRouter]:
        """Answer every httpx request for a vendor's real hosts from this simulator, in process.

        Code written for the vendors then runs unchanged inside ``with sim.intercept():``; other hosts
        pass through. ``webbrowser.open(login_url)`` logs the demo user in and delivers the redirect
        to a loopback ``redirect_uri``. With ``any_client``, your application's own client ids,
        secrets and API keys are answered as the demo client's. Yields the respx router.
        """
        from .intercept import intercept

        return intercept(self, any_client=any_client)

    def follow_login(self, url: str, *, any_client: bool = True) -> str:
        """Open a login URL (on a vendor host or the simulator) as the user's browser would.

        Returns the URL the browser is finally redirected to: the ``redirect_uri`` with ``code``
        and ``state``, or with ``error`` when consent is denied. A consent page is allowed;
        ``any_client`` as for :meth:`intercept`.
        """
        from .intercept import follow_login

        return follow_login(self, url, any_client=any_client)

    # -- server lifecycle --------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> Simulator:
        """Serve on ``127.0.0.1`` in a background thread; returns once requests are accepted."""
        if self._server is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY on accept
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((LOOPBACK, self._requested_port))
        except OSError:
            sock.close()
            raise
        config = uvicorn.Config(
            self.app,
            http=_protocol_class(self.app.connections),
            ws="none",  # no WebSocket routes: an older uvicorn's websockets import warns in the thread
            lifespan="off",
            log_config=None,
            log_level=None,
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        port = sock.getsockname()[1]
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"carconnect-sim-{port}", daemon=True
        )
        self._server, self._thread, self._socket, self._port = server, thread, sock, port
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the simulator did not start")
            time.sleep(0.002)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and wait for the thread; closes the listening socket. Idempotent."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        broker, self._broker = self._broker, None
        if broker is not None:
            publish_broker(self.state, None)
            broker.stop()
        self._port = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout)
        if sock is not None:
            sock.close()
        self.app.connections.clear()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> Literal[False]:
        self.stop()
        return False

    def __repr__(self) -> str:
        where = self.base_url if self.running else "not running"
        return f"Simulator(seed={self.seed}, {where})"
