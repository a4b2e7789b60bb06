"""End to end against the simulator over loopback: device login, every endpoint, paging, containers, quota.

The simulator and the client share one fake clock, so polling intervals, token lifetimes and the
quota's midnight pass instantly.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from carconnect.bmw import (
    AsyncBmwClient,
    BmwAuth,
    BmwClient,
    EnsuredContainer,
    QuotaBudget,
    VehicleImage,
    gcid_of,
    models,
    streaming_credentials,
)
from carconnect.bmw.containers import name_for
from carconnect.core import (
    AuthenticationError,
    ConflictError,
    FakeClock,
    FileTokenStore,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    ReauthorizationRequiredError,
    ServerError,
    Token,
    TransportError,
    VehicleUnavailableError,
)
from carconnect.core.oauth import DeviceAuthorization
from carconnect.sim import DEMO_CLIENTS, FaultKind, Simulator
from carconnect.sim.brands.bmw import cardata_state, quota_used

START = datetime(2025, 9, 1, tzinfo=UTC)
END = datetime(2026, 1, 2, tzinfo=UTC)
DESCRIPTORS = ["vehicle.vehicle.travelledDistance", "vehicle.drivetrain.batteryManagement.header"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


@pytest.fixture
def auth(sim: Simulator, clock: FakeClock) -> Iterator[BmwAuth]:
    with BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=clock) as client:
        yield client


@pytest.fixture
def token(sim: Simulator) -> str:
    return str(sim.issue_token("bmw")["access_token"])


def approve_in_browser(device: DeviceAuthorization) -> None:
    """What the user does: open the verification page and allow the code."""
    with httpx.Client(timeout=5) as browser:
        page = browser.get(device.verification_uri_complete)
        assert page.status_code == 200
        assert device.user_code in page.text
        action = re.search(r"action='([^']+)'", page.text)
        assert action is not None
        done = browser.post(
            httpx.URL(device.verification_uri).join(action.group(1)),
            data={"user_code": device.user_code, "decision": "approve"},
        )
        assert done.status_code == 200


def test_device_login_then_api_then_refresh(sim: Simulator, auth: BmwAuth, clock: FakeClock, tmp_path: Path) -> None:
    sim.options.update({"device_auto_approve_after": None})
    token = auth.login(approve_in_browser)
    owner = sim.fleet.owner("bmw")
    assert gcid_of(token) == owner.id
    assert streaming_credentials(token).username == owner.id
    assert token.refresh_token

    store = FileTokenStore(tmp_path / "bmw-token.json")
    store.save(token)
    with BmwClient(auth.token_manager(store), base_url=sim.url("bmw", "api"), clock=clock) as client:
        mappings = client.vehicle_mappings()
        assert {mapping.vin for mapping in mappings} == {car.vin for car in sim.fleet.vehicles("bmw")}
        assert client.basic_data(mappings[0].vin).vin == mappings[0].vin

        clock.advance(3600)
        client.vehicle_mappings()
        refreshed = store.load()
        assert refreshed is not None
        assert refreshed.refresh_token != token.refresh_token, "rotated and persisted"
        assert gcid_of(refreshed) == owner.id

    with pytest.raises(ReauthorizationRequiredError):
        auth.refresh(token)  # the old refresh token was rotated away


async def test_async_device_login_with_auto_approval(sim: Simulator, auth: BmwAuth, clock: FakeClock) -> None:
    shown: list[DeviceAuthorization] = []
    token = await auth.alogin(shown.append)
    assert shown[0].code_verifier is not None
    assert token.id_token
    async with AsyncBmwClient(auth.token_manager(token), base_url=sim.url("bmw", "api"), clock=clock) as client:
        assert len(await client.vehicle_mappings()) == 3
    await auth.aclose()


@pytest.fixture
async def made(sim: Simulator, clock: FakeClock) -> AsyncIterator[Callable[..., Any]]:
    """Builds sync or async clients on the simulator's API; closes them after the test."""
    clients: list[BmwClient | AsyncBmwClient] = []

    def make(kind: str, credentials: Any) -> Any:
        cls = BmwClient if kind == "sync" else AsyncBmwClient
        clients.append(cls(credentials, base_url=sim.url("bmw", "api"), clock=clock))
        return clients[-1]

    yield make
    for client in clients:
        if isinstance(client, AsyncBmwClient):
            await client.aclose()
        else:
            client.close()


async def plain(result: Any) -> Any:
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    if hasattr(result, "__await__"):
        return await result
    if hasattr(result, "__next__"):
        return list(result)
    return result


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_every_endpoint(kind: str, sim: Simulator, token: str, made: Callable[..., Any]) -> None:
    client = made(kind, token)

    async def run(method: str, *args: Any, **kwargs: Any) -> Any:
        return await plain(getattr(client, method)(*args, **kwargs))

    mappings = await run("vehicle_mappings")
    by_type = {}
    for mapping in mappings:
        data = await run("basic_data", mapping.vin)
        assert isinstance(data, models.VehicleBasicData)
        by_type[data.propulsion_type] = mapping.vin
    bev, ice = by_type["BEV"], by_type["ICE"]

    image = await run("vehicle_image", bev)
    assert isinstance(image, VehicleImage)
    assert image.content_type == "image/png"
    assert image.content.startswith(b"\x89PNG")
    with pytest.raises(NotFoundError) as no_image:
        await run("vehicle_image", ice)
    assert no_image.value.code == "CU-126"

    ensured = await run("ensure_container", DESCRIPTORS)
    assert isinstance(ensured, EnsuredContainer)
    assert ensured.created
    assert ensured.name == name_for(reversed(DESCRIPTORS))
    assert (await run("ensure_container", reversed(DESCRIPTORS))).container_id == ensured.container_id
    details = await run("container", ensured.container_id)
    assert details.technical_descriptors == sorted(DESCRIPTORS)
    listing = await run("containers")
    assert [container.container_id for container in listing.containers] == [ensured.container_id]
    values = (await run("telematic_data", bev, ensured.container_id)).telematic_data.additional_properties
    assert values["vehicle.vehicle.travelledDistance"].unit == "km"
    assert float(values["vehicle.drivetrain.batteryManagement.header"].value) > 0

    page = await run("charging_history", bev, START, END)
    assert page.next_token, "the simulator pages charging history"
    sessions = await run("iter_charging_history", bev, START, END)
    assert len(sessions) > len(page.data)
    assert len({session.start_time for session in sessions}) == len(sessions)
    assert all(session.mileage_units is models.MileageUnit.KM for session in sessions)

    settings = await run("iter_charging_settings", bev)
    assert len(settings) == 3
    first_page = await run("charging_settings", bev)
    assert isinstance(first_page.next_token, str)
    with pytest.raises(NotFoundError) as no_settings:
        await run("charging_settings", ice)
    assert no_settings.value.code == "CU-127"

    diagnosis = await run("tyre_diagnosis", bev)
    assert diagnosis.passenger_car.mounted_tyres.front_left.tyre_wear.unit is models.DistanceUnit.KILOMETER

    await run("delete_container", ensured.container_id)
    with pytest.raises(ConflictError) as twice:
        await run("delete_container", ensured.container_id)
    assert twice.value.code == "CU-122"
    with pytest.raises(PermissionDeniedError) as foreign:
        await run("telematic_data", bev, "unknown123456")
    assert foreign.value.code == "CU-105"

    assert client.quota.status().used == quota_used(sim.state, sim.fleet.owner("bmw").id)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_container_limit(kind: str, token: str, made: Callable[..., Any]) -> None:
    client = made(kind, token)
    for n in range(10):
        await plain(client.create_container([f"vehicle.test.descriptor{n}"], name=f"c{n}", purpose="limit"))
    with pytest.raises(ConflictError) as server_side:
        await plain(client.create_container(["vehicle.test.more"], name="c10", purpose="limit"))
    assert server_side.value.status_code == 400
    used = client.quota.status().used
    with pytest.raises(ConflictError) as local:
        await plain(client.ensure_container(["vehicle.test.more"]))
    assert local.value.details == {"local": True}
    assert client.quota.status().used == used + 1, "only the listing was spent"


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_quota_server_side_then_local(kind: str, sim: Simulator, token: str, made: Callable[..., Any]) -> None:
    cardata_state(sim.state).quota_limit = 3
    client = made(kind, token)
    for _ in range(3):
        await plain(client.vehicle_mappings())
    with pytest.raises(QuotaExceededError) as server:
        await plain(client.vehicle_mappings())
    assert (server.value.status_code, server.value.code) == (403, "CU-429")
    assert server.value.retry_after == 16 * 3600, "until midnight UTC"
    with pytest.raises(QuotaExceededError) as local:
        await plain(client.vehicle_mappings())
    assert local.value.status_code is None
    assert quota_used(sim.state, sim.fleet.owner("bmw").id) == 3, "the local refusal never reached the simulator"


def test_shared_budget_refuses_before_bmw_would(sim: Simulator, token: str, clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "quota.json"
    for _ in range(2):
        with BmwClient(token, base_url=sim.url("bmw", "api"), clock=clock, quota=QuotaBudget(path, limit=3)) as client:
            client.vehicle_mappings()
    with BmwClient(token, base_url=sim.url("bmw", "api"), clock=clock, quota=QuotaBudget(path, limit=3)) as client:
        client.vehicle_mappings()
        with pytest.raises(QuotaExceededError):
            client.vehicle_mappings()
    assert quota_used(sim.state, sim.fleet.owner("bmw").id) == 3


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("fault", ["error", "drop"])
async def test_container_creation_is_never_resent(
    kind: str, fault: FaultKind, sim: Simulator, token: str, made: Callable[..., Any]
) -> None:
    injected = sim.faults.add(fault, brand="bmw", host="api", method="POST", status=503, times=1)
    client = made(kind, token)
    with pytest.raises((ServerError, VehicleUnavailableError, TransportError)):
        await plain(client.create_container(DESCRIPTORS, name="once", purpose="p"))
    assert injected.fired == 1
    assert (await plain(client.containers())).containers == [], "nothing was created by a second attempt"


def test_a_503_is_not_retried_and_spends_one_call(sim: Simulator, token: str, clock: FakeClock) -> None:
    injected = sim.faults.add("error", brand="bmw", host="api", method="GET", status=503, times=1)
    with BmwClient(token, base_url=sim.url("bmw", "api"), clock=clock) as client:
        with pytest.raises(VehicleUnavailableError) as caught:
            client.vehicle_mappings()
        assert caught.value.details["calls_left"] == 49
        assert client.quota.status().used == 1, "the failed attempt counted"
        assert len(client.vehicle_mappings()) == 3, "the caller decides to call again"
    assert injected.fired == 1


def test_expired_tokens(sim: Simulator, token: str, clock: FakeClock) -> None:
    clock.advance(3600)
    with BmwClient(token, base_url=sim.url("bmw", "api"), clock=clock) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.vehicle_mappings()
        assert (caught.value.status_code, caught.value.code) == (401, "CU-102")
    with (
        BmwClient(Token(token), base_url=sim.url("bmw", "api"), clock=clock) as client,
        pytest.raises(ReauthorizationRequiredError),
    ):
        client.vehicle_mappings()  # rejected, and nothing to refresh it with
