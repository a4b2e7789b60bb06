"""Logins as against the vendors: the redirect URI they compare, the scopes they grant, Ford's two APIs.

The vendors' real hosts are answered in process by a simulator (``Simulator.intercept``) that knows
only its demo applications, whose credentials the tests put in the config file as a user would.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest

from carconnect.cli import exitcodes
from carconnect.cli import login as cli_login
from carconnect.cli import main as cli_main
from carconnect.cli.brands import adapter
from carconnect.cli.brands.base import Target
from carconnect.cli.settings import BrandSettings, given_settings
from carconnect.core import FakeClock
from carconnect.sim import DEMO_CLIENTS, Simulator

from .conftest import Cli


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def loopback_redirect() -> str:
    """A redirect URI on a free loopback port, with the path the demo applications registered."""
    return f"http://127.0.0.1:{free_port()}/callback"


@pytest.fixture
def vendors(clock: FakeClock) -> Iterator[Simulator]:
    """The vendors' hosts answered by a simulator that accepts only its demo applications."""
    sim = Simulator(seed=0, clock=clock)
    with sim.intercept(any_client=False):
        yield sim


def sent(url: str, name: str) -> str:
    """A query parameter of a login URL."""
    return parse_qs(urlsplit(url).query)[name][0]


def write_config(home: Path, brand: str, server: str | None = None, **extra: str | list[str]) -> None:
    """A config file holding the demo application of ``brand`` (its ``server``), as a user's would."""
    client = DEMO_CLIENTS[server or brand]
    table: dict[str, str | list[str]] = {"client_id": client.client_id, "client_secret": client.client_secret or ""}
    if client.api_key:
        table["api_key"] = client.api_key
    table.update(extra)
    lines = [f"[{brand}]", *(f"{key} = {json.dumps(value)}" for key, value in table.items())]
    (home / "config.toml").write_text("\n".join(lines) + "\n")


# -- the redirect URI ------------------------------------------------------------------------------


def test_a_loopback_redirect_uri_given_is_where_the_login_listens(cli: Cli, opened: list[str]) -> None:
    redirect = loopback_redirect()
    result = cli("--json", "login", "volvo", "--redirect-uri", redirect)
    assert result.exit_code == 0, result.output
    assert sent(opened[0], "redirect_uri") == redirect


def test_the_config_files_redirect_uri_is_sent_to_the_vendor_and_listened_on(
    cli: Cli, home: Path, vendors: Simulator, opened: list[str]
) -> None:
    redirect = loopback_redirect()
    write_config(home, "volvo", redirect_uri=redirect)
    result = cli("--json", "login", "volvo", sim=False)
    assert result.exit_code == 0, result.output
    assert sent(opened[0], "redirect_uri") == redirect  # as registered: the vendor compares it exactly


def test_an_https_redirect_uri_is_pasted_back(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """FordConnect's apps registered https://localhost:3000, which no loopback listener can receive."""
    ended_on: list[str] = []

    def visit(url: str) -> bool:  # the user logs in; the browser ends on the page that does not load
        with httpx.Client() as browser:
            answer = browser.get(url)
            while answer.is_redirect:
                location = urljoin(str(answer.url), answer.headers["location"])
                if location.startswith("https://localhost:3000"):
                    ended_on.append(location)
                    break
                answer = browser.get(location)
        return True

    monkeypatch.setattr(cli_main, "_browser", lambda: visit)
    monkeypatch.setattr(cli_login, "read_pasted_redirect", lambda paste: ended_on[0])  # what the user pastes
    result = cli("--json", "login", "ford", "--api", "connect", "--redirect-uri", "https://localhost:3000")
    assert result.exit_code == 0, result.output
    assert "https://localhost:3000 is not a loopback http address" in result.stderr
    assert "paste the address the browser ends on" in result.stderr
    assert sent(ended_on[0], "code")


def target(brand: str, api: str | None = None, *, sim: bool = False, **options: str) -> Target:
    settings = BrandSettings(api=api).merged(given_settings(options))
    return Target(settings, sim_url="http://127.0.0.1:9" if sim else None)


def test_which_redirect_uri_a_login_sends_and_where_it_listens() -> None:
    redirect = cli_login.login_redirect_uri
    assert redirect(adapter("volvo"), target("volvo")) == "http://127.0.0.1:8765/callback"  # Volvo's documented one
    assert redirect(adapter("volvo"), target("volvo", sim=True)) is None  # a free port
    given = "http://localhost:9000/cb"
    assert redirect(adapter("volvo"), target("volvo", sim=True, redirect_uri=given)) == given
    assert redirect(adapter("ford", "connect"), target("ford", "connect")) == "https://localhost:3000"
    assert redirect(adapter("ford"), target("ford")) == "http://localhost:8765/callback"
    assert redirect(adapter("smartcar"), target("smartcar")) is None  # none documented: a free port
    address = cli_login.loopback_address
    assert address("http://localhost:8765/callback") == (8765, "/callback")
    assert address("http://127.0.0.1") == (80, "/")
    for elsewhere in ("https://localhost:3000", "http://[::1]:8765/cb", "http://example.com:8765/cb", "myapp://cb"):
        assert address(elsewhere) is None


def test_a_redirect_port_in_use_says_what_to_do(cli: Cli, opened: list[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        redirect = f"http://127.0.0.1:{taken.getsockname()[1]}/callback"
        result = cli("login", "volvo", "--redirect-uri", redirect)
    assert result.exit_code == exitcodes.FAILED
    line = result.stderr.strip().splitlines()[-1]
    assert f"Volvo ID sends the browser to {redirect} - free that port, or log in with --no-browser" in line
    assert opened == []


# -- scopes ---------------------------------------------------------------------------------------


def test_a_missing_volvo_scope_names_the_login_that_asks_for_it(
    cli: Cli, home: Path, vendors: Simulator, opened: list[str]
) -> None:
    write_config(home, "volvo", redirect_uri=loopback_redirect())
    assert cli("login", "volvo", sim=False).exit_code == 0
    assert "conve:lock" not in sent(opened[0], "scope").split()  # restricted: for approved applications only
    vin = cli.json("vehicles", "volvo", sim=False)[0]["id"]
    refused = cli("command", "volvo", vin, "lock", sim=False)
    assert refused.exit_code == exitcodes.LOGIN_REQUIRED
    line = refused.stderr.strip().splitlines()[-1]
    assert "Missing scope: conve:lock" in line
    assert line.endswith(
        " - the login lacks conve:lock: log in again asking for it (Volvo grants the lock, unlock, engine and "
        "honk/flash scopes to approved applications only): carconnect login volvo --scope conve:lock"
    )

    assert cli("login", "volvo", "--scope", "conve:lock", sim=False).exit_code == 0
    assert "conve:lock" in sent(opened[-1], "scope").split()
    assert cli.json("command", "volvo", vin, "lock", sim=False)["succeeded"] is True
    honk = cli("command", "volvo", vin, "honk", sim=False)
    assert honk.exit_code == exitcodes.LOGIN_REQUIRED
    assert honk.stderr.strip().endswith("carconnect login volvo --scope conve:lock --scope conve:honk_flash")


def test_scopes_come_from_the_option_else_the_environment_else_the_config_file(
    cli: Cli, home: Path, vendors: Simulator, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(home, "volvo", redirect_uri=loopback_redirect(), scopes=["conve:lock", "conve:unlock"])
    assert cli("login", "volvo", sim=False).exit_code == 0
    monkeypatch.setenv("CARCONNECT_VOLVO_SCOPES", "conve:engine_start_stop, conve:honk_flash")
    assert cli("login", "volvo", sim=False).exit_code == 0
    assert cli("login", "volvo", "--scope", "conve:honk_flash", sim=False).exit_code == 0
    asked = [set(sent(url, "scope").split()) for url in opened]
    restricted = {"conve:lock", "conve:unlock", "conve:engine_start_stop", "conve:honk_flash", "location:read"}
    assert [scopes & restricted for scopes in asked] == [
        {"conve:lock", "conve:unlock"},
        {"conve:engine_start_stop", "conve:honk_flash"},
        {"conve:honk_flash"},
    ]
    assert all({"openid", "conve:odometer_status"} <= scopes for scopes in asked)  # the defaults stay


def test_a_brand_whose_login_has_fixed_scopes_takes_no_scope_option(cli: Cli) -> None:
    result = cli("login", "bmw", "--scope", "cardata:streaming:read")
    assert result.exit_code == exitcodes.USAGE
    assert "--scope" in result.stderr


# -- Ford's two APIs ------------------------------------------------------------------------------


def test_ford_is_fordconnect_query_unless_the_config_says_connect(
    cli: Cli, home: Path, vendors: Simulator, opened: list[str]
) -> None:
    write_config(home, "ford", redirect_uri=loopback_redirect())  # a FordConnect Query application
    login = cli.json("login", "ford", sim=False)
    assert (login["logged_in"], login["api"]) == (True, "query")
    assert urlsplit(opened[0]).hostname == "api.vehicle.ford.com"
    [vehicle] = cli.json("vehicles", "ford", sim=False)  # one vehicle per consent, by its VIN
    assert vehicle["id"] == vehicle["vin"]
    assert cli.json("status", "ford", vehicle["id"], sim=False)["odometer"].endswith(" km")
    refused = cli("command", "ford", vehicle["id"], "lock", sim=False)
    assert refused.exit_code == exitcodes.NOT_SUPPORTED
    assert "FordConnect Query has no remote commands: it is read-only" in refused.stderr

    write_config(home, "ford", "ford-connect", redirect_uri=loopback_redirect(), api="connect")
    assert cli.json("login", "ford", sim=False)["api"] == "connect"
    assert urlsplit(opened[1]).hostname == "fordconnect.cv.ford.com"
    vehicles = cli.json("vehicles", "ford", sim=False)
    assert len(vehicles) == 3
    assert cli.json("command", "ford", vehicles[0]["id"], "lock", sim=False)["succeeded"] is True


def test_the_login_remembers_its_ford_api_until_logout(cli: Cli, home: Path) -> None:
    assert cli.json("login", "ford", "--api", "connect")["api"] == "connect"
    assert len(cli.json("vehicles", "ford")) == 3
    assert cli.json("logout", "ford")["removed"] is True
    assert not list((home / "tokens").glob("*.api"))
    assert cli.json("login", "ford")["api"] == "query"
    assert len(cli.json("vehicles", "ford")) == 1


def test_a_ford_login_stored_before_the_api_was_recorded_stays_fordconnect(cli: Cli, home: Path) -> None:
    assert cli.json("login", "ford", "--api", "connect")["api"] == "connect"
    for marker in (home / "tokens").glob("*.api"):
        marker.unlink()  # as a login made before the CLI recorded its API
    assert len(cli.json("vehicles", "ford")) == 3
    assert cli.json("login", "ford")["api"] == "connect"  # logging in again keeps the login's API
    assert len(cli.json("vehicles", "ford")) == 3


def test_an_unknown_api_is_a_usage_error_naming_where_it_came_from(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARCONNECT_FORD_API", "fordpass")
    result = cli("login", "ford")
    assert result.exit_code == exitcodes.USAGE
    assert "environment variable CARCONNECT_FORD_API" in result.stderr
    assert "'fordpass' is no ford API: use query or connect" in result.stderr
    assert cli("login", "volvo", "--api", "query").exit_code == exitcodes.USAGE


def test_login_ford_help_says_which_api_is_used(cli: Cli) -> None:
    result = cli("login", "ford", "--help", sim=False)
    assert result.exit_code == 0
    help_text = " ".join(result.stdout.split())
    assert "query FordConnect Query (the default): read-only" in help_text
    assert "connect FordConnect: commands" in help_text
    assert "APIs" not in cli("login", "volvo", "--help", sim=False).stdout
