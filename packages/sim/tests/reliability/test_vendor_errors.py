"""Every vendor error answer issue 20 names, against every brand: no refresh loops, no retries that
spend a quota, and a user's retry policy never drops a brand rule.

For each documented answer (``vendor`` faults of the simulator) one client makes ten calls: the sync
client with the brand's own retry policy and with a generous user policy (:data:`~.vendor.USER_RETRY`),
and the async client with the brand's policy on httpx's transport and on ``AsyncioTransport``:

* token-endpoint requests: none, unless the answer says the access token itself is expired or
  revoked; then exactly one refresh and one replay for that expiry (the answer comes once), and still
  at most one per call when the vendor keeps rejecting every new token;
* requests per call: at most one for a quota, a rate limit, a billing problem, a busy car or a
  configuration error (no retry that spends quota; a client may refuse later calls without sending
  them once it knows the quota is spent), and within the policy's retries otherwise;
* the error class, the vendor's own ``code``, a message naming what to fix, and no error class that
  suggests waiting for a billing or plan problem.

Token-endpoint answers (``invalid_grant``, ``invalid_client``...) meet a refresh: each call fails with
the right error after at most one token-endpoint request, no API request is sent, and the stored login
is kept unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from carconnect.core import ApiError, FakeClock, RetryPolicy
from carconnect.sim import Simulator
from carconnect.sim.profiles import VENDOR_ERRORS
from carconnect.sim.profiles.smartcar import REAUTHENTICATE_URL

from .figures import Figures
from .harness import HARNESSES
from .leaks import LeakWatch
from .vendor import CALLS, USER_RETRY, WAITING, Call, Case, Expect, Run, Stack, run_case

TOKEN = Expect(("AuthenticationError",), refresh=True)
CASES = [
    # Volvo: a 401 for the VCC API key is configuration; the quota 403 is not a login problem; a car
    # in use or asleep is a vehicle state, not a server fault retried blindly.
    Case("volvo", "invalid-api-key", Expect(("PermissionDeniedError",), code="invalid_api_key", names="api key")),
    Case("volvo", "access-token-invalid", TOKEN),
    Case("volvo", "missing-scope", Expect(("PermissionDeniedError",))),
    Case("volvo", "quota", Expect(("QuotaExceededError",))),
    Case("volvo", "car-in-use-or-asleep", Expect(("VehicleStateError",))),
    # BMW: every call counts against the daily 50, so nothing is sent again; only CU-100..102 are
    # about the access token.
    Case("bmw", "cu-429-quota", Expect(("QuotaExceededError",), code="CU-429")),
    Case("bmw", "cu-503", Expect(("VehicleUnavailableError",), code="CU-503")),
    Case("bmw", "cu-503", Expect(("VehicleUnavailableError",), code="CU-503"), call="command"),
    Case("bmw", "cu-100", TOKEN),
    Case("bmw", "cu-101", TOKEN),
    Case("bmw", "cu-102", TOKEN),
    Case("bmw", "cu-103", Expect(("PermissionDeniedError",), code="CU-103")),
    Case("bmw", "cu-104", Expect(("PermissionDeniedError",), code="CU-104")),
    Case("bmw", "cu-105", Expect(("PermissionDeniedError",), code="CU-105")),
    # Ford: the API gateway's subscription key (Application-Id) is configuration; FordConnect's 3000
    # is a user or vehicle not authorized: the user links the vehicle again, no token refresh.
    Case("ford", "missing-subscription-key", Expect(("PermissionDeniedError",), names="application-id")),
    Case("ford", "invalid-subscription-key", Expect(("PermissionDeniedError",), names="application-id")),
    Case("ford", "access-token-expired", TOKEN),
    Case("ford", "unauthorized-user", Expect(("ReauthorizationRequiredError",), code="3000"), call="command"),
    # FordPass (experimental): an Autonomic 401 renews the Autonomic token (exchanged from the CAT
    # token) once; a 403 DENY_ALLOW is a permission.
    Case("ford", "autonomic-unauthorized", TOKEN, call="fordpass read"),
    Case("ford", "autonomic-forbidden", Expect(("PermissionDeniedError",)), call="fordpass read"),
    # Smartcar: only AUTHENTICATION (not ACCESS_DENIED) is about the token; a broken maker login, or
    # an ACCESS_DENIED whose resolution is REAUTHENTICATE, needs the user in Connect again;
    # RATE_LIMIT:VEHICLE is never retried automatically; BILLING never suggests waiting (its monthly
    # request limit is a quota); UPSTREAM retries later, except the automaker's RATE_LIMIT.
    Case(
        "smartcar",
        "connected-services-authentication-failed",
        Expect(("ReauthorizationRequiredError",), code="AUTHENTICATION_FAILED", carries=REAUTHENTICATE_URL),
    ),
    Case("smartcar", "authentication", TOKEN),
    Case(
        "smartcar",
        "v3-authentication-access-denied",
        Expect(("ReauthorizationRequiredError",), code="ACCESS_DENIED"),
        call="v3 read",
    ),
    Case("smartcar", "rate-limit-vehicle", Expect(("RateLimitError",), code="VEHICLE", retry_after=60.0)),
    Case("smartcar", "rate-limit-vehicle", Expect(("RateLimitError",), code="VEHICLE", retry_after=60.0), "command"),
    *(
        Case("smartcar", f"billing-{code.lower().replace('_', '-')}", Expect(errors, code=code, never_wait=wait))
        for code, errors, wait in (
            ("INVALID_PLAN", ("PermissionDeniedError",), True),
            ("VEHICLE_LIMIT", ("PermissionDeniedError",), True),
            ("ACCOUNT_SUSPENDED", ("PermissionDeniedError",), True),
            ("VEHICLE_REQUEST_LIMIT", ("QuotaExceededError",), False),
        )
    ),
    *(
        Case(
            "smartcar",
            f"upstream-{code.lower().replace('_', '-')}",
            Expect(("VehicleUnavailableError", "ServerError"), code=code, sends=None),
        )
        for code in ("INVALID_DATA", "KNOWN_ISSUE", "NO_RESPONSE", "RATE_LIMIT", "UNKNOWN_ISSUE")
    ),
]


def _refresh(brand: str, shape: str, error: str, call: Call = "read") -> Case:
    """A token-endpoint answer met by the refresh a stale login needs."""
    return Case(brand, shape, Expect((error,)), call)


REAUTHORIZE, CONFIGURATION = "ReauthorizationRequiredError", "OAuthError"
TOKEN_CASES = [
    _refresh("volvo", "invalid-grant", REAUTHORIZE),
    _refresh("volvo", "invalid-client", CONFIGURATION),
    _refresh("bmw", "invalid-grant", REAUTHORIZE),
    _refresh("bmw", "invalid-request", REAUTHORIZE),  # BMW's answer to a rotated refresh token
    _refresh("bmw", "invalid-token", CONFIGURATION),
    _refresh("bmw", "invalid-client", CONFIGURATION),
    _refresh("ford", "invalid-grant", REAUTHORIZE),
    _refresh("ford", "invalid-client", CONFIGURATION),
    _refresh("ford", "cat-invalid-or-expired-token", REAUTHORIZE, "fordpass read"),
    _refresh("smartcar", "invalid-grant", REAUTHORIZE),
    _refresh("smartcar", "invalid-client", CONFIGURATION),
]
RETRIES: dict[str, RetryPolicy | None] = {"brand policy": None, "user policy": USER_RETRY}
RUNS: tuple[tuple[str, Stack], ...] = (
    ("brand policy", "sync"),
    ("user policy", "sync"),
    ("brand policy", "httpx"),
    ("brand policy", "asyncio"),
)
"""API answers: the sync client under both policies, and the async client on both transports."""


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=13, clock=clock) as running:
        yield running


def _params(cases: list[Case], runs: tuple[tuple[str, Stack], ...]) -> list[object]:
    return [
        pytest.param(case, retry, stack, id=f"{case.name}-{retry.split()[0]}-{stack}")
        for case in cases
        if HARNESSES[case.brand].available()
        for retry, stack in runs
    ]


def _check_error(case: Case, error: ApiError | object) -> None:
    expect = case.expect
    assert isinstance(error, ApiError), error
    assert type(error).__name__ in expect.errors, (type(error).__name__, str(error))
    if expect.code is not None:
        assert error.code == expect.code, error.code
    if expect.names is not None:
        assert expect.names in str(error).lower(), str(error)
    if expect.carries is not None:
        assert expect.carries in str(error.details), error.details
    if expect.retry_after is not None:
        assert error.retry_after == expect.retry_after, error.retry_after
    if expect.never_wait:
        assert type(error).__name__ not in WAITING
        assert error.retry_after is None, error.retry_after


def _record(figures: Figures, section: str, case: Case, retry: str, stack: Stack, run: Run, **extra: object) -> None:
    figures.add(
        section, case.name, brand=case.brand, shape=case.shape, call=case.call, retry=retry, stack=stack,
        outcomes=sorted(set(run.outcomes)), token_calls=run.token_calls, requests=run.requests, calls=CALLS,
        sends=case.expect.sends, **extra,
    )  # fmt: skip


@pytest.mark.parametrize(("case", "retry", "stack"), _params(CASES, RUNS))
def test_api_answer(
    sim: Simulator, clock: FakeClock, case: Case, retry: str, stack: Stack, figures: Figures, leak_watch: LeakWatch
) -> None:
    policy = RETRIES[retry]
    if case.expect.refresh:
        once = run_case(sim, clock, case, policy, leak_watch, persistent=False, stack=stack)
        always = run_case(sim, clock, case, policy, leak_watch, persistent=True, stack=stack)
        _record(figures, "vendor errors", case, retry, stack, once, rejecting_always=always.token_calls)
        assert once.outcomes == ["ok"] * CALLS, once.outcomes
        assert once.token_calls == 1, f"{once.token_calls} token-endpoint calls for one expiry"
        assert once.requests == CALLS + 1, f"{once.requests} requests: one replay expected"
        # A vendor that rejects every token: one refresh and one replay per call, never a loop.
        assert always.token_calls <= CALLS, f"{always.token_calls} token-endpoint calls over {CALLS} calls"
        assert always.requests <= 2 * CALLS, f"{always.requests} requests over {CALLS} calls"
        assert len(always.errors) == CALLS
        return
    run = run_case(sim, clock, case, policy, leak_watch, persistent=True, stack=stack)
    _record(figures, "vendor errors", case, retry, stack, run)
    assert len(run.errors) == CALLS, run.outcomes
    assert run.token_calls == 0, f"{run.token_calls} token-endpoint calls: this answer is not about the token"
    assert run.requests >= 1
    sends = case.expect.sends if case.expect.sends is not None else 1 + run.max_retries
    assert run.requests <= CALLS * sends, f"{run.requests} requests for {CALLS} calls"
    for error in run.errors:
        _check_error(case, error)


@pytest.mark.parametrize(("case", "retry", "stack"), _params(TOKEN_CASES, RUNS[:2]))
def test_token_endpoint_answer(
    sim: Simulator, clock: FakeClock, case: Case, retry: str, stack: Stack, figures: Figures, leak_watch: LeakWatch
) -> None:
    run = run_case(sim, clock, case, RETRIES[retry], leak_watch, persistent=True, stack=stack)
    _record(figures, "vendor token errors", case, retry, stack, run, login_kept=run.stored == run.login)
    assert len(run.errors) == CALLS, run.outcomes
    assert {type(error).__name__ for error in run.errors} <= set(case.expect.errors), run.outcomes
    assert run.token_calls <= CALLS, f"{run.token_calls} token-endpoint calls over {CALLS} calls"
    assert run.requests == 0, "an API request went out without a valid token"
    assert run.stored == run.login, "the stored login was deleted or changed"


def test_every_vendor_answer_is_tried() -> None:
    """Each documented answer the simulator can send meets a brand client above."""
    tried = {(case.brand, case.shape) for case in (*CASES, *TOKEN_CASES)}
    documented = {(brand, shape) for brand, shapes in VENDOR_ERRORS.items() for shape in shapes}
    assert not documented - tried, sorted(documented - tried)
