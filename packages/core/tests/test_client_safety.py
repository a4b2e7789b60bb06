"""What a brand client's httpx clients guard: credentials stay with their origin and out of errors,
users never share cookies, a caller's own client is checked and respected, and every httpx failure
becomes a carconnect error."""

from __future__ import annotations

import json
import traceback
from collections.abc import Awaitable, Callable

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AsyncClientBase,
    AsyncioTransport,
    AuthenticationError,
    BadRequestError,
    ClientBase,
    ClientClosedError,
    OAuthError,
    ResponseParseError,
    RetryPolicy,
    TransportError,
    __version__,
    acall,
    call,
)
from carconnect.core.oauth import OAuthClient, OAuthConfig

API = "http://api.example.test"
OTHER = "http://elsewhere.example.test"
KEY = {"x-api-key": "API-KEY-0123456789"}
LOGIN = OAuthConfig(client_id="app", client_secret="app-secret-0123", token_url="http://login.example.test/token")


class _Detailed:
    def __init__(self, response: httpx.Response) -> None:
        self.content = response.content
        self.status_code = response.status_code
        self.parsed = response.json() if response.content else None


def _get(base: ClientBase, path: str, **kwargs: object) -> object:
    http = base.http_client_for(API)
    return call(lambda: _Detailed(http.get(path, **kwargs)))  # type: ignore[arg-type]


def _recorder(sent: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    return handler


class _Reader(ClientBase):
    def read(self, path: str) -> object:
        return _get(self, path)


def test_a_redirect_to_another_origin_carries_no_credentials() -> None:
    router = respx.Router(assert_all_called=False)
    router.get(f"{API}/same").respond(302, headers={"Location": f"{API}/landed"})
    router.get(f"{API}/away").respond(302, headers={"Location": f"{OTHER}/landed"})
    router.get(f"{API}/landed").respond(200, json={"where": "home"})
    router.get(f"{OTHER}/landed").respond(200, json={"where": "away"})
    with ClientBase("ACCESS-0123456789", headers=KEY, transport=httpx.MockTransport(router.handler)) as base:
        assert _get(base, "/same", follow_redirects=True) == {"where": "home"}
        home = router.calls.last.request.headers
        assert home["x-api-key"] == KEY["x-api-key"]
        assert home["authorization"] == "Bearer ACCESS-0123456789"
        assert _get(base, "/away", follow_redirects=True) == {"where": "away"}
        away = router.calls.last.request.headers
        assert "x-api-key" not in away
        assert "authorization" not in away


def test_a_callers_own_client_never_follows_a_redirect_for_us() -> None:
    router = respx.Router(assert_all_called=False)
    router.get(f"{API}/away").respond(302, headers={"Location": f"{OTHER}/landed"})
    landed = router.get(f"{OTHER}/landed").respond(200, json={})
    mine = httpx.Client(transport=httpx.MockTransport(router.handler), follow_redirects=True)
    with ClientBase("ACCESS-0123456789", headers=KEY, http_client=mine) as base, pytest.raises(ApiError) as raised:
        _get(base, "/away")
    assert raised.value.status_code == 302
    assert not landed.called


def test_no_cookie_set_for_one_user_goes_out_with_another_users_request() -> None:
    router = respx.Router(assert_all_called=False)
    router.get(f"{API}/login-ish").respond(200, json={}, headers={"Set-Cookie": "session=alice; Path=/"})
    router.get(f"{API}/x").respond(200, json={})
    with _Reader(None, transport=httpx.MockTransport(router.handler)) as base:
        base.for_user("ALICE-TOKEN-1").read("/login-ish")
        base.for_user("BOB-TOKEN-22").read("/x")
    sent = router.calls.last.request.headers
    assert sent["authorization"] == "Bearer BOB-TOKEN-22"
    assert "cookie" not in sent


def test_a_client_of_the_wrong_kind_is_refused_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(_recorder(sent))
    with pytest.raises(TypeError, match=r"http_client=.*httpx\.AsyncClient, not Client"):
        AsyncClientBase("token", http_client=httpx.Client(transport=transport))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"http_client=.*httpx\.Client, not AsyncClient"):
        ClientBase("token", http_client=httpx.AsyncClient(transport=transport))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"transport=.*httpx\.BaseTransport, not AsyncHTTPTransport"):
        ClientBase("token", transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    assert sent == []


def test_a_callers_own_client_keeps_its_user_agent_and_timeout() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    mine = httpx.Client(transport=transport, headers={"User-Agent": "fleet-service/2"}, timeout=3.0)
    with ClientBase("token", http_client=mine) as base:
        _get(base, "/x")
    assert seen[-1].headers["user-agent"] == "fleet-service/2"
    assert seen[-1].extensions["timeout"]["read"] == 3.0
    with ClientBase("token", http_client=httpx.Client(transport=transport)) as base:
        _get(base, "/x")
    assert seen[-1].headers["user-agent"] == f"carconnect/{__version__}"  # not httpx's default


def test_a_callers_own_client_sends_the_brands_credentials_never_its_own() -> None:
    seen: list[httpx.Request] = []
    mine = httpx.Client(
        transport=httpx.MockTransport(_recorder(seen)),
        auth=("billing-svc", "s3cret-backend-pw"),
        headers={"Authorization": "Basic b3RoZXI6c2VjcmV0", "X-Trace": "on"},
    )
    with ClientBase("ACCESS-0123456789", http_client=mine) as base:
        _get(base, "/x")
    assert seen[-1].headers.get_list("authorization") == ["Bearer ACCESS-0123456789"]
    assert seen[-1].headers["x-trace"] == "on"  # its other default headers still apply


async def test_a_callers_own_async_client_sends_the_brands_credentials_never_its_own() -> None:
    seen: list[httpx.Request] = []
    mine = httpx.AsyncClient(
        transport=httpx.MockTransport(_recorder(seen)),
        auth=("billing-svc", "s3cret-backend-pw"),
        headers={"Authorization": "Basic b3RoZXI6c2VjcmV0"},
    )
    async with AsyncClientBase("ACCESS-0123456789", http_client=mine) as base:
        http = base.http_client_for(API)
        await acall(lambda: _adetailed(http.get("/x")))
    assert seen[-1].headers.get_list("authorization") == ["Bearer ACCESS-0123456789"]


async def _adetailed(sent: Awaitable[httpx.Response]) -> _Detailed:
    return _Detailed(await sent)


def test_a_callers_client_closed_by_its_owner_is_named_as_such() -> None:
    mine = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})))
    with ClientBase("token", http_client=mine) as base:
        mine.close()
        with pytest.raises(ClientClosedError, match="http_client= was closed by its owner"):
            _get(base, "/x")


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.DecodingError("Error -3 while decompressing data"), ResponseParseError),
        (httpx.TooManyRedirects("Exceeded maximum allowed redirects."), TransportError),
    ],
)
def test_every_httpx_failure_becomes_a_carconnect_error(failure: httpx.HTTPError, expected: type) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise failure

    with ClientBase("token", transport=httpx.MockTransport(handler)) as base, pytest.raises(expected) as raised:
        _get(base, "/x")
    assert raised.value.__cause__ is failure


async def test_async_httpx_failures_become_carconnect_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.DecodingError("Error -3 while decompressing data")

    async with AsyncClientBase("token", transport=httpx.MockTransport(handler)) as base:
        http = base.http_client_for(API)

        async def operation() -> _Detailed:
            return _Detailed(await http.get("/x"))

        with pytest.raises(ResponseParseError):
            await acall(operation)


async def test_a_transport_closed_by_its_owner_is_named_as_such() -> None:
    transport = AsyncioTransport()
    async with AsyncClientBase("token", transport=transport) as base:
        await transport.aclose()
        http = base.http_client_for(API)
        with pytest.raises(ClientClosedError, match="transport= was closed by its owner; nothing was sent"):
            await acall(lambda: _adetailed(http.get("/x")))


def test_a_header_httpx_refuses_is_named_without_its_value() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError("Illegal header value b'Bearer ACCESS-0123456789\\n'")

    base = ClientBase("token", transport=httpx.MockTransport(handler))
    with base, pytest.raises(BadRequestError) as raised:
        _get(base, "/x")
    assert raised.value.code == "invalid_request"
    assert "ACCESS-0123456789" not in str(raised.value)


def test_a_token_or_key_with_a_line_break_is_refused_unsent_and_unquoted() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(_recorder(sent))
    base = ClientBase("ACCESS-0123456789\n", transport=transport)
    with base, pytest.raises(AuthenticationError) as raised:
        _get(base, "/x")
    assert raised.value.code == "malformed_token"
    assert "ACCESS-0123456789" not in str(raised.value)
    with pytest.raises(ValueError, match="'x-api-key' has a line break") as refused:
        ClientBase("token", headers={"x-api-key": "API-KEY-0123456789 "}, transport=transport)
    assert "API-KEY" not in str(refused.value)
    assert sent == []


def test_a_server_echoing_the_credentials_it_got_never_puts_them_in_an_error() -> None:
    router = respx.Router(assert_all_called=False)
    router.get(f"{API}/x").mock(
        side_effect=lambda request: httpx.Response(
            400,
            json={
                "message": f"bad token {request.headers['authorization']} for {request.headers['x-api-key']}",
                "errors": [{"detail": "token ACCESS-0123456789"}],
            },
        )
    )
    base = ClientBase("ACCESS-0123456789", headers=KEY, transport=httpx.MockTransport(router.handler))
    with base, pytest.raises(ApiError) as raised:
        _get(base, "/x")
    shown = f"{raised.value} {raised.value!r} {raised.value.body}"
    assert "ACCESS-0123456789" not in shown
    assert "API-KEY-0123456789" not in shown
    assert "bad token *** for ***" in str(raised.value)


def test_a_login_server_echoing_the_refresh_token_never_puts_it_in_an_error() -> None:
    from carconnect.core import Token

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, json={"error": "invalid_grant", "error_description": "Invalid refresh token: REFRESH-0123456789"}
        )

    with OAuthClient(LOGIN, transport=httpx.MockTransport(handler)) as login, pytest.raises(OAuthError) as raised:
        login.refresh(Token("ACCESS-0123456789", "REFRESH-0123456789"))
    shown = f"{raised.value} {raised.value!r} {raised.value.body}"
    assert "REFRESH-0123456789" not in shown
    assert "Invalid refresh token: ***" in str(raised.value)


LONG_TOKEN = "eyJ" + "x" * 900 + "+/="


@pytest.mark.parametrize(
    "echo",
    [
        pytest.param(lambda request: f"{'padding ' * 40}rejected {LONG_TOKEN}", id="long token in a text body"),
        pytest.param(lambda request: f"rejected {httpx.QueryParams({'t': LONG_TOKEN})}", id="url-encoded"),
        pytest.param(lambda request: json.dumps({"error": "x", "sent": request.content.decode()}), id="json body"),
    ],
)
def test_an_echo_of_any_shape_is_masked(echo: Callable[[httpx.Request], str]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=echo(request))

    base = ClientBase(LONG_TOKEN, transport=httpx.MockTransport(handler))
    http = base.http_client_for(API)
    sent = {"idpToken": LONG_TOKEN, "subject_token": "SUBJECT-0123"}
    with base, pytest.raises(ApiError) as raised:
        call(lambda: _Detailed(http.post("/x", json=sent)))
    shown = f"{raised.value} {raised.value!r} {raised.value.body}"
    assert LONG_TOKEN[:40] not in shown
    assert "SUBJECT-0123" not in shown


def test_a_client_secret_echoed_from_basic_authentication_is_masked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client", "error_description": "bad app-secret-0123"})

    login = OAuthClient(LOGIN, transport=httpx.MockTransport(handler))
    with login, pytest.raises(OAuthError) as raised:
        login.client_credentials()
    assert "app-secret-0123" not in f"{raised.value} {raised.value.body}"


def test_a_deeply_nested_error_body_is_still_a_typed_error() -> None:
    deep = "[" * 5000 + "]" * 5000
    base = ClientBase(
        "ACCESS-0123456789", transport=httpx.MockTransport(lambda request: httpx.Response(502, text=deep))
    )
    with base, pytest.raises(ApiError) as raised:
        _get(base, "/x")
    assert raised.value.status_code == 502


def test_a_refused_header_value_stays_out_of_the_traceback() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError("Illegal header value b'PROXY-SECRET-0123\\n'")

    base = ClientBase("token", transport=httpx.MockTransport(handler))
    with base, pytest.raises(BadRequestError) as raised:
        _get(base, "/x")
    assert "PROXY-SECRET" not in "".join(traceback.format_exception(raised.value))
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None


def test_a_success_body_nested_deeper_than_the_parser_goes_is_a_parse_error() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    base = ClientBase("token", transport=httpx.MockTransport(lambda request: httpx.Response(200, text=deep)))
    with base, pytest.raises(ResponseParseError):
        _get(base, "/x")


def test_a_credential_echoed_with_json_escapes_is_masked() -> None:
    token = "ACCESS/0123456789-é"

    def handler(request: httpx.Request) -> httpx.Response:
        escaped = json.dumps(token).replace("/", "\\/")  # as PHP writes it
        return httpx.Response(401, content=f'{{"message": "expired: {escaped[1:-1]}"}}'.encode())

    base = ClientBase(token, transport=httpx.MockTransport(handler), retry=RetryPolicy.disabled())
    with base, pytest.raises(ApiError) as raised:
        _get(base, "/x")
    assert "0123456789" not in f"{raised.value} {raised.value.body}"
