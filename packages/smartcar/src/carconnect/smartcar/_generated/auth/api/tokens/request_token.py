from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.token_request import TokenRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> Response[AccessToken]:
    """Exchange an authorization code or a refresh token

     Client authentication is HTTP Basic `client_id:client_secret`. Every refresh returns a new refresh
    token and invalidates the old one shortly after (documented as 1 or 10 minutes): store both new
    tokens before using them.

    Args:
        flags (str | Unset):
        body (TokenRequest): `authorization_code` needs `code` and `redirect_uri` (the same URI as
            in the Connect URL); `refresh_token` needs `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken]
    """

    kwargs = _get_kwargs(
        body=body,
        flags=flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> AccessToken | None:
    """Exchange an authorization code or a refresh token

     Client authentication is HTTP Basic `client_id:client_secret`. Every refresh returns a new refresh
    token and invalidates the old one shortly after (documented as 1 or 10 minutes): store both new
    tokens before using them.

    Args:
        flags (str | Unset):
        body (TokenRequest): `authorization_code` needs `code` and `redirect_uri` (the same URI as
            in the Connect URL); `refresh_token` needs `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken
    """

    return sync_detailed(
        client=client,
        body=body,
        flags=flags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> Response[AccessToken]:
    """Exchange an authorization code or a refresh token

     Client authentication is HTTP Basic `client_id:client_secret`. Every refresh returns a new refresh
    token and invalidates the old one shortly after (documented as 1 or 10 minutes): store both new
    tokens before using them.

    Args:
        flags (str | Unset):
        body (TokenRequest): `authorization_code` needs `code` and `redirect_uri` (the same URI as
            in the Connect URL); `refresh_token` needs `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken]
    """

    kwargs = _get_kwargs(
        body=body,
        flags=flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> AccessToken | None:
    """Exchange an authorization code or a refresh token

     Client authentication is HTTP Basic `client_id:client_secret`. Every refresh returns a new refresh
    token and invalidates the old one shortly after (documented as 1 or 10 minutes): store both new
    tokens before using them.

    Args:
        flags (str | Unset):
        body (TokenRequest): `authorization_code` needs `code` and `redirect_uri` (the same URI as
            in the Connect URL); `refresh_token` needs `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            flags=flags,
        )
    ).parsed
