from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vehicle import Vehicle
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vehicle_id: str,
    *,
    sc_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(sc_user_id, Unset):
        headers["sc-user-id"] = sc_user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vehicles/{vehicle_id}".format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Vehicle | None:
    if response.status_code == 200:
        response_200 = Vehicle.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Vehicle]:
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
    sc_user_id: str | Unset = UNSET,
) -> Response[Vehicle]:
    """Make, model, year, powertrain and mode

    Args:
        vehicle_id (str):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Vehicle]
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
    sc_user_id: str | Unset = UNSET,
) -> Vehicle | None:
    """Make, model, year, powertrain and mode

    Args:
        vehicle_id (str):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Vehicle
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
    sc_user_id: str | Unset = UNSET,
) -> Response[Vehicle]:
    """Make, model, year, powertrain and mode

    Args:
        vehicle_id (str):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Vehicle]
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
    sc_user_id: str | Unset = UNSET,
) -> Vehicle | None:
    """Make, model, year, powertrain and mode

    Args:
        vehicle_id (str):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Vehicle
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            sc_user_id=sc_user_id,
        )
    ).parsed
