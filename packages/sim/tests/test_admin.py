"""The admin HTTP API under /_admin/ (in-process)."""

from __future__ import annotations

from datetime import datetime

import httpx

from carconnect.sim import Simulator


def test_index_lists_brands_options_and_time(local: Simulator, local_http: httpx.Client) -> None:
    body = local_http.get("/_admin/").json()
    assert set(body["brands"]) == {"volvo", "bmw", "ford", "smartcar"}
    assert body["brands"]["ford"]["servers"] == ["ford", "ford-connect", "fordpass"]
    assert body["options"]["consent"] == "auto"
    assert datetime.fromisoformat(body["now"]) == local.clock.now()


def test_options_are_read_and_changed(local: Simulator, local_http: httpx.Client) -> None:
    changed = local_http.post("/_admin/options", json={"consent": "deny", "device_auto_approve_after": None})
    assert changed.json()["consent"] == "deny"
    assert local.options.device_auto_approve_after is None
    assert local_http.post("/_admin/options", json={"consent": "maybe"}).status_code == 400
    assert local_http.post("/_admin/options", json={"colour": 1}).status_code == 400
    assert local_http.post("/_admin/options", content=b"[1]").status_code == 400
    assert local.options.consent == "deny"


def test_the_refresh_reuse_window_option_takes_seconds_per_server(local: Simulator, local_http: httpx.Client) -> None:
    changed = local_http.post("/_admin/options", json={"refresh_reuse_window": {"smartcar": 600}})
    assert changed.json()["refresh_reuse_window"] == {"smartcar": 600}
    for wrong in ({"smartcar": -1}, {"smartcar": True}, {"smartcar": "60"}, [60], 60):
        assert local_http.post("/_admin/options", json={"refresh_reuse_window": wrong}).status_code == 400
    assert local.options.refresh_reuse_window == {"smartcar": 600}


def test_clock_advances(local: Simulator, local_http: httpx.Client) -> None:
    before = local.clock.now()
    answer = local_http.post("/_admin/clock/advance", json={"seconds": 90})
    assert (datetime.fromisoformat(answer.json()["now"]) - before).total_seconds() == 90
    assert local_http.post("/_admin/clock/advance", json={}).status_code == 400
    assert datetime.fromisoformat(local_http.get("/_admin/clock").json()["now"]) == local.clock.now()


def test_fleet_snapshot_and_switches(local: Simulator, local_http: httpx.Client) -> None:
    vehicles = local_http.get("/_admin/fleet/bmw").json()
    assert [v["powertrain"] for v in vehicles] == ["BEV", "PHEV", "ICE"]
    phev = vehicles[1]["vin"]
    plugged = local_http.post(f"/_admin/fleet/bmw/{phev}/plug", json={"plugged": True}).json()
    asleep = local_http.post(f"/_admin/fleet/bmw/{phev}/sleep", json={}).json()
    assert plugged["charging_status"] == "IDLE"
    assert asleep["asleep"] is True
    assert local_http.get("/_admin/fleet/tesla").status_code == 404
    assert local_http.post("/_admin/fleet/bmw/nope/plug").status_code == 404
    assert local_http.post(f"/_admin/fleet/bmw/{phev}/explode").status_code == 404


def test_deliveries_are_counted_and_filtered(local: Simulator, local_http: httpx.Client) -> None:
    car = local.fleet.vehicles("smartcar")[0]
    local.fleet.execute("smartcar", car.id, "lock")
    local.fleet.execute("smartcar", car.id, "unlock")
    everything = local_http.get("/_admin/deliveries").json()
    locks = local_http.get("/_admin/deliveries", params={"brand": "smartcar", "vehicle": car.id, "command": "lock"})
    assert everything["count"] == 2
    assert locks.json()["count"] == 1
    assert locks.json()["deliveries"][0]["ok"] is True


def test_device_codes_listed_and_decided(local: Simulator, local_http: httpx.Client) -> None:
    from carconnect.sim import DEMO_CLIENTS
    from carconnect.sim.oauth.pkce import make_pair

    endpoints = local.endpoints("bmw")
    assert endpoints.device_authorization_url is not None
    started = local_http.post(
        endpoints.device_authorization_url,
        data={
            "client_id": DEMO_CLIENTS["bmw"].client_id,
            "code_challenge": make_pair()[1],
            "code_challenge_method": "S256",
        },
    ).json()
    assert local_http.get("/_admin/device").json()[0]["status"] == "pending"
    denied = local_http.post("/_admin/device/deny", json={"user_code": started["user_code"]})
    assert denied.json()["status"] == "denied"
    assert local_http.post("/_admin/device/deny", json={"user_code": started["user_code"]}).status_code == 404
    assert local_http.post("/_admin/device/maybe", json={"user_code": "x"}).status_code == 404
    assert local_http.post("/_admin/device/approve", json={}).status_code == 400


def test_grants_are_revoked_by_brand(local: Simulator, local_http: httpx.Client) -> None:
    volvo = local.issue_token("volvo")
    local.issue_token("bmw")
    assert local_http.post("/_admin/grants/revoke", json={"brand": "volvo"}).json() == {"revoked": 1}
    assert local.oauth.tokens[volvo["access_token"]].status == "revoked"
    assert local_http.post("/_admin/grants/revoke").json() == {"revoked": 1}


def test_endpoints_match_the_python_api(local: Simulator, local_http: httpx.Client) -> None:
    body = local_http.get("/_admin/endpoints/ford", params={"server": "fordpass"}).json()
    expected = local.endpoints("ford", "fordpass")
    assert body["token_url"] == expected.token_url
    assert body["extra"] == dict(expected.extra)
    assert body["client"]["client_id"] == expected.client.client_id
    assert local_http.get("/_admin/endpoints/ford", params={"server": "nope"}).status_code == 404


def test_reset(local: Simulator, local_http: httpx.Client) -> None:
    local.issue_token("volvo")
    local.faults.add("error")
    assert local_http.post("/_admin/reset").status_code == 204
    assert not local.oauth.tokens
    assert not local.faults.list()


def test_root_lists_every_brand(local_http: httpx.Client) -> None:
    body = local_http.get("/").json()
    assert body["brands"]["volvo"]["apis"]["connected-vehicle"].endswith("/volvo/api/connected-vehicle/v2")
