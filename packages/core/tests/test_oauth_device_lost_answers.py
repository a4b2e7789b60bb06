"""A device-login poll whose answer is lost is polled again at the next interval, not the end of the login."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
import respx

from carconnect.core import (
    CarConnectError,
    DeviceCodeExpiredError,
    FakeClock,
    RequestTimeoutError,
    RetryPolicy,
    Token,
    TransportError,
)
from carconnect.core.oauth import DeviceAuthorization, DevicePollStatus, OAuthClient, OAuthConfig

from .conftest import AUTH
from .test_oauth_authorization_code import mocked, token_body
from .test_oauth_grants import DEVICE, pending

Step = httpx.Response | type[httpx.TransportError]


def script(*steps: Step) -> Callable[[httpx.Request], httpx.Response]:
    """The token endpoint's answers in turn; an httpx transport error class is a lost answer."""
    queue = list(steps)

    def next_answer(request: httpx.Request) -> httpx.Response:
        step = queue.pop(0)
        if isinstance(step, httpx.Response):
            return step
        raise step("the answer was lost on the way", request=request)

    return next_answer


def approved() -> httpx.Response:
    return httpx.Response(200, json=token_body())


async def poll(
    client: OAuthClient,
    device: DeviceAuthorization,
    driver: str,
    on_progress: Callable[[DevicePollStatus], None] | None = None,
) -> Token:
    if driver == "sync":
        return client.poll_device_token(device, on_progress)
    return await client.apoll_device_token(device, on_progress)


LOST = [httpx.ReadTimeout, httpx.RemoteProtocolError]


@pytest.mark.parametrize("driver", ["sync", "async"])
@pytest.mark.parametrize("kind", LOST)
async def test_a_lost_poll_answer_is_polled_again_after_a_full_interval(
    config: OAuthConfig,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    driver: str,
    kind: type[httpx.TransportError],
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=script(pending(), kind, pending(), approved()))
    device = client.start_device_authorization()
    progress: list[DevicePollStatus] = []

    with caplog.at_level(logging.INFO, logger="carconnect.core.oauth"):
        token = await poll(client, device, driver, progress.append)

    assert token.access_token == "at-1"
    assert route.call_count == 4
    assert clock.sleeps == [5, 5, 5, 5]  # a full interval before every poll, the one after the lost answer too
    assert [p.last_error for p in progress] == [
        None,
        "authorization_pending",
        f"no answer ({kind.__name__})",
        "authorization_pending",
    ]
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warned == [f"device login poll 2: no answer ({kind.__name__}), polling again in 5 s"]
    assert all("dev-code-1" not in r.getMessage() and "s3cret-value" not in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("driver", ["sync", "async"])
@pytest.mark.parametrize(
    ("kind", "raised"), [(httpx.ReadTimeout, RequestTimeoutError), (httpx.RemoteProtocolError, TransportError)]
)
async def test_lost_answers_in_a_row_end_the_login_with_the_transport_error(
    config: OAuthConfig,
    clock: FakeClock,
    driver: str,
    kind: type[httpx.TransportError],
    raised: type[CarConnectError],
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=script(pending(), kind, kind, kind, approved()))
    device = client.start_device_authorization()

    with pytest.raises(raised) as ended:
        await poll(client, device, driver)

    assert route.call_count == 4  # three lost in a row: no fourth poll
    assert clock.sleeps == [5, 5, 5, 5]
    message = str(ended.value)
    assert f"{AUTH}/token" in message
    for secret in ("dev-code-1", "s3cret-value", "ABCD-EFGH"):
        assert secret not in message
    assert isinstance(ended.value.__cause__, kind)


@pytest.mark.parametrize("driver", ["sync", "async"])
async def test_only_lost_answers_in_a_row_count(config: OAuthConfig, clock: FakeClock, driver: str) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    timeout, cut = httpx.ReadTimeout, httpx.RemoteProtocolError
    route = router.post("/token").mock(side_effect=script(timeout, cut, pending(), cut, timeout, approved()))

    token = await poll(client, client.start_device_authorization(), driver)

    assert token.access_token == "at-1"
    assert route.call_count == 6
    assert clock.sleeps == [5] * 6


@pytest.mark.parametrize("driver", ["sync", "async"])
async def test_a_connection_refused_while_polling_is_polled_again_after_the_policys_retries(
    config: OAuthConfig, clock: FakeClock, driver: str
) -> None:
    router = respx.Router(base_url=AUTH, assert_all_called=False)
    client = OAuthClient(
        config,
        transport=httpx.MockTransport(router.handler),
        async_transport=httpx.MockTransport(router.async_handler),
        retry=RetryPolicy.disabled(),
        clock=clock,
    )
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=script(pending(), httpx.ConnectError, approved()))

    token = await poll(client, client.start_device_authorization(), driver)

    assert token.access_token == "at-1"
    assert route.call_count == 3
    assert clock.sleeps == [5, 5, 5]


@pytest.mark.parametrize("driver", ["sync", "async"])
async def test_lost_answers_still_stop_at_the_codes_expiry(config: OAuthConfig, clock: FakeClock, driver: str) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": 12})
    route = router.post("/token").mock(side_effect=script(pending(), httpx.ReadTimeout, approved()))

    with pytest.raises(DeviceCodeExpiredError):
        await poll(client, client.start_device_authorization(), driver)

    assert route.call_count == 2  # the third poll would come after the code expired
    assert clock.sleeps == [5, 5]


def test_a_lost_answer_outside_device_polling_still_ends_the_request(config: OAuthConfig, clock: FakeClock) -> None:
    """Only the paced device poll is sent again: a token exchange's lost answer may have spent its code."""
    client, router = mocked(config, clock)
    route = router.post("/token").mock(side_effect=script(httpx.ReadTimeout, approved()))
    request = client.authorization_request()
    with pytest.raises(RequestTimeoutError):
        client.exchange_code(request, f"{config.redirect_uri}?code=c1&state={request.state}")
    assert route.call_count == 1


@pytest.mark.parametrize("driver", ["sync", "async"])
async def test_a_token_lost_with_its_answer_ends_the_login_at_the_next_poll(
    config: OAuthConfig, clock: FakeClock, driver: str
) -> None:
    """Had the lost answer carried the token, the device code is spent: the next poll says so."""
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    spent = httpx.Response(400, json={"error": "invalid_grant"})
    route = router.post("/token").mock(side_effect=script(pending(), httpx.ReadTimeout, spent, approved()))

    with pytest.raises(DeviceCodeExpiredError, match="start the login again") as ended:
        await poll(client, client.start_device_authorization(), driver)

    assert ended.value.code == "invalid_grant"
    assert route.call_count == 3
    assert clock.sleeps == [5, 5, 5]
