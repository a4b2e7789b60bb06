from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_list import ConnectionList
from ...models.connection_mode import ConnectionMode
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: ConnectionMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["user_id"] = user_id

    params["vehicle_id"] = vehicle_id

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management/connections",
    }

    if params:
        _kwargs["params"] = params
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: ConnectionMode | Unset = UNSET,
) -> Response[ConnectionList]:
    """List vehicle connections, newest first

     Cursor paging: pass `paging.cursor` of one page to get the next; it is null on the last page.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (ConnectionMode | Unset): `test` is deprecated in favour of `simulated`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: ConnectionMode | Unset = UNSET,
) -> ConnectionList | None:
    """List vehicle connections, newest first

     Cursor paging: pass `paging.cursor` of one page to get the next; it is null on the last page.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (ConnectionMode | Unset): `test` is deprecated in favour of `simulated`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: ConnectionMode | Unset = UNSET,
) -> Response[ConnectionList]:
    """List vehicle connections, newest first

     Cursor paging: pass `paging.cursor` of one page to get the next; it is null on the last page.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (ConnectionMode | Unset): `test` is deprecated in favour of `simulated`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: ConnectionMode | Unset = UNSET,
) -> ConnectionList | None:
    """List vehicle connections, newest first

     Cursor paging: pass `paging.cursor` of one page to get the next; it is null on the last page.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (ConnectionMode | Unset): `test` is deprecated in favour of `simulated`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            user_id=user_id,
            vehicle_id=vehicle_id,
            mode=mode,
        )
    ).parsed
