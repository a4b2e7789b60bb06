"""Secrets: nothing the suite used leaks into logs, messages or reprs; the login and storage guarantees.

* A demo of every brand (real login flow, reads, a command, a refresh, a quota, a server error, a
  truncated answer, a revoked login) at DEBUG logging, then every log line, exception, repr and str it
  produced is scanned for every token, client secret, API key and PKCE verifier used. The CLI's own
  ``carconnect demo`` is run the same way (its log and its printed output).
* The loopback redirect receiver binds 127.0.0.1 only, takes one redirect and rejects a wrong state.
* Token files (and their lock files) are 0600 in a 0700 directory, whatever the umask.
* OAuth states and webhook signatures are compared with ``hmac.compare_digest``.
* TLS verification is on in every client and OAuth client, cannot be switched off by environment
  variables, and no handwritten code turns it off.
* Last: everything the whole session recorded (fault matrix errors, fuzz errors...) is scanned too.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import inspect
import logging
import os
import re
import socket
import ssl
import threading
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from carconnect.core import (
    AsyncioTransport,
    CarConnectError,
    FakeClock,
    FileTokenStore,
    InvalidStateError,
    RetryPolicy,
    Token,
    TransportError,
)
from carconnect.core.oauth import LoopbackReceiver, flows, pkce
from carconnect.sim import FaultKind, Simulator

from .figures import Figures
from .harness import HARNESSES, Harness, Wiring
from .leaks import LeakWatch, watch_token
from .tls import https_server
from .wire import ASYNC_STACKS, CountingTransport, WireLog

REPO = Path(__file__).resolve().parents[4]
AVAILABLE = [harness for harness in HARNESSES.values() if harness.available()]


def _attempt(where: str, call: Callable[[], object], watch: LeakWatch) -> str:
    try:
        result = call()
    except CarConnectError as error:
        watch.produced(where, error)
        return type(error).__name__
    watch.produced(where, result)
    return "ok"


def _brand_demo(harness: Harness, sim: Simulator, clock: FakeClock, directory: Path, watch: LeakWatch) -> list[str]:
    """Log in for real, read, command, refresh, then meet a 500, a truncated answer, a quota and a revoked login."""
    brand, outcomes = harness.brand, []
    with harness.auth(sim, clock) as auth, CountingTransport(WireLog()) as transport:
        token, steps = harness.interactive_login(auth)
        store = FileTokenStore(directory / f"{brand}.json")
        store.save(token)
        manager = auth.token_manager(store)
        with harness.client(sim, manager, Wiring(clock=clock, transport=transport)) as client:
            vehicle = harness.vehicle(sim)

            def read() -> object:
                return harness.read(client, vehicle)

            outcomes.append(_attempt(f"demo {brand} read", read, watch))
            outcomes.append(_attempt(f"demo {brand} command", lambda: harness.command(client, vehicle), watch))
            clock.advance(2 * 3600 + 60)  # past every brand's access token lifetime: the next read refreshes
            outcomes.append(_attempt(f"demo {brand} refreshed read", read, watch))
            faults: tuple[tuple[FaultKind, int | None], ...] = (("error", 500), ("truncate", None), ("quota", None))
            for kind, status in faults:
                sim.faults.add(kind, brand=brand, host=harness.read_host, status=status, times=1)
                outcomes.append(_attempt(f"demo {brand} {kind}", read, watch))
            for grant in list(sim.oauth.grants.values()):
                sim.oauth.revoke_grant(grant.id, clock.now(), "user revoked the app")
            clock.advance(2 * 3600 + 60)
            outcomes.append(_attempt(f"demo {brand} revoked", read, watch))
            watch.produced(f"demo {brand} objects", token, store, manager, auth, auth.config, client, *steps)
        watch_token(watch, token)
        watch_token(watch, store.load())
    return outcomes


def test_demo_of_every_brand_at_debug_leaks_no_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, figures: Figures, leak_watch: LeakWatch
) -> None:
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    results = {}
    with Simulator(seed=21, clock=clock) as sim:
        for harness in AVAILABLE:
            results[harness.brand] = _brand_demo(harness, sim, clock, tmp_path, leak_watch)
            leak_watch.harvest(sim)
    leaks = leak_watch.scan([("demo log", caplog.text)])
    figures.add(
        "secrets", "demo at DEBUG", outcomes=results, log_records=len(caplog.records), log_bytes=len(caplog.text),
        secrets=leak_watch.kinds(), texts=leak_watch.scanned_texts, leaks=len(leaks),
    )  # fmt: skip
    assert len(caplog.records) > 100, "DEBUG logging did not reach the HTTP stack"
    assert not leaks, leaks[:5]
    for brand, outcomes in results.items():
        assert outcomes[:3] == ["ok", "ok", "ok"], (brand, outcomes)
        assert outcomes[-1] == "ReauthorizationRequiredError", (brand, outcomes)


def test_cli_demo_at_debug_leaks_no_secret(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    figures: Figures,
    leak_watch: LeakWatch,
) -> None:
    import carconnect.sim
    from carconnect.cli import demo

    started: list[Simulator] = []

    class Recorded(Simulator):
        def __exit__(self, *exc_info: Any) -> Any:
            leak_watch.harvest(self)
            return super().__exit__(*exc_info)

        def start(self, timeout: float = 5.0) -> Simulator:
            started.append(self)
            return super().start(timeout)

    monkeypatch.setattr(carconnect.sim, "Simulator", Recorded)
    monkeypatch.setattr(demo, "_user_agent_visit", _quiet_browser)
    caplog.set_level(logging.DEBUG)
    code = demo.run_demo(["volvo", "bmw", "ford", "smartcar"])
    output = capsys.readouterr()
    leaks = leak_watch.scan([("cli demo log", caplog.text), ("cli demo output", output.out + output.err)])
    figures.add(
        "secrets", "carconnect demo at DEBUG", exit_code=code, log_records=len(caplog.records),
        log_bytes=len(caplog.text), output_bytes=len(output.out), leaks=len(leaks),
    )  # fmt: skip
    assert started, "the demo did not start a simulator"
    assert code == 0, output.out[-2000:]
    assert not leaks, leaks[:5]


def _quiet_browser(url: str) -> None:
    """The demo's stand-in browser, following redirects with ``urllib`` (no HTTP log of its own)."""

    def visit() -> None:
        with urllib.request.urlopen(url, timeout=10) as page:
            page.read()

    threading.Thread(target=visit, daemon=True).start()


# ---- the loopback redirect receiver ------------------------------------------------------------


def _get(url: str) -> int:
    with httpx.Client(timeout=5) as browser:
        return browser.get(url).status_code


def _other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for a UDP connect
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def _refused(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return False
    except OSError:
        return True


def test_loopback_receiver_binds_loopback_takes_one_redirect_and_rejects_a_wrong_state(figures: Figures) -> None:
    receiver = LoopbackReceiver(expected_state="right-state")
    host, port = receiver._server.server_address[:2]
    other = _other_address()
    unreachable_elsewhere = other is None or _refused(other, port)
    statuses: list[int] = []

    def browser() -> None:
        statuses.append(_get(f"http://127.0.0.1:{port}/favicon.ico"))
        statuses.append(_get(f"{receiver.redirect_uri}?code=the-code&state=right-state"))

    thread = threading.Thread(target=browser)
    thread.start()
    redirect = receiver.wait(10)
    thread.join()
    closed_after = _refused("127.0.0.1", port)

    wrong = LoopbackReceiver(expected_state="right-state")
    wrong_statuses: list[int] = []
    thread = threading.Thread(target=lambda: wrong_statuses.append(_get(f"{wrong.redirect_uri}?code=c&state=evil")))
    thread.start()
    with pytest.raises(InvalidStateError):
        wrong.wait(10)
    thread.join()
    figures.add(
        "secrets", "loopback receiver", bound_to=host, other_interface=other or "none",
        refused_on_other_interface=unreachable_elsewhere, statuses=statuses, closed_after_redirect=closed_after,
        wrong_state_statuses=wrong_statuses,
    )  # fmt: skip
    assert host == "127.0.0.1"
    assert unreachable_elsewhere
    assert statuses == [404, 200]
    assert "code=the-code" in redirect
    assert closed_after, "the receiver still accepts connections after the redirect"
    assert wrong_statuses == [400]


# ---- token files ------------------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_token_files_are_0600_in_a_0700_directory(tmp_path: Path, open_umask: None, figures: Figures) -> None:
    path = tmp_path / "fresh-dir" / "token.json"
    store = FileTokenStore(path)
    with store.lock():
        store.save(Token("access-one", "refresh-one"))
    store.save(Token("access-two", "refresh-two"))  # replaces the file: still 0600
    modes = {
        "token file": path.stat().st_mode & 0o777,
        "lock file": Path(f"{path}.lock").stat().st_mode & 0o777,
        "directory": path.parent.stat().st_mode & 0o777,
    }
    figures.add("secrets", "token file modes", umask="000", modes={name: oct(mode) for name, mode in modes.items()})
    assert modes == {"token file": 0o600, "lock file": 0o600, "directory": 0o700}


# ---- constant-time comparisons ----------------------------------------------------------------


@pytest.fixture
def compare_digest_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """Every ``hmac.compare_digest`` call made while the test runs."""
    calls: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    return calls


def test_states_and_webhook_signatures_are_compared_in_constant_time(
    compare_digest_calls: list[tuple[Any, Any]], figures: Figures
) -> None:
    request = flows.AuthorizationRequest(
        url="https://x", state="expected-state", code_verifier="v" * 43, redirect_uri=None
    )
    with pytest.raises(InvalidStateError):
        flows.check_callback(request, "https://app/cb?code=c&state=forged-state")
    assert flows.check_callback(request, "https://app/cb?code=c&state=expected-state") == "c"
    assert pkce.same_secret("a", "a")
    assert not pkce.same_secret("a", "b")
    state_calls = len(compare_digest_calls)
    checked = ["OAuth state"]
    webhooks: Any = None
    if HARNESSES["smartcar"].available():
        from carconnect.smartcar import webhooks

        body = b'{"eventType":"VEHICLE_STATE"}'
        signature = webhooks.hmac_sha256_hex("management-token", body)
        assert webhooks.verify_signature(body, signature, "management-token")
        assert not webhooks.verify_signature(body, signature[:-1] + "0", "management-token")
        assert not webhooks.verify_signature(body, None, "management-token")
        checked.append("Smartcar webhook signature")
    figures.add("secrets", "constant-time comparisons", checked=checked, calls=len(compare_digest_calls))
    assert state_calls >= 4
    assert webhooks is None or len(compare_digest_calls) >= state_calls + 2


# ---- TLS ---------------------------------------------------------------------------------------

INSECURE = re.compile(
    r"verify\s*=\s*False|verify_ssl\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified"
)
INSECURE_ENV = {"PYTHONHTTPSVERIFY": "0", "CURL_CA_BUNDLE": "", "REQUESTS_CA_BUNDLE": "", "HTTPX_VERIFY": "0"}


def _handwritten_sources() -> list[Path]:
    return [
        path
        for path in sorted((REPO / "packages").glob("*/src/carconnect/*/**/*.py"))
        if "_generated" not in path.parts
    ]


def _secure(context: ssl.SSLContext) -> bool:
    return context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def _parts(client: Any) -> list[Any]:
    """The brand client objects behind a harness client (Ford's pair: both)."""
    return [getattr(client, part) for part in ("query", "connect") if hasattr(client, part)] or [client]


def _verify_options(*classes: type) -> list[str]:
    """Constructor parameters that sound like a way to switch verification off."""
    return [
        f"{cls.__name__}({name})"
        for cls in classes
        for name in inspect.signature(cls).parameters
        if any(word in name.lower() for word in ("verify", "ssl", "insecure", "cert"))
    ]


class _Elsewhere:
    """Stands in for the simulator where a brand's OAuth client asks for its login host's URL."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def url(self, brand: str, host: str = "api") -> str:
        return self.base_url


@contextlib.contextmanager
def _tls_contexts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[ssl.SSLContext]]:
    """Every TLS context a client-side handshake is started with while the block runs (socket or memory BIO)."""
    used: list[ssl.SSLContext] = []
    wrap_socket, wrap_bio = ssl.SSLContext.wrap_socket, ssl.SSLContext.wrap_bio

    def socket_spy(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("server_side"):  # the test server runs in this process too
            used.append(context)
        return wrap_socket(context, *args, **kwargs)

    def bio_spy(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("server_side"):
            used.append(context)
        return wrap_bio(context, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(ssl.SSLContext, "wrap_socket", socket_spy)
        patch.setattr(ssl.SSLContext, "wrap_bio", bio_spy)
        yield used


def _refusal(error: TransportError) -> str:
    return "refused" if "CERTIFICATE_VERIFY_FAILED" in str(error.__cause__) else repr(error.__cause__)


def _repoint(client: Any, base_url: str) -> list[Any]:
    """Point every httpx client of a harness client at ``base_url``; return the brand client objects."""
    parts = _parts(client)
    for part in parts:
        for http_client in part._http_clients.values():
            http_client.base_url = httpx.URL(base_url)
    return parts


def _handshake(call: Callable[[], object], monkeypatch: pytest.MonkeyPatch) -> tuple[str, bool]:
    """Run ``call`` against the self-signed server: was it refused, and did every handshake verify?"""
    with _tls_contexts(monkeypatch) as contexts:
        try:
            call()
        except TransportError as error:
            outcome = _refusal(error)
        except CarConnectError as error:
            outcome = f"answered ({type(error).__name__})"
        else:
            outcome = "answered"
    return outcome, bool(contexts) and all(_secure(context) for context in contexts)


def _brand_handshakes(
    harness: Harness, sim: Simulator, base_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> dict[str, tuple[str, bool]]:
    """The brand's clients and OAuth client, as built by default, pointed at a self-signed HTTPS server."""
    results: dict[str, tuple[str, bool]] = {}
    vehicle = harness.vehicle(sim)
    wiring = Wiring(clock=clock, retry=RetryPolicy.disabled())
    with harness.client(sim, "token", wiring) as client:
        names = "+".join(type(part).__name__ for part in _repoint(client, base_url))
        results[names] = _handshake(lambda: harness.read(client, vehicle), monkeypatch)

    async def async_read(stack: str) -> None:
        transport = AsyncioTransport() if stack == "asyncio" else None
        async with harness.async_client(sim, "token", replace(wiring, async_transport=transport)) as client:
            _repoint(client, base_url)
            await harness.aread(client, vehicle)

    for stack in ASYNC_STACKS:
        label = f"{names} (async, {'AsyncioTransport' if stack == 'asyncio' else 'httpx'})"
        results[label] = _handshake(functools.partial(asyncio.run, async_read(stack)), monkeypatch)
    elsewhere = cast(Simulator, _Elsewhere(base_url))
    with harness.auth(elsewhere, clock) as auth:
        results[type(auth).__name__] = _handshake(lambda: auth.refresh(Token("access", "refresh")), monkeypatch)
    return results


def test_tls_verification_cannot_be_turned_off_by_accident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    for name, value in INSECURE_ENV.items():
        monkeypatch.setenv(name, value)
    clock = FakeClock()
    handshakes: dict[str, tuple[str, bool]] = {}
    options: list[str] = []
    with Simulator(seed=1, clock=clock) as sim, https_server(tmp_path) as (base_url, failures):
        for harness in AVAILABLE:
            with harness.client(sim, "token", Wiring(clock=clock)) as client, harness.auth(sim, clock) as auth:
                options += _verify_options(type(auth), *(type(part) for part in _parts(client)))
            handshakes.update(_brand_handshakes(harness, sim, base_url, clock, monkeypatch))
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in _handwritten_sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if INSECURE.search(line)
    ]
    verified = {name: secure for name, (_, secure) in handshakes.items()}
    outcomes = {name: outcome for name, (outcome, _) in handshakes.items()}
    figures.add(
        "secrets", "TLS verification", environment=sorted(INSECURE_ENV), verified=verified,
        self_signed_handshakes=outcomes, server_side_failures=len(failures), insecure_lines=offenders,
        verify_options=options, files_scanned=len(_handwritten_sources()),
    )  # fmt: skip
    assert verified
    assert all(verified.values()), verified
    assert set(outcomes.values()) == {"refused"}, outcomes
    assert not offenders, offenders
    assert not options, options


# ---- the whole session -------------------------------------------------------------------------


def test_nothing_the_session_produced_holds_a_secret(figures: Figures, leak_watch: LeakWatch) -> None:
    """Runs last in this directory: every error, repr and str any test recorded, against every secret."""
    leaks = leak_watch.scan()
    figures.add(
        "secrets", "whole session", secrets=leak_watch.kinds(), secret_total=leak_watch.secret_count,
        texts=leak_watch.scanned_texts, log_records=leak_watch.log_records, log_bytes=leak_watch.log_bytes,
        leaks=len(leaks),
    )  # fmt: skip
    assert leak_watch.secret_count > 0
    assert not leaks, leaks[:5]
