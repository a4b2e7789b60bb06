from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_token import AppToken
from ...models.app_token_request import AppTokenRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: AppTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppToken | None:
    if response.status_code == 200:
        response_200 = AppToken.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppTokenRequest,
) -> Response[AppToken]:
    """Get an application token for the Vehicles API v3

     Client-credentials grant. The token acts for the whole application: every v3 vehicle call also names
    the user in the `sc-user-id` header. The endpoint also accepts the same fields as a JSON body.

    Args:
        body (AppTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AppTokenRequest,
) -> AppToken | None:
    """Get an application token for the Vehicles API v3

     Client-credentials grant. The token acts for the whole application: every v3 vehicle call also names
    the user in the `sc-user-id` header. The endpoint also accepts the same fields as a JSON body.

    Args:
        body (AppTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppTokenRequest,
) -> Response[AppToken]:
    """Get an application token for the Vehicles API v3

     Client-credentials grant. The token acts for the whole application: every v3 vehicle call also names
    the user in the `sc-user-id` header. The endpoint also accepts the same fields as a JSON body.

    Args:
        body (AppTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AppTokenRequest,
) -> AppToken | None:
    """Get an application token for the Vehicles API v3

     Client-credentials grant. The token acts for the whole application: every v3 vehicle call also names
    the user in the `sc-user-id` header. The endpoint also accepts the same fields as a JSON body.

    Args:
        body (AppTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
