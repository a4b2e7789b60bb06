from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.container_details import ContainerDetails
from ...models.create_container_request import CreateContainerRequest
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: CreateContainerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers/containers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContainerDetails | None:
    if response.status_code == 201:
        response_201 = ContainerDetails.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContainerDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> Response[ContainerDetails]:
    """Create a container for a set of telematic descriptors.

     An account holds at most 10 containers; one more answers with `CU-124`. Descriptors are technical
    descriptor ids of the Telematics Data Catalogue.

    Args:
        body (CreateContainerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> ContainerDetails | None:
    """Create a container for a set of telematic descriptors.

     An account holds at most 10 containers; one more answers with `CU-124`. Descriptors are technical
    descriptor ids of the Telematics Data Catalogue.

    Args:
        body (CreateContainerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> Response[ContainerDetails]:
    """Create a container for a set of telematic descriptors.

     An account holds at most 10 containers; one more answers with `CU-124`. Descriptors are technical
    descriptor ids of the Telematics Data Catalogue.

    Args:
        body (CreateContainerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> ContainerDetails | None:
    """Create a container for a set of telematic descriptors.

     An account holds at most 10 containers; one more answers with `CU-124`. Descriptors are technical
    descriptor ids of the Telematics Data Catalogue.

    Args:
        body (CreateContainerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
