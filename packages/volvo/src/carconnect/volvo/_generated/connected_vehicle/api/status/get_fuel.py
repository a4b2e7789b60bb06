from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fuel_response import FuelResponse
from ...types import Response, json_body, path_segment


def _get_kwargs(
    vin: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connected-vehicle/v2/vehicles/{vin}/fuel".format(
            vin=path_segment("vin", vin),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FuelResponse | None:
    if response.status_code == 200:
        response_200 = FuelResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FuelResponse]:
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
) -> Response[FuelResponse]:
    """Fuel in the tank and, on plug-in hybrids and electric cars, the battery charge level.

     `batteryChargeLevel` also needs the `conve:battery_charge_level` scope and is often absent.

    Args:
        vin (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuelResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient,
) -> FuelResponse | None:
    """Fuel in the tank and, on plug-in hybrids and electric cars, the battery charge level.

     `batteryChargeLevel` also needs the `conve:battery_charge_level` scope and is often absent.

    Args:
        vin (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuelResponse
    """

    return sync_detailed(
        vin=vin,
        client=client,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient,
) -> Response[FuelResponse]:
    """Fuel in the tank and, on plug-in hybrids and electric cars, the battery charge level.

     `batteryChargeLevel` also needs the `conve:battery_charge_level` scope and is often absent.

    Args:
        vin (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FuelResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient,
) -> FuelResponse | None:
    """Fuel in the tank and, on plug-in hybrids and electric cars, the battery charge level.

     `batteryChargeLevel` also needs the `conve:battery_charge_level` scope and is often absent.

    Args:
        vin (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FuelResponse
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
        )
    ).parsed
