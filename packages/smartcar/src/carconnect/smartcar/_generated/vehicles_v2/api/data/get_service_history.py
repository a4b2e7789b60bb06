from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service_record import ServiceRecord
from ...models.unit_system import UnitSystem
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(sc_unit_system, Unset):
        headers["sc-unit-system"] = str(sc_unit_system)

    params: dict[str, Any] = {}

    params["startDate"] = start_date

    params["endDate"] = end_date

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vehicles/{vehicle_id}/service/history".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ServiceRecord] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response)
        for response_200_item_data in _response_200:
            response_200_item = ServiceRecord.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[ServiceRecord]]:
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[list[ServiceRecord]]:
    """Dealer service records

     Permission: `read_service_history`. Ford, Lincoln, Toyota, Lexus, Mazda and VW (US). Without dates
    the last year is returned. Also seen with the dates named `start_date` and `end_date`.

    Args:
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ServiceRecord]]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        start_date=start_date,
        end_date=end_date,
        flags=flags,
        sc_unit_system=sc_unit_system,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> list[ServiceRecord] | None:
    """Dealer service records

     Permission: `read_service_history`. Ford, Lincoln, Toyota, Lexus, Mazda and VW (US). Without dates
    the last year is returned. Also seen with the dates named `start_date` and `end_date`.

    Args:
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ServiceRecord]
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        flags=flags,
        sc_unit_system=sc_unit_system,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[list[ServiceRecord]]:
    """Dealer service records

     Permission: `read_service_history`. Ford, Lincoln, Toyota, Lexus, Mazda and VW (US). Without dates
    the last year is returned. Also seen with the dates named `start_date` and `end_date`.

    Args:
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ServiceRecord]]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        start_date=start_date,
        end_date=end_date,
        flags=flags,
        sc_unit_system=sc_unit_system,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> list[ServiceRecord] | None:
    """Dealer service records

     Permission: `read_service_history`. Ford, Lincoln, Toyota, Lexus, Mazda and VW (US). Without dates
    the last year is returned. Also seen with the dates named `start_date` and `end_date`.

    Args:
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ServiceRecord]
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            flags=flags,
            sc_unit_system=sc_unit_system,
        )
    ).parsed
