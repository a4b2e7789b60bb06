from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charging_sessions import ChargingSessions
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
    charging_station_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(charging_station_id, Unset):
        headers["chargingStationId"] = charging_station_id

    params: dict[str, Any] = {}

    params["startDate"] = start_date

    params["endDate"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fccs",
    }

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChargingSessions | None:
    if response.status_code == 200:
        response_200 = ChargingSessions.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChargingSessions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    charging_station_id: str | Unset = UNSET,
) -> Response[ChargingSessions]:
    """Charging sessions in a date range.

    Args:
        start_date (str):
        end_date (str):
        charging_station_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingSessions]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        charging_station_id=charging_station_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    charging_station_id: str | Unset = UNSET,
) -> ChargingSessions | None:
    """Charging sessions in a date range.

    Args:
        start_date (str):
        end_date (str):
        charging_station_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingSessions
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        charging_station_id=charging_station_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    charging_station_id: str | Unset = UNSET,
) -> Response[ChargingSessions]:
    """Charging sessions in a date range.

    Args:
        start_date (str):
        end_date (str):
        charging_station_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingSessions]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        charging_station_id=charging_station_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    charging_station_id: str | Unset = UNSET,
) -> ChargingSessions | None:
    """Charging sessions in a date range.

    Args:
        start_date (str):
        end_date (str):
        charging_station_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingSessions
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            charging_station_id=charging_station_id,
        )
    ).parsed
