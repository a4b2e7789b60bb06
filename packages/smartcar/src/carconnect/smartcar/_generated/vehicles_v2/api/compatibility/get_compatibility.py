from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compatibility import Compatibility
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    vin: str,
    scope: str,
    country: str | Unset = UNSET,
    flags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vin"] = vin

    params["scope"] = scope

    params["country"] = country

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/compatibility",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Compatibility | None:
    if response.status_code == 200:
        response_200 = Compatibility.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Compatibility]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = UNSET,
    flags: str | Unset = UNSET,
) -> Response[Compatibility]:
    """Whether a VIN is compatible and capable of the given permissions

     Enterprise feature, authenticated with the application's client credentials. Capabilities are only
    evaluated for US VINs.

    Args:
        vin (str):
        scope (str):
        country (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compatibility]
    """

    kwargs = _get_kwargs(
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = UNSET,
    flags: str | Unset = UNSET,
) -> Compatibility | None:
    """Whether a VIN is compatible and capable of the given permissions

     Enterprise feature, authenticated with the application's client credentials. Capabilities are only
    evaluated for US VINs.

    Args:
        vin (str):
        scope (str):
        country (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compatibility
    """

    return sync_detailed(
        client=client,
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = UNSET,
    flags: str | Unset = UNSET,
) -> Response[Compatibility]:
    """Whether a VIN is compatible and capable of the given permissions

     Enterprise feature, authenticated with the application's client credentials. Capabilities are only
    evaluated for US VINs.

    Args:
        vin (str):
        scope (str):
        country (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compatibility]
    """

    kwargs = _get_kwargs(
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = UNSET,
    flags: str | Unset = UNSET,
) -> Compatibility | None:
    """Whether a VIN is compatible and capable of the given permissions

     Enterprise feature, authenticated with the application's client credentials. Capabilities are only
    evaluated for US VINs.

    Args:
        vin (str):
        scope (str):
        country (str | Unset):
        flags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compatibility
    """

    return (
        await asyncio_detailed(
            client=client,
            vin=vin,
            scope=scope,
            country=country,
            flags=flags,
        )
    ).parsed
