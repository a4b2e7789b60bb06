"""Client behaviour beyond single endpoints: the quota budget, retries, token refresh, containers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from carconnect.bmw import AsyncBmwClient, BmwAuth, BmwClient, EnsuredContainer, QuotaBudget, QuotaStatus
from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CarConnectError,
    ClientClosedError,
    ConflictError,
    FakeClock,
    QuotaExceededError,
    RequestTimeoutError,
    ServerError,
    StoreUnavailableError,
    Token,
    TransportError,
    VehicleUnavailableError,
)

Run = Callable[..., Awaitable[Any]]
RunOn = Callable[..., Awaitable[Any]]
MakeClient = Callable[..., BmwClient | AsyncBmwClient]
VIN = "WBA5P7C05N1234567"
MAPPINGS = "/customers/vehicles/mappings"
CONTAINERS = "/customers/containers"
QUOTA_BODY = {
    "exveErrorId": "CU-429",
    "exveErrorRef": "ref-9",
    "exveErrorMsg": "API rate limit reached",
    "exveNote": "Daily limit reached.",
}


def error(status: int, error_id: str) -> httpx.Response:
    return httpx.Response(status, json={"exveErrorId": error_id, "exveErrorMsg": "m", "exveNote": "n"})


# -- quota --------------------------------------------------------------------------------------


async def test_every_call_is_counted(run: Run, router: respx.MockRouter, client: Any) -> None:
    router.get(MAPPINGS).respond(200, json=[])
    for _ in range(3):
        await run("vehicle_mappings")
    assert client.quota.status().used == 3
    assert client.quota.remaining() == 47


async def test_local_refusal_spends_nothing(
    make_client: MakeClient, run_on: RunOn, router: respx.MockRouter, clock: FakeClock
) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])
    client = make_client(quota=QuotaBudget(limit=2, clock=clock))
    await run_on(client, "vehicle_mappings")
    await run_on(client, "vehicle_mappings")
    with pytest.raises(QuotaExceededError) as caught:
        await run_on(client, "vehicle_mappings")
    assert route.call_count == 2, "the refused call never reached BMW"
    assert caught.value.details["local"] is True
    assert caught.value.retry_after is not None


async def test_server_quota_error_is_mapped_and_blocks_the_budget(
    run: Run, router: respx.MockRouter, client: Any, clock: FakeClock
) -> None:
    clock.advance(12 * 3600)  # noon: long after the daily reset
    route = router.get(MAPPINGS).respond(403, json=QUOTA_BODY)
    with pytest.raises(QuotaExceededError) as caught:
        await run("vehicle_mappings")
    error = caught.value
    assert not isinstance(error, AuthenticationError)
    assert (error.status_code, error.code, error.request_id) == (403, "CU-429", "ref-9")
    midnight = datetime(2026, 1, 2, tzinfo=UTC)
    assert error.retry_after == (midnight - clock.now()).total_seconds()
    assert route.call_count == 1, "a quota error is not retried"
    assert client.quota.status().blocked_by_server
    with pytest.raises(QuotaExceededError):
        await run("vehicle_mappings")
    assert route.call_count == 1
    clock.advance(error.retry_after)
    route.respond(200, json=[])
    assert await run("vehicle_mappings") == []


async def test_quota_error_with_status_429_is_the_same_and_not_retried(
    make_client: MakeClient, run_on: RunOn, router: respx.MockRouter
) -> None:
    route = router.get(MAPPINGS).respond(429, json=QUOTA_BODY)
    with pytest.raises(QuotaExceededError) as caught:
        await run_on(make_client(retry=None), "vehicle_mappings")
    assert caught.value.status_code == 429
    assert route.call_count == 1


async def test_a_quota_error_reports_when_the_budget_lets_calls_go_again(
    run: Run, router: respx.MockRouter, clock: FakeClock
) -> None:
    """Whatever wait the answer states, the error's ``retry_after`` is when the local block ends."""
    router.get(MAPPINGS).respond(429, json=QUOTA_BODY, headers={"Retry-After": "30"})
    with pytest.raises(QuotaExceededError) as answered:
        await run("vehicle_mappings")
    clock.advance(31)
    with pytest.raises(QuotaExceededError) as refused:
        await run("vehicle_mappings")
    assert refused.value.details["local"] is True
    assert refused.value.retry_after is not None
    assert answered.value.retry_after == pytest.approx(refused.value.retry_after + 31)


class BrokenLedger(QuotaBudget):
    """A budget whose ledger fails once calls are counted (a Redis or disk outage mid-call)."""

    def status(self) -> QuotaStatus:
        raise StoreUnavailableError("ledger unavailable")

    def mark_exhausted(self) -> None:
        raise StoreUnavailableError("ledger unavailable")


@pytest.mark.parametrize("answer", [error(404, "CU-126"), httpx.Response(403, json=QUOTA_BODY)], ids=["404", "quota"])
async def test_a_failing_ledger_never_hides_bmws_answer(
    answer: httpx.Response, make_client: MakeClient, run_on: RunOn, router: respx.MockRouter, clock: FakeClock
) -> None:
    router.get(MAPPINGS).mock(return_value=answer)
    client = make_client(quota=BrokenLedger(clock=clock))
    with pytest.raises(ApiError) as caught:
        await run_on(client, "vehicle_mappings")
    assert caught.value.status_code == answer.status_code
    assert "calls_left" not in caught.value.details


async def test_one_budget_shared_by_a_sync_and_an_async_client(router: respx.MockRouter, clock: FakeClock) -> None:
    router.get(MAPPINGS).respond(200, json=[])
    budget = QuotaBudget(limit=2, clock=clock)
    transport = httpx.MockTransport(router.handler)
    with BmwClient("t", transport=transport, quota=budget, clock=clock) as sync_client:
        sync_client.vehicle_mappings()
    async with AsyncBmwClient("t", transport=transport, quota=budget, clock=clock) as async_client:
        await async_client.vehicle_mappings()
        with pytest.raises(QuotaExceededError):
            await async_client.vehicle_mappings()


async def test_a_file_budget_survives_a_new_client(
    make_client: MakeClient, run_on: RunOn, router: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    router.get(MAPPINGS).respond(200, json=[])
    path = tmp_path / "quota.json"
    await run_on(make_client(quota=QuotaBudget(path, clock=clock)), "vehicle_mappings")
    assert make_client(quota=QuotaBudget(path, clock=clock)).quota.status().used == 1


async def test_a_failed_read_is_not_retried_and_says_how_many_calls_are_left(
    run: Run, router: respx.MockRouter, client: Any, clock: FakeClock
) -> None:
    route = router.get(MAPPINGS)
    route.side_effect = [error(503, "CU-503"), httpx.Response(200, json=[])]
    with pytest.raises(VehicleUnavailableError) as caught:
        await run("vehicle_mappings")
    assert route.call_count == 1
    assert client.quota.status().used == 1
    assert (caught.value.details["calls_left"], caught.value.details["limit"]) == (49, 50)
    assert clock.sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ProxyError("407 Proxy Authentication Required"),
        httpx.UnsupportedProtocol("Request URL has an unsupported protocol"),
    ],
    ids=["connect", "proxy", "protocol"],
)
async def test_a_request_that_never_left_is_refunded(
    run: Run, router: respx.MockRouter, client: Any, failure: Exception
) -> None:
    router.get(MAPPINGS).mock(side_effect=failure)
    with pytest.raises(TransportError) as caught:
        await run("vehicle_mappings")
    assert client.quota.status().used == 0
    assert not caught.value.may_have_run


class HookFailedError(Exception):
    pass


@pytest.mark.parametrize(("hook", "reached_bmw"), [("request", False), ("response", True)])
async def test_a_failing_hook_counts_the_call_only_if_it_reached_bmw(
    make_client: MakeClient, run_on: RunOn, router: respx.MockRouter, hook: str, reached_bmw: bool
) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])

    def fail(message: httpx.Request | httpx.Response) -> None:
        raise HookFailedError(f"the {hook} hook failed")

    async def afail(message: httpx.Request | httpx.Response) -> None:
        fail(message)

    sync = isinstance(make_client(), BmwClient)
    client = make_client(event_hooks={hook: [fail if sync else afail]})
    with pytest.raises(HookFailedError):
        await run_on(client, "vehicle_mappings")
    assert route.called is reached_bmw  # a request hook runs before the transport's turn
    assert client.quota.status().used == int(reached_bmw)


async def test_a_request_refused_by_a_closed_own_client_is_refunded(
    make_client: MakeClient, run_on: RunOn, router: respx.MockRouter
) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])
    own: httpx.Client | httpx.AsyncClient
    sync = isinstance(make_client(), BmwClient)
    own = httpx.Client() if sync else httpx.AsyncClient()
    client = make_client(http_client=own, transport=None)
    own.close() if isinstance(own, httpx.Client) else await own.aclose()
    with pytest.raises(ClientClosedError, match="nothing was sent"):
        await run_on(client, "vehicle_mappings")
    assert not route.called
    assert client.quota.status().used == 0


# -- retries and commands ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        error(502, "CU-500"),
        error(504, "CU-500"),
        httpx.Response(429, json={"message": "slow down"}, headers={"Retry-After": "1"}),
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("Server disconnected"),
    ],
    ids=["502", "504", "429-retry-after", "read-timeout", "reset"],
)
async def test_no_read_that_may_have_reached_bmw_is_sent_again(
    run: Run, router: respx.MockRouter, client: Any, failure: httpx.Response | Exception
) -> None:
    route = router.get(f"/customers/vehicles/{VIN}/basicData")
    route.side_effect = [failure, httpx.Response(200, json={"vin": VIN})]
    with pytest.raises(CarConnectError):
        await run("basic_data", VIN)
    assert route.call_count == 1
    assert client.quota.status().used == 1


async def test_a_read_that_never_reached_bmw_is_sent_again_and_counted_once(
    run: Run, router: respx.MockRouter, client: Any
) -> None:
    route = router.get(f"/customers/vehicles/{VIN}/basicData")
    route.side_effect = [httpx.ConnectError("refused"), httpx.Response(200, json={"vin": VIN})]
    assert (await run("basic_data", VIN)).vin == VIN
    assert route.call_count == 2
    assert client.quota.status().used == 1


async def test_a_plain_500_is_not_retried(run: Run, router: respx.MockRouter) -> None:
    route = router.get(MAPPINGS).mock(return_value=error(500, "CU-500"))
    with pytest.raises(ServerError):
        await run("vehicle_mappings")
    assert route.call_count == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503, json={"exveErrorId": "CU-503"}),
        httpx.Response(502, json={"exveErrorId": "CU-500"}),
        httpx.ReadTimeout("no answer"),
    ],
    ids=["503", "502", "read-timeout"],
)
async def test_container_creation_is_never_sent_twice(
    run: Run, router: respx.MockRouter, client: Any, failure: httpx.Response | Exception
) -> None:
    route = router.post(CONTAINERS)
    route.side_effect = [failure, httpx.Response(201, json={"containerId": "c0ffee1234567"})]
    with pytest.raises((ServerError, VehicleUnavailableError, RequestTimeoutError)):
        await run("create_container", ["vehicle.cabin.door.status"], name="n", purpose="p")
    assert route.call_count == 1
    assert client.quota.status().used == 1


async def test_creation_is_retried_when_it_never_reached_bmw(run: Run, router: respx.MockRouter) -> None:
    route = router.post(CONTAINERS)
    route.side_effect = [httpx.ConnectError("refused"), httpx.Response(201, json={"containerId": "c0ffee1234567"})]
    created = await run("create_container", ["vehicle.cabin.door.status"], name="n", purpose="p")
    assert created.container_id == "c0ffee1234567"
    assert route.call_count == 2


# -- authentication --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rejection",
    [error(401, "CU-102"), httpx.Response(401, json={"exveErrorId": "", "exveErrorMsg": "Unauthorized"})],
    ids=["CU-102", "401-without-id"],
)
async def test_401_refreshes_the_token_and_replays_once(
    rejection: httpx.Response,
    make_client: MakeClient,
    run_on: RunOn,
    router: respx.MockRouter,
    gcdm: respx.MockRouter,
    auth: BmwAuth,
    clock: FakeClock,
) -> None:
    old = Token("old-access", refresh_token="old-refresh", expires_at=clock.now() + timedelta(hours=1))
    gcdm.post("/gcdm/oauth/token").respond(
        200, json={"access_token": "new-access", "refresh_token": "new-refresh", "expires_in": 3599, "gcid": "g"}
    )
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return rejection if len(seen) == 1 else httpx.Response(200, json=[])

    router.get(MAPPINGS).mock(side_effect=answer)
    manager = auth.token_manager(old)
    assert await run_on(make_client(manager), "vehicle_mappings") == []
    assert seen == ["Bearer old-access", "Bearer new-access"]
    token = manager.token
    assert token is not None
    assert token.refresh_token == "new-refresh"


async def test_a_fixed_token_rejected_twice_raises(run: Run, router: respx.MockRouter) -> None:
    router.get(MAPPINGS).mock(return_value=error(401, "CU-101"))
    with pytest.raises(AuthenticationError) as caught:
        await run("vehicle_mappings")
    assert caught.value.code == "CU-101"


# -- containers --------------------------------------------------------------------------------

DESCRIPTORS = ["vehicle.vehicle.travelledDistance", "vehicle.cabin.door.status", "vehicle.vehicle.travelledDistance"]


def listing(*containers: dict[str, Any]) -> dict[str, Any]:
    return {"containers": list(containers)}


async def test_ensure_container_creates_once_then_reuses(run: Run, router: respx.MockRouter) -> None:
    create = router.post(CONTAINERS).respond(
        201, json={"containerId": "new0000000001", "state": "ACTIVE", "technicalDescriptors": []}
    )
    router.get(CONTAINERS).respond(200, json=listing())
    created = await run("ensure_container", DESCRIPTORS)
    assert isinstance(created, EnsuredContainer)
    assert created.created
    assert created.container_id == "new0000000001"
    assert created.descriptors == ("vehicle.cabin.door.status", "vehicle.vehicle.travelledDistance")
    body = httpx.Response(200, content=create.calls.last.request.content).json()
    assert body["name"] == created.name
    assert body["name"].startswith("carconnect-")
    assert body["technicalDescriptors"] == list(created.descriptors)

    router.get(CONTAINERS).respond(
        200,
        json=listing(
            {"containerId": "old0000000001", "name": created.name, "state": "DELETED"},
            {"containerId": "new0000000001", "name": created.name, "state": "ACTIVE"},
        ),
    )
    reused = await run("ensure_container", reversed(DESCRIPTORS))
    assert reused == EnsuredContainer("new0000000001", created.name, created.descriptors, created=False)
    assert create.call_count == 1


async def test_ensure_container_names_differ_per_descriptor_set(run: Run, router: respx.MockRouter) -> None:
    router.get(CONTAINERS).respond(200, json=listing())
    router.post(CONTAINERS).respond(201, json={"containerId": "x000000000001"})
    first = await run("ensure_container", ["a.b"])
    second = await run("ensure_container", ["a.c"], prefix="home")
    assert first.name != second.name
    assert second.name.startswith("home-")


async def test_ensure_container_refuses_locally_when_the_account_is_full(run: Run, router: respx.MockRouter) -> None:
    full = [{"containerId": f"c{n:012d}", "name": f"other-{n}", "state": "ACTIVE"} for n in range(10)]
    router.get(CONTAINERS).respond(200, json=listing(*full, {"containerId": "d000000000000", "state": "DELETED"}))
    create = router.post(CONTAINERS).respond(201, json={"containerId": "x000000000001"})
    with pytest.raises(ConflictError) as caught:
        await run("ensure_container", ["a.b"])
    assert caught.value.code == "CU-124"
    assert not create.called


async def test_ensure_container_needs_descriptors(run: Run) -> None:
    with pytest.raises(ValueError, match="descriptor"):
        await run("ensure_container", [" "])


async def test_server_container_limit_is_a_conflict(run: Run, router: respx.MockRouter) -> None:
    router.post(CONTAINERS).mock(return_value=error(400, "CU-124"))
    with pytest.raises(ConflictError) as caught:
        await run("create_container", ["a.b"], name="n", purpose="p")
    assert caught.value.code == "CU-124"


async def test_an_error_answer_reads_a_file_ledger_off_the_event_loop(
    router: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    import threading

    class Watched(QuotaBudget):
        readers: list[threading.Thread] = []

        def status(self) -> QuotaStatus:
            self.readers.append(threading.current_thread())
            return super().status()

    router.get(MAPPINGS).mock(return_value=error(404, "CU-126"))
    budget = Watched(tmp_path / "quota.json", clock=clock)
    async with AsyncBmwClient("t", transport=httpx.MockTransport(router.handler), quota=budget, clock=clock) as client:
        with pytest.raises(ApiError) as caught:
            await client.vehicle_mappings()
    assert caught.value.details["calls_left"] == 49
    assert Watched.readers
    assert threading.current_thread() not in Watched.readers


# -- input checked before any call ---------------------------------------------------------------

VIN_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("basic_data", (), {}),
    ("vehicle_image", (), {}),
    ("telematic_data", ("c0ffee1234567",), {}),
    ("charging_history", (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)), {}),
    ("iter_charging_history", (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)), {}),
    ("charging_settings", (), {}),
    ("iter_charging_settings", (), {}),
    ("tyre_diagnosis", (), {}),
]


@pytest.mark.parametrize(("method", "args", "kwargs"), VIN_CALLS, ids=[call[0] for call in VIN_CALLS])
@pytest.mark.parametrize("vin", [VIN.lower(), VIN[:-1], f"{VIN} ", "WBA5P7C05N12345/7", None], ids=repr)
async def test_a_malformed_vin_is_refused_before_it_spends_a_call(
    run: Run,
    router: respx.MockRouter,
    client: Any,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    vin: str,
) -> None:
    with pytest.raises(BadRequestError) as caught:
        await run(method, vin, *args, **kwargs)
    assert caught.value.code == "CU-120"
    assert caught.value.details["local"] is True
    assert not router.calls, "nothing is sent"
    assert client.quota.status().used == 0, "nothing is counted"


CONTAINER_CALLS: list[tuple[str, tuple[Any, ...]]] = [
    ("container", ()),
    ("delete_container", ()),
    ("telematic_data", (VIN,)),
]


@pytest.mark.parametrize(("method", "before"), CONTAINER_CALLS, ids=[call[0] for call in CONTAINER_CALLS])
@pytest.mark.parametrize("container_id", ["c0ffee123456", "c0ffee12345678", "", None], ids=repr)
async def test_a_malformed_container_id_is_refused_before_it_spends_a_call(
    run: Run, router: respx.MockRouter, client: Any, method: str, before: tuple[Any, ...], container_id: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        await run(method, *before, container_id)
    assert caught.value.code == "CU-121"
    assert caught.value.details == {"local": True, "parameter": "container_id"}
    assert not router.calls, "nothing is sent"
    assert client.quota.status().used == 0, "nothing is counted"


async def test_a_lower_case_vin_is_refused_with_a_hint(run: Run) -> None:
    with pytest.raises(BadRequestError, match="upper case"):
        await run("basic_data", VIN.lower())


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [("create_container", {"name": "n", "purpose": "p"}), ("ensure_container", {})],
    ids=["create_container", "ensure_container"],
)
@pytest.mark.parametrize("descriptors", ["vehicle.vehicle.travelledDistance", [], [" "]], ids=repr)
async def test_descriptors_that_are_one_string_or_none_are_refused_before_any_call(
    run: Run, router: respx.MockRouter, client: Any, method: str, kwargs: dict[str, Any], descriptors: Any
) -> None:
    with pytest.raises(ValueError, match="descriptor"):
        await run(method, descriptors, **kwargs)
    assert not router.calls, "one string would be sent as its letters, none as an empty container"
    assert client.quota.status().used == 0
