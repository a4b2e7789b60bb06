"""Many users on one client: each view signs with its user's token and policies see its key."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from carconnect.core import AsyncClientBase, AuthenticationError, ClientBase, Policy, Token, TokenManager
from carconnect.core.users import ScopedApi, UserView, for_current_user, key_of, user_key

API = "https://api.example.test"


class KeySeen(Policy):
    def __init__(self) -> None:
        self.keys: list[str | None] = []

    def on_request(self, request: httpx.Request) -> float:
        self.keys.append(user_key())
        return 0.0


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"authorization": request.headers.get("Authorization")})


class Extra(ScopedApi):
    """An API the client exposes as an attribute (as Smartcar's ``client.v3``)."""

    def __init__(self, brand: Brand) -> None:
        self.brand = brand

    def whoami(self) -> Any:
        return self.brand.whoami()


class Brand(ClientBase):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extra = Extra(self)

    def whoami(self) -> Any:
        return self.http_client_for(API).get("/me").json()["authorization"]

    def later(self) -> Any:
        """Something that makes its call after this one returned (a command handle's poll)."""
        return for_current_user(self.whoami)

    def pages(self, count: int) -> Iterator[str]:
        for _ in range(count):
            yield self.whoami()

    def lazy_pages(self, count: int) -> Iterator[str]:
        """Pages fetched by a generator this plain method returns (as a paging helper builds them)."""
        return (self.whoami() for _ in range(count))


class AsyncBrand(AsyncClientBase):
    async def whoami(self) -> Any:
        return (await self.http_client_for(API).get("/me")).json()["authorization"]

    async def later(self) -> Any:
        return for_current_user(self.whoami)

    async def pages(self, count: int) -> AsyncIterator[str]:
        for _ in range(count):
            yield await self.whoami()

    def lazy_pages(self, count: int) -> AsyncIterator[str]:
        async def fetched() -> AsyncIterator[str]:
            for _ in range(count):
                yield await self.whoami()

        return fetched()


def test_each_user_view_signs_with_its_own_token_on_one_pool() -> None:
    policy = KeySeen()
    with Brand(None, policies=[policy], transport=httpx.MockTransport(_echo)) as fleet:
        alice, bob = fleet.for_user("token-a", key="alice"), fleet.for_user("token-b", key="bob")
        assert alice.whoami() == "Bearer token-a"
        assert bob.whoami() == "Bearer token-b"
        assert list(alice.pages(2)) == ["Bearer token-a"] * 2
        with pytest.raises(AuthenticationError, match="for_user") as refused:
            fleet.whoami()  # the client itself has no credentials: refused before sending
        assert refused.value.code == "missing_credentials"
        assert len(fleet._http_clients) == 1
    assert policy.keys == ["alice", "bob", "alice", "alice"]


async def test_async_user_views_keep_their_scope_across_tasks_and_pages() -> None:
    import asyncio

    async with AsyncBrand(None, transport=httpx.MockTransport(_echo)) as fleet:
        users = [fleet.for_user(f"token-{n}", key=f"user-{n}") for n in range(20)]
        seen = await asyncio.gather(*(user.whoami() for user in users))
        assert seen == [f"Bearer token-{n}" for n in range(20)]
        assert [page async for page in users[3].pages(2)] == ["Bearer token-3"] * 2


def test_apis_held_as_attributes_and_calls_made_later_act_for_the_views_user() -> None:
    with Brand("token-owner", transport=httpx.MockTransport(_echo)) as fleet:
        alice = fleet.for_user("token-a", key="alice")
        assert alice.extra.whoami() == "Bearer token-a"
        assert fleet.extra.whoami() == "Bearer token-owner"
        poll = alice.later()
        assert poll() == "Bearer token-a"  # outside the view's call, still for alice
        assert fleet.later() == fleet.whoami  # no view, nothing bound


async def test_async_calls_made_later_act_for_the_views_user() -> None:
    async with AsyncBrand("token-owner", transport=httpx.MockTransport(_echo)) as fleet:
        poll = await fleet.for_user("token-a", key="alice").later()
        assert await poll() == "Bearer token-a"
        assert await (await fleet.later())() == "Bearer token-owner"


def test_a_view_is_small_and_hides_no_secret() -> None:
    fleet = Brand(None, transport=httpx.MockTransport(_echo))
    view = fleet.for_user("secret-token", key="alice")
    assert isinstance(view, UserView)
    assert "secret-token" not in repr(view)
    assert sys.getsizeof(view) < 100


def test_a_given_key_names_the_user() -> None:
    policy = KeySeen()
    fleet = Brand(None, policies=[policy], transport=httpx.MockTransport(_echo))
    fleet.for_user("a", key="k").whoami()
    fleet.for_user("b", key="k").whoami()
    assert policy.keys == ["k", "k"]


def test_the_default_key_is_the_token_sources_and_never_reused() -> None:
    policy = KeySeen()
    fleet = Brand(None, policies=[policy], transport=httpx.MockTransport(_echo))
    manager = TokenManager(Token("alice-token"))
    fleet.for_user(manager).whoami()
    fleet.for_user(manager).whoami()  # another view of the same user
    for _ in range(50):  # a view per request with a token string: a new source, and key, each time
        fleet.for_user("bob-token").whoami()
    alice, again, *others = policy.keys
    assert alice == again
    assert len({alice, *others}) == 51  # sources freed and their memory reused never share a key
    assert all(str(key).startswith("user-") for key in policy.keys)


async def test_a_blocking_policy_runs_off_the_event_loop() -> None:
    import threading

    class Ledger(Policy):
        blocking = True

        def __init__(self) -> None:
            self.threads: list[str] = []

        def on_request(self, request: httpx.Request) -> float:
            self.threads.append(threading.current_thread().name)
            return 0.0

        def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
            self.threads.append(threading.current_thread().name)
            return response

    ledger = Ledger()
    async with AsyncBrand("t", policies=[ledger], transport=httpx.MockTransport(_echo)) as client:
        assert await client.whoami() == "Bearer t"
    main = threading.current_thread().name
    assert len(ledger.threads) == 2
    assert main not in ledger.threads


def test_default_keys_differ_between_processes() -> None:
    """Ledgers on a file or Redis are shared by processes: a default key must name one user in all."""
    import subprocess

    code = "from carconnect.core import Token, TokenManager; from carconnect.core.users import key_of; "
    code += "print(key_of(TokenManager(Token('t'))))"
    theirs = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert theirs.startswith("user-")
    assert theirs != key_of(TokenManager(Token("t")))


def test_retry_records_name_the_user_the_caller_named(caplog: pytest.LogCaptureFixture) -> None:
    from carconnect.core import FakeClock, RetryPolicy

    ok = {"authorization": None}
    answers = iter(
        [httpx.Response(503), httpx.Response(200, json=ok), httpx.Response(503), httpx.Response(200, json=ok)]
    )
    clock = FakeClock()
    fleet = Brand(
        None,
        transport=httpx.MockTransport(lambda request: next(answers)),
        retry=RetryPolicy(rng=lambda: 0),
        clock=clock,
    )
    with caplog.at_level("INFO", logger="carconnect"):
        fleet.for_user("a", key="customer-42").whoami()
        fleet.for_user("b").whoami()  # an unnamed user is not named in records
    retries = [record.getMessage() for record in caplog.records if record.getMessage().startswith("retrying")]
    assert retries == [
        "retrying GET https://api.example.test/me for user customer-42 in 0.5 s (retry 1) after HTTP 503 ServerError",
        "retrying GET https://api.example.test/me in 0.5 s (retry 1) after HTTP 503 ServerError",
    ]


def test_pages_a_plain_method_returns_are_fetched_for_the_views_user() -> None:
    with Brand("token-owner", transport=httpx.MockTransport(_echo)) as fleet:
        pages = fleet.for_user("token-a", key="alice").lazy_pages(2)
        assert list(pages) == ["Bearer token-a"] * 2


async def test_async_pages_a_plain_method_returns_are_fetched_for_the_views_user() -> None:
    async with AsyncBrand("token-owner", transport=httpx.MockTransport(_echo)) as fleet:
        pages = fleet.for_user("token-a", key="alice").lazy_pages(2)
        assert [page async for page in pages] == ["Bearer token-a"] * 2


def test_a_view_hands_out_no_http_client_that_would_sign_for_the_owner() -> None:
    with Brand("token-owner", transport=httpx.MockTransport(_echo)) as fleet:
        with pytest.raises(TypeError, match="credentials"):
            fleet.for_user("token-a", key="alice").http_client_for(API)
        assert fleet.http_client_for(API).get("/me").json()["authorization"] == "Bearer token-owner"
