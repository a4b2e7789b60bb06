"""AsyncioTransport uses no proxy, and httpx reads no proxy variable once ``transport=`` is given: a
proxy variable that names a proxy for a URL the transport connects to directly is logged once per
transport and named in its connect errors, never ignored without a word."""

from __future__ import annotations

import logging
import socket
import urllib.request

import httpx
import pytest

from carconnect.core import AsyncClientBase, FakeClock, RetryPolicy, TransportError, acall_detailed
from carconnect.core.asyncio_transport import AsyncioTransport, environment_proxy

LOGGER = "carconnect.core.asyncio_transport"
PROXY = "http://127.0.0.1:3128"


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind in ("http", "https", "all", "no"):
        monkeypatch.delenv(f"{kind}_proxy", raising=False)
        monkeypatch.delenv(f"{kind.upper()}_PROXY", raising=False)


def closed_port() -> int:
    """A loopback port nothing listens on: a connection to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER]


async def refused(transport: AsyncioTransport, *urls: str) -> list[str]:
    """The message of the ``ConnectError`` each request to ``urls`` met, in turn."""
    messages = []
    async with httpx.AsyncClient(transport=transport) as client:
        for url in urls:
            with pytest.raises(httpx.ConnectError) as raised:
                await client.get(url)
            messages.append(str(raised.value))
    return messages


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_a_proxy_variable_is_warned_of_once_and_named_in_connect_errors(
    variable: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(variable, PROXY)
    caplog.set_level(logging.WARNING, LOGGER)
    first, second = f"http://127.0.0.1:{closed_port()}/x", f"http://localhost:{closed_port()}/x"
    for message in await refused(AsyncioTransport(), first, first, second):
        assert message.endswith(f" ({variable} names a proxy for this URL, which AsyncioTransport does not use)")
    [warning] = warnings_of(caplog)
    assert warning.startswith(f"{variable} names a proxy for http://127.0.0.1, but AsyncioTransport connects directly")
    assert PROXY not in warning  # a proxy URL may carry a password


async def test_a_brand_clients_transport_error_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    url = f"http://127.0.0.1:{closed_port()}"
    no_retry = RetryPolicy(max_retries=0)
    async with AsyncClientBase("token", transport=AsyncioTransport(), retry=no_retry, clock=FakeClock()) as base:
        http = base.http_client_for(url)
        with pytest.raises(TransportError, match=r"HTTP_PROXY names a proxy for this URL"):
            await acall_detailed(lambda: http.get("/x"))


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost, 127.0.0.1"])
async def test_an_origin_no_proxy_names_is_not_warned_of(
    no_proxy: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    caplog.set_level(logging.WARNING, LOGGER)
    [message] = await refused(AsyncioTransport(), f"http://127.0.0.1:{closed_port()}/x")
    assert "PROXY" not in message
    assert warnings_of(caplog) == []


async def test_a_proxy_for_another_scheme_is_not_warned_of(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    caplog.set_level(logging.WARNING, LOGGER)
    [message] = await refused(AsyncioTransport(), f"http://127.0.0.1:{closed_port()}/x")
    assert "PROXY" not in message
    assert warnings_of(caplog) == []


async def test_a_transport_that_does_not_trust_the_environment_says_nothing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    caplog.set_level(logging.WARNING, LOGGER)
    [message] = await refused(AsyncioTransport(trust_env=False), f"http://127.0.0.1:{closed_port()}/x")
    assert "PROXY" not in message
    assert warnings_of(caplog) == []


async def test_the_environment_is_read_once_per_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    reads: list[None] = []
    read = urllib.request.getproxies

    def counted() -> dict[str, str]:
        reads.append(None)
        return read()

    monkeypatch.setattr(urllib.request, "getproxies", counted)
    url = f"http://127.0.0.1:{closed_port()}/x"
    await refused(AsyncioTransport(), url, url, url)
    assert len(reads) == 1


def test_environment_proxy_reads_the_variables_as_httpx_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    monkeypatch.setenv("ALL_PROXY", PROXY)
    monkeypatch.setenv("NO_PROXY", "internal.example")
    assert environment_proxy("https", "api.example") == "HTTPS_PROXY"  # the scheme's own first
    assert environment_proxy("http", "api.example") == "ALL_PROXY"
    assert environment_proxy("https", "db.internal.example") is None
    assert environment_proxy("https", "internal.example") is None
    assert environment_proxy("https", "notinternal.example") == "HTTPS_PROXY"
    monkeypatch.setenv("NO_PROXY", ".internal.example")  # a leading dot: subdomains only
    assert environment_proxy("https", "internal.example") == "HTTPS_PROXY"
    assert environment_proxy("https", "db.internal.example") is None
    monkeypatch.setenv("https_proxy", "")  # an empty lower-case variable turns it off, as in urllib
    assert environment_proxy("https", "api.example") == "ALL_PROXY"
