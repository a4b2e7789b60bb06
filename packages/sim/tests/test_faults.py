"""Fault injection: every kind, matching rules, count limits, seeded probability, the admin API."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from carconnect.sim import BrandContext, BrandPlugin, Fault, ManualClock, Simulator
from carconnect.sim.profiles import VENDOR_ERRORS

DOC = {
    "data": {
        "vin": "YV1XZK7V2R1234567",
        "centralLock": {"value": "LOCKED", "unit": None},
        "doors": [{"door": "FRONT_LEFT", "state": "OPEN"}, {"door": "TAILGATE", "state": "CLOSED"}],
        "odometer": 12345,
        "status": "Ok",
    }
}


def _routes(ctx: BrandContext) -> Mapping[str, Sequence[BaseRoute]]:
    async def doc(request: Request) -> Response:
        return JSONResponse(DOC)

    return {"api": [Route("/v1/vehicles/{vin}/status", doc, methods=["GET", "POST"]), Route("/v1/other", doc)]}


@pytest.fixture
def faulty() -> Iterator[tuple[Simulator, httpx.Client]]:
    plugins = {brand: BrandPlugin(routes=_routes) for brand in ("volvo", "bmw", "smartcar", "ford")}
    sim = Simulator(seed=3, clock=ManualClock(), plugins=plugins)
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        yield sim, client


STATUS = "/volvo/api/v1/vehicles/VIN1/status"


def test_no_fault_passes_through(faulty: tuple[Simulator, httpx.Client]) -> None:
    _, client = faulty
    assert client.get(STATUS).json() == DOC


def test_latency_delays_then_answers(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("latency", delay=0.05)
    started = time.monotonic()
    assert client.get(STATUS).status_code == 200
    assert time.monotonic() - started >= 0.05


def test_error_in_brand_shape_or_custom_body(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("error", status=503, times=1)
    sim.faults.add("error", status=500, body={"custom": True}, times=1)
    first, second = client.get(STATUS), client.get(STATUS)
    assert first.status_code == 503
    assert first.json()["error"]["message"] == "SERVICE_UNAVAILABLE"
    assert (second.status_code, second.json()) == (500, {"custom": True})
    assert client.get(STATUS).status_code == 200


def test_rate_limit_sends_retry_after_where_the_vendor_documents_it(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("rate_limit", retry_after=7)
    for brand in ("smartcar", "ford"):
        answer = client.get(f"/{brand}/api/v1/other")
        assert (answer.status_code, answer.headers["retry-after"]) == (429, "7")
    volvo = client.get("/volvo/api/v1/other")  # Volvo documents no Retry-After: the wait is in the message
    assert (volvo.status_code, "retry-after" in volvo.headers) == (429, False)
    assert volvo.json()["message"] == "Rate limit is exceeded. Try again in 7 seconds."
    bmw = client.get("/bmw/api/v1/other")  # BMW documents no 429: it throttles with its quota answer
    assert (bmw.status_code, bmw.json()["exveErrorId"], "retry-after" in bmw.headers) == (403, "CU-429", False)


def test_the_undocumented_retry_after_option_adds_it_to_every_429(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.options.undocumented_retry_after = True
    sim.faults.add("rate_limit", retry_after=7)
    answer = client.get("/volvo/api/v1/other")
    assert (answer.status_code, answer.headers["retry-after"]) == (429, "7")
    bmw = client.get("/bmw/api/v1/other")
    assert (bmw.status_code, "retry-after" in bmw.headers) == (403, False)


def test_quota_in_each_brand_shape(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("quota")
    volvo = client.get("/volvo/api/v1/other")
    bmw = client.get("/bmw/api/v1/other")
    smartcar = client.get("/smartcar/api/v1/other")
    ford = client.get("/ford/api/v1/other")
    assert volvo.status_code == 403
    assert volvo.json()["message"].startswith("Out of call volume quota. Quota will be replenished in 16:00:00")
    assert (bmw.status_code, bmw.json()["exveErrorId"]) == (403, "CU-429")
    assert (smartcar.status_code, smartcar.json()["type"], smartcar.json()["code"]) == (
        430,
        "BILLING",
        "VEHICLE_REQUEST_LIMIT",
    )
    assert (ford.status_code, ford.headers["retry-after"]) == (429, "57600")


def test_drop_in_process_raises_remote_protocol_error(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("drop", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(STATUS)
    assert client.get(STATUS).status_code == 200


def test_drop_async_transport() -> None:
    sim = Simulator(plugins={"volvo": BrandPlugin(routes=_routes)})
    sim.faults.add("drop")

    async def call() -> None:
        async with httpx.AsyncClient(transport=sim.async_transport(), base_url=sim.base_url) as client:
            await client.get(STATUS)

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(call())


def test_truncate_non_json_and_html(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("truncate", times=1)
    sim.faults.add("non_json", times=1, status=502)
    sim.faults.add("html", times=1)
    truncated, text, html = client.get(STATUS), client.get(STATUS), client.get(STATUS)
    with pytest.raises(ValueError, match=r"Expecting|Unterminated|Extra data"):
        truncated.json()
    assert truncated.headers["content-type"] == "application/json"
    assert int(truncated.headers["content-length"]) == len(truncated.content)
    assert text.status_code == 502
    assert not text.text.startswith("{")
    assert html.status_code == 503
    assert html.headers["content-type"].startswith("text/html")


def test_null_fields_by_path_or_everywhere(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("null_fields", fields=["data.centralLock.value", "data.doors.*.state"], times=1)
    sim.faults.add("null_fields", times=1)
    some, every = client.get(STATUS).json()["data"], client.get(STATUS).json()["data"]
    assert some["centralLock"] == {"value": None, "unit": None}
    assert [door["state"] for door in some["doors"]] == [None, None]
    assert some["vin"] == DOC["data"]["vin"]
    assert every["vin"] is None
    assert every["odometer"] is None
    assert every["doors"][0]["door"] is None


def test_unknown_enum_values(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("unknown_enum", times=1)
    sim.faults.add("unknown_enum", fields=["data.status"], value="BRAND_NEW", times=1)
    auto, chosen = client.get(STATUS).json()["data"], client.get(STATUS).json()["data"]
    assert auto["centralLock"]["value"] == "SIM_UNKNOWN_VALUE"
    assert auto["doors"][1] == {"door": "SIM_UNKNOWN_VALUE", "state": "SIM_UNKNOWN_VALUE"}
    assert auto["vin"] == DOC["data"]["vin"]
    assert auto["status"] == "Ok"
    assert chosen["status"] == "BRAND_NEW"
    assert chosen["centralLock"]["value"] == "LOCKED"


def test_matching_by_brand_host_method_and_path(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    fault = sim.faults.add("error", brand="volvo", host="api", method="post", path="/v1/vehicles/{vin}/status")
    assert client.get(STATUS).status_code == 200
    assert client.post("/bmw/api/v1/vehicles/X/status").status_code == 200
    assert client.post("/volvo/api/v1/other").status_code == 405
    assert client.post(STATUS).status_code == 500
    assert fault.fired == 1


def test_glob_and_regex_paths(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("error", path="/v1/**", status=502, times=1)
    sim.faults.add("error", path="^/v1/oth", status=504, times=1)
    assert client.get(STATUS).status_code == 502
    assert client.get("/volvo/api/v1/other").status_code == 504


def test_faults_apply_to_login_hosts_too(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("error", brand="volvo", host="auth", path="/as/token.oauth2", status=503, times=2)
    token_url = sim.endpoints("volvo").token_url
    assert [client.post(token_url).status_code for _ in range(3)] == [503, 503, 401]


def test_admin_paths_are_never_faulted(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("drop")
    assert client.get("/_admin/clock").status_code == 200


def test_probability_is_seeded_and_repeatable() -> None:
    def pattern(seed: int) -> list[int]:
        sim = Simulator(seed=seed, plugins={"volvo": BrandPlugin(routes=_routes)})
        sim.faults.add("error", probability=0.5)
        with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
            return [client.get(STATUS).status_code for _ in range(16)]

    first = pattern(1)
    assert first == pattern(1)
    assert set(first) == {200, 500}
    assert first != pattern(2)


def test_remove_clear_and_list(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    kept = sim.faults.add("error", path="/v1/other")
    removed = sim.faults.add("error", status=502)
    assert sim.faults.remove(removed.id)
    assert not sim.faults.remove(removed.id)
    assert [fault.id for fault in sim.faults.list()] == [kept.id]
    assert client.get(STATUS).status_code == 200
    sim.faults.clear()
    assert client.get("/volvo/api/v1/other").status_code == 200


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "explode"},
        {"kind": "error", "probability": 2},
        {"kind": "error", "times": 0},
        {"kind": "error", "status": 99},
        {"kind": "error", "colour": "red"},
        {"status": 500},
    ],
)
def test_bad_faults_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"kind|probability|times|status|field"):
        Fault.from_dict(bad)


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ({"brand": "Volvo"}, "unknown fault brand 'Volvo' (did you mean 'volvo'?); brands: volvo, bmw, ford, smartcar"),
        ({"brand": "volov"}, "unknown fault brand 'volov' (did you mean 'volvo'?); brands: volvo, bmw, ford, smartcar"),
        ({"brand": ["volvo"]}, "unknown fault brand ['volvo']; brands: volvo, bmw, ford, smartcar"),
        ({"brand": "bmw", "host": "portal"}, "unknown fault bmw host 'portal'; hosts: auth, api"),
        ({"host": "api.volvocars.com"}, "unknown fault host 'api.volvocars.com'; hosts: auth, api, portal, "),
    ],
)
def test_a_fault_for_a_brand_or_host_the_simulator_lacks_is_refused_naming_the_valid_ones(
    faulty: tuple[Simulator, httpx.Client], place: dict[str, Any], message: str
) -> None:
    sim, client = faulty
    with pytest.raises(ValueError, match=f"^{re.escape(message)}"):
        sim.faults.add("quota", **place)
    answer = client.post("/_admin/faults", json={"kind": "quota", **place})
    assert answer.status_code == 400
    assert answer.json()["error"].startswith(message)
    assert not sim.faults.list()
    assert sim.faults.add("quota", brand="volvo", host="portal").host == "portal"
    assert sim.faults.add("quota", host="autonomic").host == "autonomic"  # any brand's host without a brand


def test_admin_api_adds_lists_and_removes_faults(faulty: tuple[Simulator, httpx.Client]) -> None:
    _, client = faulty
    added = client.post("/_admin/faults", json={"kind": "rate_limit", "brand": "volvo", "times": 2, "retry_after": 3})
    assert added.status_code == 201
    assert client.get(STATUS).status_code == 429
    listed = client.get("/_admin/faults").json()
    assert listed[0]["fired"] == 1
    assert listed[0]["remaining"] == 1
    assert client.post("/_admin/faults", json={"kind": "nope"}).status_code == 400
    assert client.delete(f"/_admin/faults/{added.json()['id']}").status_code == 204
    assert client.delete("/_admin/faults/missing").status_code == 404
    client.post("/_admin/faults", json={"kind": "error"})
    assert client.delete("/_admin/faults").status_code == 204
    assert client.get(STATUS).status_code == 200


VENDOR_SHAPES = [(brand, name) for brand, shapes in VENDOR_ERRORS.items() for name in shapes]


@pytest.mark.parametrize(("brand", "name"), VENDOR_SHAPES, ids=[f"{brand}-{name}" for brand, name in VENDOR_SHAPES])
def test_vendor_fault_sends_the_documented_answer(
    faulty: tuple[Simulator, httpx.Client], brand: str, name: str
) -> None:
    sim, client = faulty
    shape = VENDOR_ERRORS[brand][name]
    sim.faults.add("vendor", brand=brand, shape=name, times=1)
    answer = client.get(f"/{brand}/api/v1/vehicles/VIN1/status")
    assert answer.status_code == shape.status
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {**answer.json(), **_stable(shape.body(sim.clock.now()))}
    assert answer.headers.get("retry-after") == (str(shape.retry_after) if shape.retry_after is not None else None)
    assert client.get(f"/{brand}/api/v1/vehicles/VIN1/status").status_code == 200


def _stable(body: object) -> dict[str, object]:
    """The members of a vendor body that do not change per answer (ids and timestamps do)."""
    assert isinstance(body, dict)
    fresh = ("operationId", "requestId", "exveErrorRef", "timestamp", "referenceId", "error_description", "message")
    return {key: value for key, value in body.items() if key not in fresh}


def test_vendor_fault_retry_after_and_validation(faulty: tuple[Simulator, httpx.Client]) -> None:
    sim, client = faulty
    sim.faults.add("vendor", brand="smartcar", shape="rate-limit-vehicle", retry_after=7, times=1)
    assert client.get("/smartcar/api/v1/vehicles/VIN1/status").headers["retry-after"] == "7"
    with pytest.raises(ValueError, match="shapes: invalid-api-key"):
        sim.faults.add("vendor", brand="volvo", shape="nope")
    with pytest.raises(ValueError, match="needs a brand"):
        Fault.from_dict({"kind": "vendor", "shape": "quota"})
    added = client.post("/_admin/faults", json={"kind": "vendor", "brand": "bmw", "shape": "cu-429-quota"})
    assert added.status_code == 201
    assert client.get("/bmw/api/v1/vehicles/VIN1/status").json()["exveErrorId"] == "CU-429"
