from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vehicle_mapping import VehicleMapping
from ...types import Response, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/vehicles/mappings",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[VehicleMapping] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response)
        for response_200_item_data in _response_200:
            response_200_item = VehicleMapping.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[VehicleMapping]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[VehicleMapping]]:
    """List the vehicles mapped to the account.

     Returns a JSON array (the vendor swagger wrongly declares a single object). Only vehicles mapped as
    PRIMARY can be queried for data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[VehicleMapping]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[VehicleMapping] | None:
    """List the vehicles mapped to the account.

     Returns a JSON array (the vendor swagger wrongly declares a single object). Only vehicles mapped as
    PRIMARY can be queried for data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[VehicleMapping]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[VehicleMapping]]:
    """List the vehicles mapped to the account.

     Returns a JSON array (the vendor swagger wrongly declares a single object). Only vehicles mapped as
    PRIMARY can be queried for data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[VehicleMapping]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[VehicleMapping] | None:
    """List the vehicles mapped to the account.

     Returns a JSON array (the vendor swagger wrongly declares a single object). Only vehicles mapped as
    PRIMARY can be queried for data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[VehicleMapping]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
