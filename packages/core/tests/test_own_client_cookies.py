"""A caller's own httpx client (``http_client=``) serves every ``for_user`` view: the cookies the
vendor sets never stay in its jar, its own cookies survive, and they never go to the vendor."""

from __future__ import annotations

import httpx
import pytest

from carconnect.core import AsyncClientBase, ClientBase, acall, call
from carconnect.core.options import ForwardedCookies

from .conftest import Detailed, adetailed

API = "http://api.example.test"


class _Reader(ClientBase):
    def read(self, path: str) -> object:
        http = self.http_client_for(API)
        return call(lambda: Detailed(http.get(path)))


class _AsyncReader(AsyncClientBase):
    async def read(self, path: str) -> object:
        http = self.http_client_for(API)
        return await acall(lambda: adetailed(http.get(path)))


class Vendor:
    """Answers every request with a session cookie for the user whose token it carried."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        user = request.headers.get("authorization", "").removeprefix("Bearer ")
        cookies = [("Set-Cookie", f"session=for-{user}; Path=/"), ("Set-Cookie", f"tenant=vendor-{user}; Path=/")]
        return httpx.Response(200, json={}, headers=cookies)


def _own_cookies() -> httpx.Cookies:
    """The caller's own cookies: one for another site, one the vendor's answers replace (same domain,
    path and name as the vendor's ``tenant``)."""
    cookies = httpx.Cookies()
    cookies.set("mysid", "caller-secret", domain="elsewhere.example.test")
    cookies.set("tenant", "callers-own", domain="api.example.test", path="/")
    return cookies


def _jar(cookies: httpx.Cookies) -> set[tuple[str, str, str]]:
    return {(cookie.domain, cookie.name, str(cookie.value)) for cookie in cookies.jar}


MINE = {("elsewhere.example.test", "mysid", "caller-secret"), ("api.example.test", "tenant", "callers-own")}


def test_the_vendors_cookies_never_stay_in_a_callers_own_client() -> None:
    vendor = Vendor()
    mine = httpx.Client(transport=httpx.MockTransport(vendor), cookies=_own_cookies())
    with _Reader(None, http_client=mine) as base:
        for user in ("ALICE", "BOB"):
            base.for_user(user).read("/x")
    assert _jar(mine.cookies) == MINE
    assert all("cookie" not in request.headers for request in vendor.seen)
    mine.get(f"{API}/mine")  # the caller's own request to the vendor's host carries only its own cookie
    assert vendor.seen[-1].headers["cookie"] == "tenant=callers-own"


async def test_the_vendors_cookies_never_stay_in_a_callers_own_async_client() -> None:
    vendor = Vendor()
    mine = httpx.AsyncClient(transport=httpx.MockTransport(vendor), cookies=_own_cookies())
    async with _AsyncReader(None, http_client=mine) as base:
        for user in ("ALICE", "BOB"):
            await base.for_user(user).read("/x")
    assert _jar(mine.cookies) == MINE
    assert all("cookie" not in request.headers for request in vendor.seen)
    await mine.get(f"{API}/mine")
    assert vendor.seen[-1].headers["cookie"] == "tenant=callers-own"
    await mine.aclose()


def _refused(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, headers={"Set-Cookie": "session=for-ALICE; Path=/"})


def test_an_answer_a_callers_hook_raised_on_leaves_no_cookie() -> None:
    def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    mine = httpx.Client(transport=httpx.MockTransport(_refused), event_hooks={"response": [raise_for_status]})
    with ClientBase("ALICE", http_client=mine) as base, pytest.raises(httpx.HTTPStatusError):
        base.http_client_for(API).get("/x")
    assert list(mine.cookies.jar) == []


async def test_an_answer_a_callers_async_hook_raised_on_leaves_no_cookie() -> None:
    async def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    mine = httpx.AsyncClient(transport=httpx.MockTransport(_refused), event_hooks={"response": [raise_for_status]})
    async with AsyncClientBase("ALICE", http_client=mine) as base:
        with pytest.raises(httpx.HTTPStatusError):
            await base.http_client_for(API).get("/x")
    assert list(mine.cookies.jar) == []
    await mine.aclose()


def test_a_vendor_cookie_in_the_jar_when_another_send_began_is_not_put_back_as_the_callers() -> None:
    """Two forwarded sends in flight at once: the second notes the jar while the first answer's cookie
    is in it (httpx stored it, its send has not finished), and both answers set the same cookie."""
    cookies = _own_cookies()
    keeper = ForwardedCookies()
    request = httpx.Request("GET", f"{API}/x")

    def answer(user: str) -> httpx.Response:
        response = httpx.Response(200, headers={"Set-Cookie": f"tenant=vendor-{user}; Path=/"}, request=request)
        cookies.extract_cookies(response)  # what httpx's send() does with the caller's jar
        return response

    first = keeper.noted(cookies)
    alice = answer("ALICE")
    second = keeper.noted(cookies)  # sees Alice's cookie where the caller's was
    keeper.sent(cookies, first, alice)
    bob = answer("BOB")
    keeper.sent(cookies, second, bob)
    assert _jar(cookies) == MINE


def test_a_vendor_cookie_the_later_send_finished_on_first_is_taken_out_by_the_earlier() -> None:
    cookies = _own_cookies()
    keeper = ForwardedCookies()
    request = httpx.Request("GET", f"{API}/x")
    first = keeper.noted(cookies)
    alice = httpx.Response(200, headers={"Set-Cookie": "tenant=vendor-ALICE; Path=/"}, request=request)
    cookies.extract_cookies(alice)
    second = keeper.noted(cookies)
    bob = httpx.Response(200, headers={"Set-Cookie": "tenant=vendor-BOB; Path=/"}, request=request)
    cookies.extract_cookies(bob)
    keeper.sent(cookies, second, bob)  # puts back what it noted: Alice's, for now
    keeper.sent(cookies, first, alice)
    assert _jar(cookies) == MINE


def test_one_keeper_serves_each_callers_client() -> None:
    mine, other = httpx.Client(), httpx.Client()
    assert ForwardedCookies.of(mine) is ForwardedCookies.of(mine)
    assert ForwardedCookies.of(mine) is not ForwardedCookies.of(other)


def test_a_vendor_answer_expiring_a_cookie_leaves_the_callers_own() -> None:
    def expires_tenant(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={}, headers=[("Set-Cookie", "tenant=; Path=/; Max-Age=0")])

    mine = httpx.Client(transport=httpx.MockTransport(expires_tenant), cookies=_own_cookies())
    with _Reader(None, http_client=mine) as base:
        base.for_user("ALICE").read("/x")
    assert _jar(mine.cookies) == MINE
