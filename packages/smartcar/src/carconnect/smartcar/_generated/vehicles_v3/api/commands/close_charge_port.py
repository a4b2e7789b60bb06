from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_response import CommandResponse
from ...types import Response, json_body, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    sc_user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["sc-user-id"] = sc_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vehicles/{vehicle_id}/commands/charge-port/close".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

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
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    sc_user_id: str,
) -> Response[CommandResponse]:
    """Close the charge port

    Args:
        vehicle_id (str):
        sc_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResponse]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        sc_user_id=sc_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    sc_user_id: str,
) -> CommandResponse | None:
    """Close the charge port

    Args:
        vehicle_id (str):
        sc_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResponse
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        sc_user_id=sc_user_id,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    sc_user_id: str,
) -> Response[CommandResponse]:
    """Close the charge port

    Args:
        vehicle_id (str):
        sc_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResponse]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        sc_user_id=sc_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    sc_user_id: str,
) -> CommandResponse | None:
    """Close the charge port

    Args:
        vehicle_id (str):
        sc_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResponse
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            sc_user_id=sc_user_id,
        )
    ).parsed
