from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tire_pressure import TirePressure
from ...models.unit_system import UnitSystem
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(sc_unit_system, Unset):
        headers["sc-unit-system"] = str(sc_unit_system)

    params: dict[str, Any] = {}

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vehicles/{vehicle_id}/tires/pressure".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TirePressure | None:
    if response.status_code == 200:
        response_200 = TirePressure.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TirePressure]:
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
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[TirePressure]:
    """Tire pressures

     Permission: `read_tires`.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TirePressure]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
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
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> TirePressure | None:
    """Tire pressures

     Permission: `read_tires`.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TirePressure
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        flags=flags,
        sc_unit_system=sc_unit_system,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[TirePressure]:
    """Tire pressures

     Permission: `read_tires`.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TirePressure]
    """

    kwargs = _get_kwargs(
        vehicle_id=vehicle_id,
        flags=flags,
        sc_unit_system=sc_unit_system,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    flags: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> TirePressure | None:
    """Tire pressures

     Permission: `read_tires`.

    Args:
        vehicle_id (str):
        flags (str | Unset):
        sc_unit_system (UnitSystem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TirePressure
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            flags=flags,
            sc_unit_system=sc_unit_system,
        )
    ).parsed
