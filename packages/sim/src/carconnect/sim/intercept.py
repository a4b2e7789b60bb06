"""The simulator standing in for the vendors' real hosts, so that code written for them runs unchanged.

:func:`intercept` (``sim.intercept()``) routes every httpx request for a vendor host
(``api.volvocars.com``, ``customer.bmwgroup.com``, ...) into the simulator in process, through a
respx router; loopback hosts pass through, and any other host is left to other respx routers (with
none, the request fails: no test reaches the network by accident). It also plays the user's browser:
``webbrowser.open(url)`` of a login URL logs the demo user in, allows on a consent page, and delivers
the redirect to a loopback ``redirect_uri`` (as :class:`~carconnect.core.oauth.LoopbackReceiver`
listens for). With ``any_client=True`` (the default) the application's own client ids, secrets and
API keys are answered as the demo client's.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from unittest import mock
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import httpx
import respx

from .profiles import PROFILES, AuthServer, BrandProfile, DemoClient, EndpointRef
from .server import IN_PROCESS_BASE_URL, Simulator
from .transports import SyncSimTransport

logger = logging.getLogger("carconnect.sim.intercept")
logger.addHandler(logging.NullHandler())

API_KEY_HEADERS: Mapping[str, str] = {"volvo": "vcc-api-key"}
"""Per brand, the header carrying the application's API key (the demo client's ``api_key``)."""
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
_FORM = "application/x-www-form-urlencoded"
LOGIN_STEPS = 10
"""Redirects and consent pages a login may pass through before :func:`follow_login` gives up."""


def vendor_hosts() -> dict[str, tuple[str, str]]:
    """Real vendor host -> (brand, simulator host name), for every brand."""
    return {
        host.real_host: (profile.name, host.name)
        for profile in PROFILES.values()
        for host in profile.hosts
        if host.alias_of is None
    }


def _matches(ref: EndpointRef | None, host: str, path: str) -> bool:
    return ref is not None and ref.host == host and ref.path == path


def _server_for(profile: BrandProfile, host: str, path: str) -> AuthServer | None:
    """The authorization server whose authorize, token, device or revocation endpoint this is."""
    for server in profile.servers:
        refs = (server.authorize, server.token, server.device_authorization, server.revocation)
        if any(_matches(ref, host, path) for ref in refs):
            return server
    return None


def _demo_client(server: AuthServer, client_id: str | None) -> DemoClient | None:
    """The demo client standing in for ``client_id``: ``None`` when that client is registered."""
    if client_id is not None and server.client(client_id) is not None:
        return None
    return server.clients[0]


class _Credentials:
    """Rewrites an application's own client credentials and API key to the demo client's."""

    def __init__(self, profile: BrandProfile, host: str, path: str) -> None:
        self.profile = profile
        self.server = _server_for(profile, host, path)

    def query(self, query: str) -> str:
        params = parse_qsl(query, keep_blank_values=True)
        return urlencode(self._params(params)) if self.server is not None and params else query

    def body(self, headers: httpx.Headers, content: bytes) -> bytes:
        if self.server is None or not headers.get("content-type", "").startswith(_FORM):
            return content
        params = parse_qsl(content.decode("ascii", "replace"), keep_blank_values=True)
        return urlencode(self._params(params)).encode("ascii")

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        rewritten = httpx.Headers(headers)
        api_key_header = API_KEY_HEADERS.get(self.profile.name)
        demo_key = self.profile.servers[0].clients[0].api_key
        if api_key_header and demo_key and api_key_header in rewritten:
            rewritten[api_key_header] = demo_key
        basic = rewritten.get("authorization", "")
        if self.server is not None and basic.lower().startswith("basic "):
            try:
                client_id = base64.b64decode(basic[6:], validate=True).decode("utf-8", "replace").partition(":")[0]
            except ValueError:  # not Basic credentials: the server answers as it would
                return rewritten
            demo = _demo_client(self.server, client_id)
            if demo is not None:
                pair = f"{demo.client_id}:{demo.client_secret or ''}".encode()
                rewritten["authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        return rewritten

    def _params(self, params: list[tuple[str, str]]) -> list[tuple[str, str]]:
        assert self.server is not None
        given = dict(params)
        demo = _demo_client(self.server, given.get("client_id"))
        if demo is None or "client_id" not in given:
            return params
        replaced = {"client_id": demo.client_id, "client_secret": demo.client_secret or ""}
        return [(key, replaced.get(key, value)) for key, value in params]


class Interceptor:
    """Answers requests for vendor hosts from the simulator's app, in process."""

    def __init__(self, sim: Simulator, *, any_client: bool = True) -> None:
        self.sim = sim
        self.any_client = any_client
        self._transport = SyncSimTransport(sim.app)
        self.hosts = vendor_hosts()
        """Real vendor host -> (brand, simulator host name)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        """respx side effect: the simulator's answer to ``request``."""
        brand, host = self.hosts[request.url.host]
        headers = httpx.Headers({key: value for key, value in request.headers.items() if key.lower() != "host"})
        content, query = request.content, request.url.query.decode("ascii")
        if self.any_client:
            credentials = _Credentials(PROFILES[brand], host, request.url.path)
            headers, content = credentials.headers(headers), credentials.body(headers, content)
            query = credentials.query(query)
        headers.pop("content-length", None)
        url = f"{self.sim.url(brand, host)}{request.url.raw_path.decode('ascii').partition('?')[0]}"
        inner = httpx.Request(request.method, url + (f"?{query}" if query else ""), headers=headers, content=content)
        return self._send(inner, request)

    def route(self, request: httpx.Request) -> httpx.Response | httpx.Request | None:
        """respx side effect: vendor hosts and the simulator's own URLs are answered by it, loopback
        hosts pass through (the request itself), anything else is left to other routers (``None``)."""
        if request.url.host in self.hosts:
            return self(request)
        if _on_simulator(self.sim, str(request.url)) or str(request.url).startswith(IN_PROCESS_BASE_URL + "/"):
            return self.simulator(request)
        if request.url.host in _LOOPBACK_HOSTS:
            return request
        return None

    def simulator(self, request: httpx.Request) -> httpx.Response:
        """respx side effect for the simulator's own URLs (links in its answers)."""
        inner = httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
        return self._send(inner, request)

    def _send(self, inner: httpx.Request, request: httpx.Request) -> httpx.Response:
        answer = self._transport.handle_request(inner)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)


class SimBrowser:
    """The user's browser for :func:`intercept`: logs in, allows on a consent page, and follows the
    redirect home; a loopback ``redirect_uri`` receives it as from a real browser."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.visited: list[str] = []
        """Every URL opened, in order."""
        self.redirects: list[str] = []
        """Where each login ended: the ``redirect_uri`` with ``code`` and ``state`` (or ``error``)."""

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        """``webbrowser.open``: a login URL is followed to its redirect; any other page is just shown.

        A login that ends on a page with no way on (an error page) sends ``error=server_error`` to a
        loopback ``redirect_uri``, so that the application waiting there fails at once.
        """
        self.visited.append(url)
        redirect: str | None
        with httpx.Client() as browser:  # through the intercepting router, as the application's requests
            try:
                redirect = _follow(browser, self.sim, url)
            except LoginPageError as exc:
                logger.info("the simulated browser stays on a page: %s", exc)
                redirect = _error_redirect(url, str(exc))
        if redirect is None:
            return True
        self.redirects.append(redirect)
        parts = urlsplit(redirect)
        if parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS:
            threading.Thread(target=_deliver, args=(redirect,), name="carconnect-sim-browser", daemon=True).start()
        return True

    def open_new(self, url: str) -> bool:
        return self.open(url, 1)

    def open_new_tab(self, url: str) -> bool:
        return self.open(url, 2)


def _error_redirect(url: str, description: str) -> str | None:
    """The authorization error redirect for a login URL with a ``redirect_uri``, else ``None``."""
    params = dict(parse_qsl(urlsplit(url).query))
    redirect_uri = params.get("redirect_uri")
    if redirect_uri is None:
        return None
    answer = {"error": "server_error", "error_description": description[:300]}
    if "state" in params:
        answer["state"] = params["state"]
    return f"{redirect_uri}{'&' if '?' in redirect_uri else '?'}{urlencode(answer)}"


def _deliver(redirect: str) -> None:
    """GET the loopback redirect as a browser would (the receiver answers once it listens)."""
    with (
        contextlib.suppress(OSError, urllib.error.URLError),
        urllib.request.urlopen(redirect, timeout=30) as answer,  # noqa: S310 (http loopback only)
    ):
        answer.read()


class LoginPageError(RuntimeError):
    """A login URL ended on a page (an error page, a form the browser cannot fill) instead of a redirect."""


class _ConsentForm(HTMLParser):
    """The simulator's consent form: its action and the fields a user allowing it would send."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: list[tuple[str, str]] = []
        self.allow: tuple[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        if tag == "form":
            self.action = found.get("action")
        elif tag == "input" and found.get("type") in {"hidden", "radio", "checkbox", None}:
            if found.get("type") == "hidden" or "checked" in found:
                self.fields.append((found.get("name", ""), found.get("value", "")))
        elif tag == "button" and found.get("value") == "approve":
            self.allow = (found.get("name", ""), "approve")


def _text_of(html: str) -> str:
    """A page's words, without its markup and style."""
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style>.*?</style>", "", html)).split())


def _follow(browser: httpx.Client, sim: Simulator, url: str) -> str:
    """Follow ``url`` through vendor and simulator pages to the first URL outside them."""
    hosts = vendor_hosts()
    current, page = url, None
    for _ in range(LOGIN_STEPS):
        if page is None:
            if urlsplit(current).hostname not in hosts and not _on_simulator(sim, current):
                return current
            page = browser.get(current)
        location = page.headers.get("location")
        if page.is_redirect and location is not None:
            current, page = urljoin(str(page.request.url), location), None
            continue
        form = _ConsentForm()
        form.feed(page.text)
        if form.action is None or form.allow is None:
            raise LoginPageError(f"the login ended on a page ({page.status_code}): {_text_of(page.text)[:300]}")
        action = urljoin(sim.base_url + "/", form.action.lstrip("/"))  # the simulator's own path
        fields: dict[str, list[str]] = {}
        for name, value in [*form.fields, form.allow]:
            fields.setdefault(name, []).append(value)
        page = browser.post(action, data=fields)  # the user clicks Allow
    raise LoginPageError(f"more than {LOGIN_STEPS} steps")


def follow_login(sim: Simulator, url: str, *, any_client: bool = True) -> str:
    """Open a login URL as the user's browser and return the URL it is finally redirected to.

    ``url`` is on a vendor host or on the simulator; redirects within them are followed and a
    consent page is allowed. Raises :class:`LoginPageError` when the login ends on another page.
    """
    vendor = Interceptor(sim, any_client=any_client)
    simulator = sim.transport()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host in vendor.hosts:
            return vendor(request)
        return simulator.handle_request(request)

    with httpx.Client(transport=httpx.MockTransport(answer)) as browser:
        return _follow(browser, sim, url)


def _on_simulator(sim: Simulator, url: str) -> bool:
    return url.startswith(sim.base_url.rstrip("/") + "/")


@contextlib.contextmanager
def intercept(sim: Simulator, *, any_client: bool = True) -> Iterator[respx.MockRouter]:
    """Route every vendor host to ``sim`` and stand in for the user's browser (see the module)."""
    router = respx.mock(assert_all_called=False)
    router.route().mock(side_effect=Interceptor(sim, any_client=any_client).route)
    browser = SimBrowser(sim)
    with (
        router,
        mock.patch("webbrowser.open", browser.open),
        mock.patch("webbrowser.open_new", browser.open_new),
        mock.patch("webbrowser.open_new_tab", browser.open_new_tab),
    ):
        yield router


__all__ = ["Interceptor", "LoginPageError", "SimBrowser", "follow_login", "intercept", "vendor_hosts"]
