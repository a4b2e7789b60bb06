from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compatibility_matrix import CompatibilityMatrix
from ...models.powertrain_type import PowertrainType
from ...models.region import Region
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    region: Region,
    make: str | Unset = UNSET,
    type_: PowertrainType | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region = region.value
    params["region"] = json_region

    params["make"] = make

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/compatibility/matrix",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompatibilityMatrix | None:
    if response.status_code == 200:
        response_200 = CompatibilityMatrix.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CompatibilityMatrix]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: Region,
    make: str | Unset = UNSET,
    type_: PowertrainType | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[CompatibilityMatrix]:
    """Supported models per make

     Authenticated with the application's client credentials.

    Args:
        region (Region):
        make (str | Unset):
        type_ (PowertrainType | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibilityMatrix]
    """

    kwargs = _get_kwargs(
        region=region,
        make=make,
        type_=type_,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: Region,
    make: str | Unset = UNSET,
    type_: PowertrainType | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> CompatibilityMatrix | None:
    """Supported models per make

     Authenticated with the application's client credentials.

    Args:
        region (Region):
        make (str | Unset):
        type_ (PowertrainType | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibilityMatrix
    """

    return sync_detailed(
        client=client,
        region=region,
        make=make,
        type_=type_,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: Region,
    make: str | Unset = UNSET,
    type_: PowertrainType | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[CompatibilityMatrix]:
    """Supported models per make

     Authenticated with the application's client credentials.

    Args:
        region (Region):
        make (str | Unset):
        type_ (PowertrainType | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibilityMatrix]
    """

    kwargs = _get_kwargs(
        region=region,
        make=make,
        type_=type_,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: Region,
    make: str | Unset = UNSET,
    type_: PowertrainType | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> CompatibilityMatrix | None:
    """Supported models per make

     Authenticated with the application's client credentials.

    Args:
        region (Region):
        make (str | Unset):
        type_ (PowertrainType | Unset):
        scope (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibilityMatrix
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            make=make,
            type_=type_,
            scope=scope,
        )
    ).parsed
