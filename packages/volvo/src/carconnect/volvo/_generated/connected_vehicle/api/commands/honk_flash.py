from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_response import CommandResponse
from ...models.empty_request import EmptyRequest
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    body: EmptyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connected-vehicle/v2/vehicles/{vin}/commands/honk-flash".format(
            vin=path_segment("vin", vin),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommandResponse | None:
    if response.status_code == 200:
        response_200 = CommandResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 202:
        response_202 = CommandResponse.from_dict(json_body(response))

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommandResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vin: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest | Unset = UNSET,
) -> Response[CommandResponse]:
    """Sound the horn and flash the lights.

    Args:
        vin (str):
        body (EmptyRequest | Unset): Body of a command without arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest | Unset = UNSET,
) -> CommandResponse | None:
    """Sound the horn and flash the lights.

    Args:
        vin (str):
        body (EmptyRequest | Unset): Body of a command without arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResponse
    """

    return sync_detailed(
        vin=vin,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest | Unset = UNSET,
) -> Response[CommandResponse]:
    """Sound the horn and flash the lights.

    Args:
        vin (str):
        body (EmptyRequest | Unset): Body of a command without arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient,
    body: EmptyRequest | Unset = UNSET,
) -> CommandResponse | None:
    """Sound the horn and flash the lights.

    Args:
        vin (str):
        body (EmptyRequest | Unset): Body of a command without arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResponse
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            body=body,
        )
    ).parsed
