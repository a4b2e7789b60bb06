from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_based_charging_settings_page import LocationBasedChargingSettingsPage
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/vehicles/{vin}/locationBasedChargingSettings".format(
            vin=path_segment("vin", vin),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocationBasedChargingSettingsPage | None:
    if response.status_code == 200:
        response_200 = LocationBasedChargingSettingsPage.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocationBasedChargingSettingsPage]:
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
    next_token: str | Unset = UNSET,
) -> Response[LocationBasedChargingSettingsPage]:
    """Get one page of the charging settings the vehicle keeps per location.

     Paginated: pass the body's `nextToken` (camelCase here) as the `nextToken` query parameter until no
    token comes back. A vehicle without such settings answers with `CU-127`.

    Args:
        vin (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationBasedChargingSettingsPage]
    """

    kwargs = _get_kwargs(
        vin=vin,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> LocationBasedChargingSettingsPage | None:
    """Get one page of the charging settings the vehicle keeps per location.

     Paginated: pass the body's `nextToken` (camelCase here) as the `nextToken` query parameter until no
    token comes back. A vehicle without such settings answers with `CU-127`.

    Args:
        vin (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationBasedChargingSettingsPage
    """

    return sync_detailed(
        vin=vin,
        client=client,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> Response[LocationBasedChargingSettingsPage]:
    """Get one page of the charging settings the vehicle keeps per location.

     Paginated: pass the body's `nextToken` (camelCase here) as the `nextToken` query parameter until no
    token comes back. A vehicle without such settings answers with `CU-127`.

    Args:
        vin (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationBasedChargingSettingsPage]
    """

    kwargs = _get_kwargs(
        vin=vin,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
) -> LocationBasedChargingSettingsPage | None:
    """Get one page of the charging settings the vehicle keeps per location.

     Paginated: pass the body's `nextToken` (camelCase here) as the `nextToken` query parameter until no
    token comes back. A vehicle without such settings answers with `CU-127`.

    Args:
        vin (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationBasedChargingSettingsPage
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            next_token=next_token,
        )
    ).parsed
