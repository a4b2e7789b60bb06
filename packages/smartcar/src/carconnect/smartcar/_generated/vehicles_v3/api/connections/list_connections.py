from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_list import ConnectionList
from ...models.vehicle_mode import VehicleMode
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleMode | Unset = UNSET,
    filteruser_external_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(sc_user_id, Unset):
        headers["sc-user-id"] = sc_user_id

    params: dict[str, Any] = {}

    params["filter[userId]"] = filteruser_id

    params["filter[vehicleId]"] = filtervehicle_id

    json_filtervehicle_mode: str | Unset = UNSET
    if not isinstance(filtervehicle_mode, Unset):
        json_filtervehicle_mode = filtervehicle_mode.value

    params["filter[vehicle.mode]"] = json_filtervehicle_mode

    params["filter[user.externalId]"] = filteruser_external_id

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
    }

    if params:
        _kwargs["params"] = params
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConnectionList | None:
    if response.status_code == 200:
        response_200 = ConnectionList.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConnectionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleMode | Unset = UNSET,
    filteruser_external_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[ConnectionList]:
    """List user and vehicle connections

     Page-number paging. `sc-user-id` is optional here and filters like `filter[userId]`.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleMode | Unset):
        filteruser_external_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList]
    """

    kwargs = _get_kwargs(
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        filteruser_external_id=filteruser_external_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleMode | Unset = UNSET,
    filteruser_external_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> ConnectionList | None:
    """List user and vehicle connections

     Page-number paging. `sc-user-id` is optional here and filters like `filter[userId]`.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleMode | Unset):
        filteruser_external_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList
    """

    return sync_detailed(
        client=client,
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        filteruser_external_id=filteruser_external_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleMode | Unset = UNSET,
    filteruser_external_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[ConnectionList]:
    """List user and vehicle connections

     Page-number paging. `sc-user-id` is optional here and filters like `filter[userId]`.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleMode | Unset):
        filteruser_external_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList]
    """

    kwargs = _get_kwargs(
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        filteruser_external_id=filteruser_external_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleMode | Unset = UNSET,
    filteruser_external_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> ConnectionList | None:
    """List user and vehicle connections

     Page-number paging. `sc-user-id` is optional here and filters like `filter[userId]`.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleMode | Unset):
        filteruser_external_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList
    """

    return (
        await asyncio_detailed(
            client=client,
            filteruser_id=filteruser_id,
            filtervehicle_id=filtervehicle_id,
            filtervehicle_mode=filtervehicle_mode,
            filteruser_external_id=filteruser_external_id,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sc_user_id=sc_user_id,
        )
    ).parsed
