from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_connections import DeletedConnections
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["vehicle_id"] = vehicle_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/management/connections",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeletedConnections | None:
    if response.status_code == 200:
        response_200 = DeletedConnections.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeletedConnections]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
) -> Response[DeletedConnections]:
    """Delete vehicle connections

     `vehicle_id` alone removes the vehicle for every user, `user_id` alone removes every vehicle of the
    user, both remove that vehicle for that user. At least one is required.

    Args:
        user_id (str | Unset):
        vehicle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedConnections]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        vehicle_id=vehicle_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
) -> DeletedConnections | None:
    """Delete vehicle connections

     `vehicle_id` alone removes the vehicle for every user, `user_id` alone removes every vehicle of the
    user, both remove that vehicle for that user. At least one is required.

    Args:
        user_id (str | Unset):
        vehicle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedConnections
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        vehicle_id=vehicle_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
) -> Response[DeletedConnections]:
    """Delete vehicle connections

     `vehicle_id` alone removes the vehicle for every user, `user_id` alone removes every vehicle of the
    user, both remove that vehicle for that user. At least one is required.

    Args:
        user_id (str | Unset):
        vehicle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedConnections]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        vehicle_id=vehicle_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
) -> DeletedConnections | None:
    """Delete vehicle connections

     `vehicle_id` alone removes the vehicle for every user, `user_id` alone removes every vehicle of the
    user, both remove that vehicle for that user. At least one is required.

    Args:
        user_id (str | Unset):
        vehicle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedConnections
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            vehicle_id=vehicle_id,
        )
    ).parsed
