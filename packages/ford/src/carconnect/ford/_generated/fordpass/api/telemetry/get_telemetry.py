from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vehicle_telemetry import VehicleTelemetry
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    lrdt: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lrdt"] = lrdt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/telemetry/sources/fordpass/vehicles/{vin}".format(
            vin=path_segment("vin", vin),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VehicleTelemetry | None:
    if response.status_code == 200:
        response_200 = VehicleTelemetry.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VehicleTelemetry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    lrdt: str | Unset = UNSET,
) -> Response[VehicleTelemetry]:
    """Latest metrics, command states and events of a vehicle.

    Args:
        vin (str):
        lrdt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VehicleTelemetry]
    """

    kwargs = _get_kwargs(
        vin=vin,
        lrdt=lrdt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    lrdt: str | Unset = UNSET,
) -> VehicleTelemetry | None:
    """Latest metrics, command states and events of a vehicle.

    Args:
        vin (str):
        lrdt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VehicleTelemetry
    """

    return sync_detailed(
        vin=vin,
        client=client,
        lrdt=lrdt,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    lrdt: str | Unset = UNSET,
) -> Response[VehicleTelemetry]:
    """Latest metrics, command states and events of a vehicle.

    Args:
        vin (str):
        lrdt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VehicleTelemetry]
    """

    kwargs = _get_kwargs(
        vin=vin,
        lrdt=lrdt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    lrdt: str | Unset = UNSET,
) -> VehicleTelemetry | None:
    """Latest metrics, command states and events of a vehicle.

    Args:
        vin (str):
        lrdt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VehicleTelemetry
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            lrdt=lrdt,
        )
    ).parsed
