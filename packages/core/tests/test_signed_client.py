"""The clients core gives generated code build and send requests exactly as httpx would, on a short path."""

from __future__ import annotations

import httpx
import pytest

from carconnect.core import ApiError, AuthenticationError, CarConnectAuth, NotFoundError
from carconnect.core.client import as_token_source
from carconnect.core.http import DEFAULT_TIMEOUT, AsyncSession, Session
from carconnect.core.signed import URL_CACHE_SIZE, AsyncSignedClient, SignedClient

BASES = ["https://api.example.test", "https://api.example.test/", "https://api.example.test/v2/root"]
PATHS = [
    "/vehicles/YV1/odometer",
    "vehicles/YV1/odometer",
    "/vehicles/a%20b/x?units=metric",
    "/",
    "",
    "https://other.example.test/absolute?x=1",
    "/caf\u00e9/x",
]
HEADERS = {"User-Agent": "carconnect-test", "Accept": "application/json"}


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"url": str(request.url), "headers": dict(request.headers)})


def signed(base_url: str, handler: httpx.MockTransport, token: str = "tok") -> SignedClient:
    auth = CarConnectAuth(as_token_source(token), headers={"x-api-key": "key-1"})
    return SignedClient(base_url=base_url, auth=auth, transport=handler, timeout=DEFAULT_TIMEOUT, headers=HEADERS)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_urls_join_as_httpx_joins_them(base: str, path: str) -> None:
    reference = httpx.Client(base_url=base, headers=HEADERS)
    ours = signed(base, httpx.MockTransport(echo))
    for _ in range(2):  # the second build comes from the cache
        built = ours.build_request("GET", path, params={"page": "2"})
        expected = reference.build_request("GET", path, params={"page": "2"})
        assert built.url == expected.url
        assert built.headers.raw == expected.headers.raw


def test_request_is_signed_and_carries_defaults_and_its_own_headers() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    response = client.request("POST", "/cmd", json={"a": 1}, headers={"X-Trace": "t1"})
    sent = response.json()["headers"]
    assert sent["authorization"] == "Bearer tok"
    assert sent["x-api-key"] == "key-1"
    assert sent["x-trace"] == "t1"
    assert sent["user-agent"] == "carconnect-test"
    assert sent["content-type"] == "application/json"
    assert response.request.url == "https://api.example.test/cmd"
    assert "x-trace" not in client.headers  # per-request headers never leak into the defaults


def test_timeout_extension_is_the_clients() -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={})

    client = signed("https://api.example.test", httpx.MockTransport(handler))
    client.get("/a")
    client.get("/b", timeout=3.0)  # a per-call timeout takes httpx's own path
    assert seen[0] == DEFAULT_TIMEOUT.as_dict()
    assert seen[1] == httpx.Timeout(3.0).as_dict()


def test_cookies_are_never_stored() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert "cookie" not in request.headers
        return httpx.Response(200, json={}, headers={"Set-Cookie": "session=abc; Path=/"})

    client = signed("https://api.example.test", httpx.MockTransport(handler))
    client.get("/a")
    client.get("/a")
    assert not client.cookies


def test_redirects_are_answers_not_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.example.test/"})

    client = signed("https://api.example.test", httpx.MockTransport(handler))
    with pytest.raises(ApiError) as caught:
        client.get("/a")
    assert caught.value.status_code == 302


def test_typed_errors_and_one_replay_after_401() -> None:
    tokens = iter(["old", "new"])
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["authorization"])
        if request.headers["authorization"] == "Bearer old":
            return httpx.Response(401, json={"error": "expired"})
        return httpx.Response(404, json={"message": "no such vehicle"})

    class Rotating:
        def get_access_token(self, rejected: str | None = None) -> str:
            return next(tokens)

        async def aget_access_token(self, rejected: str | None = None) -> str:
            return next(tokens)

    auth = CarConnectAuth(Rotating())
    client = SignedClient(
        base_url="https://api.example.test",
        auth=auth,
        transport=httpx.MockTransport(handler),
        timeout=DEFAULT_TIMEOUT,
        headers=HEADERS,
    )
    with pytest.raises(NotFoundError):
        client.get("/v")
    assert calls == ["Bearer old", "Bearer new"]


def test_a_second_401_stands() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={})

    with pytest.raises(AuthenticationError):
        signed("https://api.example.test", httpx.MockTransport(handler)).get("/v")


def test_explicit_auth_takes_httpxs_own_path() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    sent = client.get("/a", auth=httpx.BasicAuth("u", "p")).json()["headers"]
    assert sent["authorization"].startswith("Basic ")


def test_closed_client_refuses() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    client.close()
    with pytest.raises(RuntimeError):
        client.get("/a")


def test_url_cache_is_bounded() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    for number in range(URL_CACHE_SIZE + 10):
        url = client.build_request("GET", f"/v/{number}").url
        assert url.path == f"/v/{number}"
    assert len(client._urls) <= URL_CACHE_SIZE


def test_sessions_hand_out_signed_clients() -> None:
    auth = CarConnectAuth(as_token_source("tok"))
    with Session(auth, transport=httpx.MockTransport(echo)) as session:
        client = session.client("https://api.example.test/")
        assert isinstance(client, SignedClient)
        assert session.client("https://api.example.test/") is client
        assert client.get("/x").json()["url"] == "https://api.example.test/x"


async def test_async_twin_signs_and_maps() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={})
        return httpx.Response(200, json={"auth": request.headers["authorization"], "url": str(request.url)})

    auth = CarConnectAuth(as_token_source("tok"))
    session = AsyncSession(auth, transport=httpx.MockTransport(handler))
    client = session.client("https://api.example.test/root")
    assert isinstance(client, AsyncSignedClient)
    body = (await client.get("/x", params={"a": "1"})).json()
    assert body == {"auth": "Bearer tok", "url": "https://api.example.test/root/x?a=1"}
    with pytest.raises(NotFoundError):
        await client.get("/missing")
    await client.aclose()
    with pytest.raises(RuntimeError):
        await client.get("/x")


def test_header_sets_are_merged_once_and_never_shared_between_requests() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    first = client.build_request("GET", "/a", headers={"x-version": "v1"})
    second = client.build_request("GET", "/a", headers={"x-version": "v1"})
    first.headers["x-mutated"] = "1"
    assert "x-mutated" not in second.headers
    assert second.headers["x-version"] == "v1"
    assert len(client._merged) == 1
    odd = client.build_request("GET", "/a", headers=[("x-list", "1")])  # not a dict: merged afresh
    assert odd.headers["x-list"] == "1"
    assert len(client._merged) == 1


@pytest.mark.parametrize(
    "params",
    [{}, {"flags": "country:DE"}, {"limit": 50, "offset": 0}, {"flag": True}, {"ids": ["a", "b"]}, None],
)
def test_query_parameters_merge_as_httpx_merges_them(params: dict[str, object] | None) -> None:
    reference = httpx.Client(base_url="https://api.example.test/v2", headers=HEADERS)
    ours = signed("https://api.example.test/v2", httpx.MockTransport(echo))
    for path in ("/vehicles/1/odometer", "/vehicles/1/odometer?units=metric"):
        for _ in range(2):  # the second build comes from the cache
            built = ours.build_request("GET", path, params=params)
            assert built.url == reference.build_request("GET", path, params=params).url  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST"])
def test_bodiless_requests_are_copies_of_what_httpx_builds(method: str) -> None:
    reference = httpx.Client(base_url="https://api.example.test/v2", headers=HEADERS)
    client = signed("https://api.example.test/v2", httpx.MockTransport(echo))
    built = [
        client.build_request(method, "/vehicles/1", params={"page": "2"}, headers={"x-version": "v1"}) for _ in "ab"
    ]
    expected = reference.build_request(method, "/vehicles/1", params={"page": "2"}, headers={"x-version": "v1"})
    for request in built:
        assert (request.method, request.url, request.headers.raw) == (
            expected.method,
            expected.url,
            expected.headers.raw,
        )
        assert request.read() == expected.read()
        assert request.extensions == {"timeout": DEFAULT_TIMEOUT.as_dict()}
    first, second = built
    assert first is not second
    assert first.headers is not second.headers
    assert first.extensions is not second.extensions
    first.headers["authorization"] = "Bearer signed-once"
    first.extensions["sni_hostname"] = "x"
    assert "authorization" not in second.headers
    assert "sni_hostname" not in second.extensions
    assert (
        "authorization"
        not in client.build_request(method, "/vehicles/1", params={"page": "2"}, headers={"x-version": "v1"}).headers
    )
    assert len(client._templates) == 1


def test_requests_with_a_body_or_odd_parameters_are_built_afresh() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    posted = client.build_request("POST", "/cmd", json={"a": 1})
    assert posted.read() == b'{"a":1}'
    assert posted.headers["content-type"] == "application/json"
    listed = client.build_request("GET", "/a", params={"ids": ["a", "b"]}, headers=[("x-list", "1")])
    assert listed.url.query == b"ids=a&ids=b"
    assert listed.headers["x-list"] == "1"
    assert client._templates == {}


def test_request_templates_are_bounded() -> None:
    client = signed("https://api.example.test", httpx.MockTransport(echo))
    for number in range(URL_CACHE_SIZE + 10):
        assert client.build_request("GET", f"/v/{number}").url.path == f"/v/{number}"
    assert 0 < len(client._templates) <= URL_CACHE_SIZE
