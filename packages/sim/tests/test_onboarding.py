"""The settings the simulator prints at startup and in --help reach it when passed to the real clients."""

from __future__ import annotations

import contextlib
import io

import pytest

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.cli import main
from carconnect.sim.onboarding import ClientSetup, client_settings


def _setup(base_url: str, classes: str) -> dict[str, str]:
    found: list[ClientSetup] = [setup for setup in client_settings(base_url) if setup.classes.startswith(classes)]
    return {setting.name: setting.value for setting in found[0].settings}


def test_help_shows_every_brands_credentials_and_urls() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--help"])
    text = out.getvalue()
    volvo = DEMO_CLIENTS["volvo"]
    for value in (volvo.client_id, volvo.client_secret or "", volvo.api_key or "", volvo.redirect_uri):
        assert value in text
    for brand in ("volvo", "bmw", "ford", "smartcar"):
        assert f"http://127.0.0.1:PORT/{brand}/" in text
    assert "VolvoClient(api_key=...)" in text


def test_printed_settings_reach_the_volvo_and_bmw_apis() -> None:
    from carconnect.bmw import BmwClient
    from carconnect.volvo import VolvoClient

    with Simulator(seed=0) as sim:
        volvo = _setup(sim.base_url, "VolvoAuth")
        token = sim.issue_token("volvo")["access_token"]
        with VolvoClient(token, api_key=volvo["api_key"], base_url=volvo["api base_url"]) as client:
            assert len(client.vehicles()) == 3
        bmw = _setup(sim.base_url, "BmwAuth")
        with BmwClient(sim.issue_token("bmw")["access_token"], base_url=bmw["api base_url"]) as client:
            assert client.vehicle_mappings()


def test_printed_settings_reach_the_ford_and_smartcar_apis() -> None:
    from carconnect.ford import FordConnectClient
    from carconnect.smartcar import SmartcarClient

    with Simulator(seed=0) as sim:
        ford = _setup(sim.base_url, "FordConnectAuth")
        token = sim.issue_token("ford-connect")["access_token"]
        with FordConnectClient(token, base_url=ford["api base_url"]) as client:
            assert client.vehicles().vehicles
        smartcar = _setup(sim.base_url, "SmartcarAuth")
        hosts = {name[len("hosts['") : -len("']")]: url for name, url in smartcar.items() if name.startswith("hosts")}
        with SmartcarClient(sim.issue_token("smartcar")["access_token"], hosts=hosts) as client:
            assert list(client.iter_vehicles())
