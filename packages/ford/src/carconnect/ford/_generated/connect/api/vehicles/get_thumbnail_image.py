from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    make: str,
    model: str,
    year: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["make"] = make

    params["model"] = model

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fordconnect/v1/vehicles/{vehicle_id}/images/thumbnail".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    make: str,
    model: str,
    year: str,
) -> Response[File]:
    """A small PNG picture of the vehicle.

    Args:
        vehicle_id (str):
        make (str):
        model (str):
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        make=make,
        model=model,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    make: str,
    model: str,
    year: str,
) -> File | None:
    """A small PNG picture of the vehicle.

    Args:
        vehicle_id (str):
        make (str):
        model (str):
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        make=make,
        model=model,
        year=year,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    make: str,
    model: str,
    year: str,
) -> Response[File]:
    """A small PNG picture of the vehicle.

    Args:
        vehicle_id (str):
        make (str):
        model (str):
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        make=make,
        model=model,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient | Client,
    make: str,
    model: str,
    year: str,
) -> File | None:
    """A small PNG picture of the vehicle.

    Args:
        vehicle_id (str):
        make (str):
        model (str):
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            make=make,
            model=model,
            year=year,
        )
    ).parsed
