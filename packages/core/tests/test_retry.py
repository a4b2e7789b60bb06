"""Backoff, Retry-After, the command rules, the deadline and the retry budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    CarConnectAuth,
    ErrorDetails,
    FakeClock,
    Policy,
    RateLimitError,
    RequestTimeoutError,
    RetryBudget,
    RetryPolicy,
    acall_detailed,
    call_detailed,
    parse_retry_after,
)

API = "https://api.example.test"


class Http:
    """Requests through the policy pipeline, as a brand client sends them; the final status or error status."""

    def __init__(self, router: respx.Router, clock: FakeClock, retry: RetryPolicy) -> None:
        auth = CarConnectAuth(None, retry=retry, clock=clock)
        self.client = httpx.Client(base_url=API, transport=httpx.MockTransport(router.handler), auth=auth)

    def status(self, method: str, path: str) -> int:
        try:
            return call_detailed(self.client.request, method, path).status_code
        except ApiError as error:
            return error.status_code or 0

    def get(self, path: str) -> int:
        return self.status("GET", path)

    def post(self, path: str) -> int:
        return self.status("POST", path)


def client(router: respx.Router, clock: FakeClock, **policy: object) -> Http:
    return Http(router, clock, RetryPolicy(rng=lambda: 0.0, **policy))  # type: ignore[arg-type]


@pytest.fixture
def router() -> respx.Router:
    return respx.Router(base_url=API, assert_all_called=False)


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after({"retry-after": "7"}) == 7
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "250"}) == 0.25
    http_date = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after({"retry-after": http_date}, now) == 30
    assert parse_retry_after({"retry-after": "garbage"}) is None
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 +99999999999999999999"}) is None
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after": format_datetime(now - timedelta(hours=1), usegmt=True)}, now) == 0
    for not_a_wait in ("nan", "inf", "-inf", "-5", "-0.5"):
        assert parse_retry_after({"retry-after": not_a_wait}) is None
        assert parse_retry_after({"retry-after-ms": not_a_wait}) is None


def test_a_wait_stated_in_the_error_body_counts_as_retry_after(clock: FakeClock) -> None:
    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"message": "Rate limit is exceeded. Try again in 40 seconds."})

    def stated_wait(status: int, body: object, headers: object) -> ErrorDetails:
        return ErrorDetails(retry_after=40.0)

    auth = CarConnectAuth(None, retry=RetryPolicy(rng=lambda: 0.0), clock=clock, error_mapper=stated_wait)
    with (
        httpx.Client(base_url=API, transport=httpx.MockTransport(limited), auth=auth) as http,
        pytest.raises(RateLimitError) as raised,
    ):
        call_detailed(http.get, "/x")
    assert clock.sleeps == [40.0]  # a second wait of 40 s would overrun the 60 s deadline
    assert raised.value.retry_after == 40.0


def test_reads_retry_with_exponential_backoff(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/odometer").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(504), httpx.Response(200)]
    )
    assert client(router, clock).get("/odometer") == 200
    assert route.call_count == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_jitter_shrinks_delays(router: respx.Router, clock: FakeClock) -> None:
    router.get("/x").mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    Http(router, clock, RetryPolicy(rng=lambda: 1.0, jitter=0.5)).get("/x")
    assert clock.sleeps == [0.25]


def test_gives_up_after_max_retries(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").respond(503)
    assert client(router, clock, max_retries=2).get("/x") == 503
    assert route.call_count == 3


@pytest.mark.parametrize(
    "header", ["3", format_datetime(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=3), usegmt=True)]
)
def test_retry_after_seconds_and_http_date(router: respx.Router, header: str) -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    router.get("/x").mock(side_effect=[httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200)])
    # the HTTP date is read against the injected clock
    assert client(router, clock).get("/x") == 200
    assert clock.sleeps == [3]


@pytest.mark.parametrize(
    "header",
    [
        "0",
        format_datetime(datetime(2026, 1, 1, tzinfo=UTC) - timedelta(hours=1), usegmt=True),
        {"retry-after-ms": "0"},
    ],
)
def test_a_retry_never_comes_sooner_than_the_backoff(router: respx.Router, header: str | dict[str, str]) -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    headers = header if isinstance(header, dict) else {"Retry-After": header}
    route = router.get("/x").respond(503, headers=headers)
    assert client(router, clock).get("/x") == 503
    assert route.call_count == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]  # the backoff, not three immediate retries


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Retry-After": "-5"},
        {"Retry-After": "soon"},
        {"Retry-After": "0"},
        {"retry-after-ms": "0"},
        {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
    ],
)
def test_a_rate_limit_that_states_no_wait_is_not_retried(
    router: respx.Router, clock: FakeClock, headers: dict[str, str]
) -> None:
    route = router.get("/x").respond(429, headers=headers)
    assert client(router, clock).get("/x") == 429
    assert route.call_count == 1  # a retry within seconds would only count against the limit
    assert clock.sleeps == []


def test_a_rate_limit_that_states_no_wait_is_not_retried_even_when_a_policy_forces_retries(
    router: respx.Router, clock: FakeClock
) -> None:
    class ForcesEverything(Policy):
        def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool:
            return True

    route = router.post("/batch").respond(429)
    auth = CarConnectAuth(None, retry=RetryPolicy(rng=lambda: 0.0), clock=clock, policies=[ForcesEverything()])
    with (
        httpx.Client(base_url=API, transport=httpx.MockTransport(router.handler), auth=auth) as http,
        pytest.raises(RateLimitError),
    ):
        call_detailed(http.post, "/batch")
    assert route.call_count == 1
    assert clock.sleeps == []


def test_a_stated_wait_shorter_than_the_backoff_is_lengthened_to_it(router: respx.Router, clock: FakeClock) -> None:
    router.get("/x").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(503),
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200),
        ]
    )
    assert client(router, clock).get("/x") == 200
    assert clock.sleeps == [0.5, 1.0, 2.0]  # the third retry's backoff is 2 s, longer than the 1 s stated


def test_an_error_reads_a_retry_after_date_on_the_client_clock(router: respx.Router) -> None:
    clock = FakeClock(datetime(2040, 1, 1, tzinfo=UTC))
    later = format_datetime(clock.now() + timedelta(hours=1), usegmt=True)
    router.get("/x").respond(429, headers={"Retry-After": later})
    auth = CarConnectAuth(None, retry=RetryPolicy(), clock=clock)
    with (
        httpx.Client(base_url=API, transport=httpx.MockTransport(router.handler), auth=auth) as http,
        pytest.raises(RateLimitError) as raised,
    ):
        call_detailed(http.get, "/x")
    assert raised.value.retry_after == 3600
    assert clock.sleeps == []  # an hour is beyond the retry policy's cap


def test_retry_after_longer_than_cap_is_not_waited(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").respond(429, headers={"Retry-After": "3600"})
    assert client(router, clock).get("/x") == 429
    assert route.call_count == 1
    assert clock.sleeps == []


def test_connect_errors_are_retried_for_commands(router: respx.Router, clock: FakeClock) -> None:
    route = router.post("/lock").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200)])
    assert client(router, clock).post("/lock") == 200
    assert route.call_count == 2


def test_command_is_never_resent_after_read_timeout(router: respx.Router, clock: FakeClock) -> None:
    route = router.post("/lock").mock(side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200)])
    with pytest.raises(RequestTimeoutError):
        client(router, clock).post("/lock")
    assert route.call_count == 1


def test_read_is_retried_after_read_timeout(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").mock(side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200)])
    assert client(router, clock).get("/x") == 200
    assert route.call_count == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_command_not_resent_on_5xx_without_retry_after(router: respx.Router, clock: FakeClock, status: int) -> None:
    route = router.post("/lock").respond(status)
    assert client(router, clock).post("/lock") == status
    assert route.call_count == 1


@pytest.mark.parametrize("status", [429, 503])
def test_command_resent_when_server_says_not_processed(router: respx.Router, clock: FakeClock, status: int) -> None:
    route = router.post("/lock").mock(
        side_effect=[httpx.Response(status, headers={"Retry-After": "2"}), httpx.Response(200)]
    )
    assert client(router, clock).post("/lock") == 200
    assert route.call_count == 2
    assert clock.sleeps == [2]


def test_500_is_not_retried_by_default(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").respond(500)
    assert client(router, clock).get("/x") == 500
    assert route.call_count == 1


def test_deadline_bounds_total_time(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").respond(503, headers={"Retry-After": "20"})
    assert client(router, clock, deadline=45.0, max_retries=10).get("/x") == 503
    assert route.call_count == 3
    assert sum(clock.sleeps) == 40


def test_budget_stops_retry_storms(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").respond(503)
    shared = RetryBudget(ratio=0.1, capacity=5)
    http = client(router, clock, budget=shared, max_retries=3)
    for _ in range(50):
        http.get("/x")
    # 50 requests + at most capacity + 50 * ratio retries, instead of 200 attempts without a budget
    assert route.call_count <= 50 + 5 + 5 + 1
    assert shared.balance < 1


async def test_async_calls_follow_the_same_rules(router: respx.Router, clock: FakeClock) -> None:
    read = router.get("/x").mock(side_effect=[httpx.ConnectTimeout("c"), httpx.Response(503), httpx.Response(200)])
    command = router.post("/lock").mock(side_effect=[httpx.ReadTimeout("r"), httpx.Response(200)])
    auth = CarConnectAuth(None, retry=RetryPolicy(rng=lambda: 0.0), clock=clock)
    async with httpx.AsyncClient(base_url=API, transport=httpx.MockTransport(router.async_handler), auth=auth) as http:
        assert (await acall_detailed(http.get, "/x")).status_code == 200
        with pytest.raises(RequestTimeoutError):
            await acall_detailed(http.post, "/lock")
    assert read.call_count == 3
    assert command.call_count == 1
    assert clock.sleeps == [0.5, 1.0]


def test_policy_fields_are_validated() -> None:
    for bad in ({"max_retries": -1}, {"jitter": 1.5}, {"jitter": -0.1}, {"deadline": 0}, {"backoff_base": -1}):
        with pytest.raises(ValueError, match=r"must|needs"):
            RetryPolicy(**bad)
    with pytest.raises(ValueError, match="ratio"):
        RetryBudget(ratio=-1)


def test_disabled_policy_never_retries(router: respx.Router, clock: FakeClock) -> None:
    route = router.get("/x").mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    assert Http(router, clock, RetryPolicy.disabled()).get("/x") == 503
    assert route.call_count == 1
