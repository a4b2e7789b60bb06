"""Device polling never faster than the server's interval; token answers that must not cost a login."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import httpx
import pytest

from carconnect.core import ApiError, DeviceCodeExpiredError, FakeClock, ResponseParseError, Token
from carconnect.core.oauth import DevicePollStatus, OAuthConfig

from .test_oauth_authorization_code import mocked, token_body
from .test_oauth_grants import DEVICE, pending, slow_down


def _poll_times(clock: FakeClock) -> list[float]:
    """When each poll went out, in seconds after the device login started (every sleep precedes one)."""
    times, now = [], 0.0
    for seconds in clock.sleeps:
        now += seconds
        times.append(now)
    return times


@pytest.mark.parametrize(("expires_in", "interval"), [(12, 5), (14, 5), (10, 5), (7, 3)])
def test_no_poll_comes_sooner_than_the_interval_even_as_the_code_runs_out(
    config: OAuthConfig, clock: FakeClock, expires_in: int, interval: int
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": expires_in, "interval": interval})
    route = router.post("/token").mock(return_value=pending(403))
    with pytest.raises(DeviceCodeExpiredError):
        client.poll_device_token(client.start_device_authorization())
    times = _poll_times(clock)[: route.call_count]
    gaps = [later - earlier for earlier, later in zip([0.0, *times], times, strict=False)]
    assert gaps
    assert min(gaps) >= interval  # RFC 8628 §3.5: at least `interval` between polls
    assert times[-1] < expires_in  # and none once the code is dead
    assert route.call_count == (expires_in - 1) // interval


def test_after_slow_down_no_poll_comes_sooner_than_the_longer_interval(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": 18, "interval": 5})
    route = router.post("/token").mock(side_effect=[slow_down(), pending(403), pending(403)])
    with pytest.raises(DeviceCodeExpiredError):
        client.poll_device_token(client.start_device_authorization())
    assert route.call_count == 2
    assert _poll_times(clock)[:2] == [5, 15]  # the next one would come at 25, after the code died


def test_a_retry_after_on_a_pending_answer_delays_the_next_poll(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    busy = httpx.Response(400, json={"error": "authorization_pending"}, headers={"Retry-After": "12"})
    router.post("/token").mock(side_effect=[busy, pending(), httpx.Response(200, json=token_body())])
    assert client.poll_device_token(client.start_device_authorization()).access_token == "at-1"
    assert clock.sleeps == [5, 12, 5]  # the header holds for the one poll it answered


def test_a_429_while_polling_slows_down_instead_of_ending_the_login(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    # a wait longer than the retry policy takes on itself (retry_after_cap) reaches the device flow
    limited = httpx.Response(429, text="Too Many Requests", headers={"Retry-After": "90"})
    route = router.post("/token").mock(side_effect=[limited, pending(), httpx.Response(200, json=token_body())])
    progress: list[DevicePollStatus] = []
    token = client.poll_device_token(client.start_device_authorization(), on_progress=progress.append)
    assert token.access_token == "at-1"
    assert route.call_count == 3
    assert clock.sleeps == [5, 90, 10]  # the server's wait, then the interval grown as after slow_down
    assert [status.interval for status in progress] == [5, 90, 10]
    assert progress[1].last_error == "HTTP 429"


@pytest.mark.parametrize(
    ("busy", "sleeps"),
    [
        (httpx.Response(429, text="slow down", headers={"Retry-After": "1"}), [5, 10, 10]),
        (httpx.Response(503, text="busy", headers={"Retry-After": "20"}), [5, 20, 5]),
        (httpx.Response(429, json={"status": 429, "error": "Too Many Requests"}), [5, 10, 10]),
        (httpx.Response(503, json={"error": "temporarily_unavailable"}, headers={"Retry-After": "20"}), [5, 20, 5]),
        (httpx.Response(503, json={"code": 503}, headers={"Retry-After": "20"}), [5, 20, 5]),
    ],
    ids=["429-short-retry-after", "503-retry-after", "429-gateway-words", "503-temporarily-unavailable", "503-code"],
)
def test_a_busy_answer_never_brings_the_next_poll_sooner_than_the_interval(
    config: OAuthConfig, clock: FakeClock, busy: httpx.Response, sleeps: list[int]
) -> None:
    """The login's HTTP retries would resend a poll after Retry-After alone: polls are paced by the flow."""
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=[busy, pending(), httpx.Response(200, json=token_body())])
    assert client.poll_device_token(client.start_device_authorization()).access_token == "at-1"
    assert route.call_count == 3
    assert clock.sleeps == sleeps


def test_an_oauth_error_decides_even_on_a_429(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json=DEVICE)
    route = router.post("/token").mock(side_effect=[httpx.Response(429, json={"error": "access_denied"}), pending()])
    with pytest.raises(ApiError) as ended:
        client.poll_device_token(client.start_device_authorization())
    assert ended.value.code == "access_denied"
    assert route.call_count == 1


def test_a_retry_after_past_the_codes_expiry_says_so(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": 600})
    router.post("/token").respond(429, text="later", headers={"Retry-After": "900"})
    with pytest.raises(DeviceCodeExpiredError, match="asked to wait 900 s before the next poll, past"):
        client.poll_device_token(client.start_device_authorization())


def test_a_code_approved_just_in_time_is_still_collected(config: OAuthConfig, clock: FakeClock) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": 11, "interval": 5})
    router.post("/token").mock(side_effect=[pending(403), httpx.Response(200, json=token_body())])
    assert client.poll_device_token(client.start_device_authorization()).access_token == "at-1"
    assert clock.sleeps == [5, 5]


NOW = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "answer",
    [
        {"expires_in": "3600s"},
        {"expires_in": {"seconds": 3600}},
        {"expires_in": 3600, "refresh_expires_in": "30 days"},
        {"expires_in": 3600, "refresh_token_expires_in": "never"},
    ],
)
def test_a_rotated_refresh_token_is_kept_when_a_lifetime_in_the_answer_is_unreadable(answer: dict[str, object]) -> None:
    previous = Token("at-0", "rt-0", expires_at=NOW, refresh_expires_at=NOW + timedelta(days=1))
    token = Token.from_response({"access_token": "at-1", "refresh_token": "rt-1", **answer}, now=NOW, previous=previous)
    assert (token.access_token, token.refresh_token) == ("at-1", "rt-1")
    if "refresh_expires_in" not in answer and "refresh_token_expires_in" not in answer:
        assert token.expires_at is None  # unknown: used until the server rejects it, then refreshed
    else:
        assert token.expires_at == NOW + timedelta(hours=1)
        assert token.refresh_expires_at is None


def test_a_refresh_answer_with_an_unreadable_expires_in_still_yields_the_new_pair(config: OAuthConfig) -> None:
    client, router = mocked(config)
    route = router.post("/token").respond(200, json=token_body(refresh_token="rt-2", expires_in="about an hour"))
    token = client.refresh(Token("at-0", "rt-0"))
    assert (token.access_token, token.refresh_token, token.expires_at) == ("at-1", "rt-2", None)
    assert parse_qs(route.calls.last.request.content.decode())["refresh_token"] == ["rt-0"]


@pytest.mark.parametrize("expires_in", [1e20, "inf", 10**400])
def test_an_absurd_device_code_lifetime_is_a_parse_error(
    config: OAuthConfig, clock: FakeClock, expires_in: object
) -> None:
    client, router = mocked(config, clock)
    router.post("/device").respond(200, json={**DEVICE, "expires_in": expires_in})
    with pytest.raises(ResponseParseError, match="invalid device authorization response"):
        client.start_device_authorization()
