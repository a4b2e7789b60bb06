from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telematic_data_response import TelematicDataResponse
from ...types import UNSET, Response, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    container_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["containerId"] = container_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/vehicles/{vin}/telematicData".format(
            vin=path_segment("vin", vin),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TelematicDataResponse | None:
    if response.status_code == 200:
        response_200 = TelematicDataResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TelematicDataResponse]:
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
    container_id: str,
) -> Response[TelematicDataResponse]:
    """Get the latest value of every descriptor of a container.

     The container must be ACTIVE. Descriptors served by a dedicated endpoint (basic data, image, tyre
    diagnosis, charging history, charging settings) are never returned here.

    Args:
        vin (str):
        container_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelematicDataResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
        container_id=container_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    container_id: str,
) -> TelematicDataResponse | None:
    """Get the latest value of every descriptor of a container.

     The container must be ACTIVE. Descriptors served by a dedicated endpoint (basic data, image, tyre
    diagnosis, charging history, charging settings) are never returned here.

    Args:
        vin (str):
        container_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelematicDataResponse
    """

    return sync_detailed(
        vin=vin,
        client=client,
        container_id=container_id,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    container_id: str,
) -> Response[TelematicDataResponse]:
    """Get the latest value of every descriptor of a container.

     The container must be ACTIVE. Descriptors served by a dedicated endpoint (basic data, image, tyre
    diagnosis, charging history, charging settings) are never returned here.

    Args:
        vin (str):
        container_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelematicDataResponse]
    """

    kwargs = _get_kwargs(
        vin=vin,
        container_id=container_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    container_id: str,
) -> TelematicDataResponse | None:
    """Get the latest value of every descriptor of a container.

     The container must be ACTIVE. Descriptors served by a dedicated endpoint (basic data, image, tyre
    diagnosis, charging history, charging settings) are never returned here.

    Args:
        vin (str):
        container_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelematicDataResponse
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            container_id=container_id,
        )
    ).parsed
